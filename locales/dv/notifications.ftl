## Notifications, in both apps. A push from the hub names no one and quotes nothing: the device
## words it from the notify-* messages below, which say only what kind of thing happened.

notify-title = { -brand }

# What a notification says, on the lock screen and in the list. Practitioners' kinds:
notify-hub_replied = ތިޔަބޭފުޅާގެ ރިކުއެސްޓަކަށް ހަބުން ޖަވާބު ދީފި.
notify-question_waiting = ތިޔަބޭފުޅާގެ ރިކުއެސްޓެއްގައި ހަބުން ތިޔަބޭފުޅާގެ ޖަވާބަށް މަޑުކުރަނީ.
notify-resolved = ތިޔަބޭފުޅާގެ ރިކުއެސްޓެއް ޙައްލުކޮށްފި.
notify-fund_decision = ތިޔަބޭފުޅާގެ ފަންޑުގެ އެޕްލިކޭޝަނެއް ހަބުން ނިންމައިފި.
notify-changes_requested = ތިޔަބޭފުޅާގެ ފަންޑުގެ އެޕްލިކޭޝަނެއްގައި ހަބުން ބަދަލުތަކަކަށް އެދިއްޖެ.
notify-tranche_paid = ތިޔަބޭފުޅާގެ ފަންޑުގެ ގްރާންޓުގެ ޤިސްތެއް ދައްކައިފި.
notify-filed_for_you = ހަބުން ތިޔަބޭފުޅާއަށްޓަކައި ރިކުއެސްޓެއް ހުށަހަޅައިފި.
# Staff's kinds:
notify-new_request = ތިޔަބޭފުޅާ ބަލަހައްޓާ ޤައުމުތަކުން އާ ރިކުއެސްޓެއް ލިބިއްޖެ.
notify-new_request-gathered = { $count ->
    [one] ތިޔަބޭފުޅާ ބަލަހައްޓާ ޤައުމުތަކުން { $count } އާ ރިކުއެސްޓެއް ލިބިއްޖެ.
   *[other] ތިޔަބޭފުޅާ ބަލަހައްޓާ ޤައުމުތަކުން { $count } އާ ރިކުއެސްޓް ލިބިއްޖެ.
  }
notify-urgent_request = ތިޔަބޭފުޅާ ބަލަހައްޓާ ޤައުމުތަކުން އަވަސް ރިކުއެސްޓެއް ލިބިއްޖެ.
notify-field_replied = ތިޔަބޭފުޅާއާ ހަވާލުކޮށްފައިވާ ރިކުއެސްޓަކަށް ފީލްޑުން ޖަވާބު ދީފި.
notify-assigned = ރިކުއެސްޓެއް ތިޔަބޭފުޅާއާ ހަވާލުކޮށްފި.
notify-sla_breaching = ރިކުއެސްޓެއްގެ ސާވިސް ލެވެލްގެ ސުންގަޑި ހަމަވާން ކައިރިވެއްޖެ.

# Each kind as a choice in the settings.
notify-kind-hub_replied = ހަބުގެ ޖަވާބުތައް
notify-kind-question_waiting = ތިޔަބޭފުޅާގެ ޖަވާބަށް މަޑުކުރާ ސުވާލުތައް
notify-kind-resolved = ޙައްލުކުރެވުނު ރިކުއެސްޓްތައް
notify-kind-fund_decision = ފަންޑުގެ އެޕްލިކޭޝަންތަކުގެ ނިންމުންތައް
notify-kind-changes_requested = ފަންޑުގެ އެޕްލިކޭޝަންތަކަށް އެދޭ ބަދަލުތައް
notify-kind-tranche_paid = ފަންޑުގެ ގްރާންޓުތަކުގެ ޤިސްތު ދެއްކުން
notify-kind-filed_for_you = ހަބުން ތިޔަބޭފުޅާއަށްޓަކައި ހުށަހެޅި ރިކުއެސްޓްތައް
notify-kind-new_request = ތިޔަބޭފުޅާ ބަލަހައްޓާ ޤައުމުތަކުގެ އާ ރިކުއެސްޓްތައް
notify-kind-urgent_request = ތިޔަބޭފުޅާ ބަލަހައްޓާ ޤައުމުތަކުގެ އަވަސް ރިކުއެސްޓްތައް
notify-kind-field_replied = ތިޔަބޭފުޅާގެ ރިކުއެސްޓްތަކަށް ފީލްޑުން ދޭ ޖަވާބުތައް
notify-kind-assigned = ތިޔަބޭފުޅާއާ ހަވާލުކުރާ ރިކުއެސްޓްތައް
notify-kind-sla_breaching = ހަމަވާން ކައިރިވެފައިވާ ސާވިސް ލެވެލްގެ ސުންގަޑިތައް

notifications-title = ނޮޓިފިކޭޝަންތައް
notifications-bell = ނޮޓިފިކޭޝަންތައް
notifications-bell-unread = { $count ->
    [one] ނޮޓިފިކޭޝަންތައް، ނުކިޔާ { $count }
   *[other] ނޮޓިފިކޭޝަންތައް، ނުކިޔާ { $count }
  }
notifications-recent = އެންމެ ފަހުގެ
notifications-empty = އަދި އެއްވެސް އެއްޗެއް ނެތް. ހަބުގައި ތިޔަބޭފުޅާއަށް ޚަބަރެއް އޮތްނަމަ، އެ ފެންނާނީ މިތާ.
notifications-unread = ނުކިޔާ
notifications-read-all = ހުރިހާ އެއްޗެއް ކިޔައިފިކަމަށް ނިޝާންކުރައްވާ
notifications-as-of = { $when } ގެ ހާލަތު، މި ޑިވައިސް އެންމެ ފަހުން ހަބާ ގުޅުނު ވަގުތު.
notifications-hub-http = ހަބުން ޖަވާބު ދިނީ މައްސަލައަކާއެކު (HTTP { $status }). ފަހުން އަލުން މަސައްކަތް ކުރައްވާ.

notifications-settings = އަންގަންވީ ކަންތައްތައް
notifications-needs-network = އަންގަންވީ ކަންތައްތައް ހޮވުމަށް ނެޓްވޯކް ބޭނުންވޭ. މި ޑިވައިސް އޮންލައިން ވުމުން އަލުން މަސައްކަތް ކުރައްވާ.
notifications-push-on = މި ޑިވައިސްގައި ނޮޓިފިކޭޝަން ދައްކާ.
notifications-push-off = މި ޑިވައިސްގައި ނޮޓިފިކޭޝަން ނުދައްކާ.
notifications-push-denied = މި ބްރައުޒަރގެ ސެޓިންގްސްގައި { -brand } ގެ ނޮޓިފިކޭޝަން ބްލޮކްކޮށްފައި. މިތަނުން އެންގުމަށް، އެތަނުން ހުއްދަ ދެއްވާ.
notifications-push-unsupported = މި ބްރައުޒަރަށް { -brand } ގެ ނޮޓިފިކޭޝަން ނުދެއްކޭނެ.
notifications-push-turn-on = ނޮޓިފިކޭޝަން އޮން ކުރައްވާ
notifications-push-turn-off = ނޮޓިފިކޭޝަން އޮފް ކުރައްވާ
notifications-push-failed = މި ބްރައުޒަރަށް އޭގެ ޕުޝް ޚިދުމަތުގައި ސައިން އަޕް ނުވެވުނު: { $error }
notifications-kinds = މި ކަންކަން އަޅުގަނޑަށް އަންގާ
notifications-quiet = ހިމޭން ގަޑިތައް
notifications-quiet-on = ހިމޭން ގަޑިތަކުގައި ނޮޓިފިކޭޝަން ހިފަހައްޓާ
notifications-quiet-from = ފެށޭ ގަޑި
notifications-quiet-to = ނިމޭ ގަޑި
notifications-quiet-note = މި ޑިވައިސްގެ ގަޑިން. ހިމޭން ގަޑިތަކުގައި އަންނަ އެއްޗެހި ފޮނުވޭނީ އެ ގަޑިތައް ނިމުމުން.
notifications-digest = އީމެއިލް ޚުލާޞާ
notifications-digest-off = އީމެއިލް ނުފޮނުވާ
notifications-digest-hourly = ކޮންމެ ގަޑިއިރަކު
notifications-digest-daily = ދުވާލަކު އެއްފަހަރު
notifications-email = ޚުލާޞާ ފޮނުވާނެ އީމެއިލް އެޑްރެސް
notifications-save = ރައްކާކުރައްވާ
notifications-saved = ރައްކާކުރެވިއްޖެ.

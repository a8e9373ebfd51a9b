# What the server itself writes for people: error messages of the REST API and the headers of
# the CSV files it exports.

## Errors every route can answer with

error-unauthorized = ފުރަތަމަ ސައިން އިން ކުރައްވާ: ރަނގަޅު ސައިން އިނެއް ބޭނުންވޭ.
error-token-expired = މި ޑިވައިސް ބޭނުން ނުކޮށް ވަރަށް ގިނަ ވަގުތު ވެއްޖެ: އަލުން ސައިން އިން ކުރައްވާ.
error-device-revoked = މި ޑިވައިސް އެހެން ތަނަކުން ސައިން އައުޓް ކުރެވިއްޖެ: { -brand } މީގައި ރައްކާކޮށްފައިވާ އެއްޗެހި ފޮހެލައްވާ.
error-too-many-requests = ވަރަށް ގިނަ ފަހަރު މަސައްކަތް ކުރެވިއްޖެ: { $seconds ->
        [one] އެއް ސިކުންތު
       *[other] { $seconds } ސިކުންތު
    } ފަހުން އަލުން މަސައްކަތް ކުރައްވާ.
error-bad-credentials = ޔޫޒަރނޭމް ނުވަތަ ޕާސްވޯޑް ގޯސް.
error-too-large = ފޮނުވި ޑޭޓާ، ހުއްދަ { $bytes } ބައިޓަށްވުރެ ބޮޑު.
error-forbidden = ތިޔަބޭފުޅާއަށް އެކަން ކުރުމުގެ ހުއްދައެއް ނެތް.
error-not-found = ނުފެނުނު.
error-internal = ސަރވަރުގައި މައްސަލައެއް ދިމާވެއްޖެ، ތިޔަބޭފުޅާ ރައްކާކުރި އެއްވެސް އެއްޗެއް ގެއްލިފައެއް ނުވޭ.

## The header row of the CSV exports, one message per column.

csv-id = އައިޑީ
csv-at = ވަގުތު
csv-kind = ބާވަތް
csv-category = މައުޟޫޢު
csv-country = ޤައުމު
csv-city = ސިޓީ
csv-status = ހާލަތު
csv-priority = އިސްކަން
csv-assignee = ޙަވާލުކުރެވުނު ފަރާތް
csv-tags = ޓެގްތައް
csv-duplicate_of = އަސްލު ރިކުއެސްޓް (ޑުޕްލިކޭޓް ނަމަ)
csv-received_at = ލިބުނު ވަގުތު
csv-first_response_at = ފުރަތަމަ ޖަވާބު ދިން ވަގުތު
csv-resolved_at = ޙައްލުކުރި ވަގުތު
csv-sla_due_at = SLA ހަމަވާ ވަގުތު
csv-message_count = މެސެޖުގެ ޢަދަދު
csv-requested_cents = އެދުނު ޢަދަދު (ސެންޓުން)
csv-round_id = ބުރުގެ އައިޑީ
csv-request_id = ރިކުއެސްޓުގެ އައިޑީ
csv-entry = އެންޓްރީގެ ބާވަތް
csv-amount_cents = ޢަދަދު (ސެންޓުން)
csv-currency = ކަރަންސީ
csv-actor = ކަންކުރި ފަރާތް
csv-actor_role = ކަންކުރި ފަރާތުގެ ރޯލް
csv-note = ނޯޓު
csv-action = ކުރި ކަން
csv-actor_id = ކަންކުރި ފަރާތުގެ އައިޑީ
csv-device_id = ޑިވައިސްގެ އައިޑީ
csv-subject = ކަން ކުރެވުނު އެއްޗެއް
csv-detail = ތަފްޞީލު

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

## The name a device gets when its owner gives none at sign-in: what it is.

device-default-android = އެންޑްރޮއިޑް ފޯނު
device-default-ios = އައިފޯން ނުވަތަ އައިޕެޑް
device-default-windows = ވިންޑޯޒް ކޮމްޕިއުޓަރު
device-default-macos = މެކް
device-default-linux = ލިނަކްސް ކޮމްޕިއުޓަރު
device-default-other = ނަމެއް ނެތް ޑިވައިސް

## Accounts (the console's People screen, sign-in, resetting a password)

account-username-invalid = ޔޫޒަރނޭމްގައި ހުންނަންވާނީ 1 އިން 64 އަށް އަކުރު، ނަންބަރު، ތިކި، ހައިފަން ނުވަތަ އަންޑަރސްކޯ.
account-password-too-short = ޕާސްވޯޑްގައި މަދުވެގެން { $min } އަކުރު ހުންނަން ޖެހޭ.
account-password-too-long = ޕާސްވޯޑްގައި ގިނަވެގެން ހުރެވޭނީ { $max } އަކުރު.
# $value is what was given; $expected lists the codes allowed.
account-unknown-code = “{ $value }” އަކީ މިތާ ދަންނަ އެއްޗެއް ނޫން. މިއިން އެއްޗެއް ހޮވާލައްވާ: { $expected }.
account-city-invalid = ސިޓީގެ ނަމުގައި ގިނަވެގެން ހުރެވޭނީ { $max } އަކުރު، އަދި ކޮންޓްރޯލް އަކުރެއް ނުހުރެވޭނެ.
account-countries-not-staff = ޤައުމުތަކަކަށް ހަނިކުރެވޭނީ އޭޖެންޓުންނާއި ފަންޑު މެނޭޖަރުން އެކަނި.
account-username-taken = މި ޔޫޒަރނޭމް އެހެން މީހަކު ބޭނުންކުރޭ.
account-self-demote = ތިޔަބޭފުޅާގެ އަމިއްލަ އެޑްމިނިސްޓްރޭޓަރ ރޯލް ނުނެގޭނެ، އެހެން އެޑްމިނިސްޓްރޭޓަރަކަށް އެކަން ކުރެވޭނެ.
account-self-deactivate = ތިޔަބޭފުޅާގެ އަމިއްލަ އެކައުންޓް ހުއްޓާނުލެވޭނެ، އެހެން އެޑްމިނިސްޓްރޭޓަރަކަށް އެކަން ކުރެވޭނެ.
signin-password-empty = ތިޔަބޭފުޅާގެ ޕާސްވޯޑް ލިޔުއްވާ.
device-name-too-long = ޑިވައިސްގެ ނަމުގައި ގިނަވެގެން ހުރެވޭނީ 60 އަކުރު.
device-name-control-characters = ޑިވައިސްގެ ނަމުގައި ކޮންޓްރޯލް އަކުރު ނުހުރެވޭނެ.
erase-self = ތިޔަބޭފުޅާގެ އަމިއްލަ އެކައުންޓް ނުފޮހެވޭނެ، އެހެން އެޑްމިނިސްޓްރޭޓަރަކަށް އެކަން ކުރެވޭނެ.
erase-confirm = ކަށަވަރުކުރުމަށް އެމީހާގެ ޔޫޒަރނޭމް ލިޔުއްވާ. ފޮހެލުމަށްފަހު އަނބުރާ ނުގެނެވޭނެ.

## The fund (decisions, grants, rounds)

fund-not-an-application = ނިންމުމެއް ނިންމެވޭނީ އެޕްލިކޭޝަނެއް ހުރި ފަންޑު ސުވާލަކަށް އެކަނި.
fund-no-application = މި ރިކުއެސްޓްގައި ފަންޑުގެ އެޕްލިކޭޝަނެއް ނެތް.
fund-no-round = އެޕްލިކޭޝަނުގައި ފަންޑުގެ ބުރެއް ބަޔާންކޮށްފައެއް ނެތް.
fund-round-missing = އެޕްލިކޭޝަނުގައިވާ ފަންޑުގެ ބުރު މިހާރު ނެތް.
fund-not-submitted = އެޕްލިކޭޝަން ހުށަހަޅާފައެއް ނެތް، ނުވަތަ ބަދަލުތަކަށް އެދި އަނބުރާ ފޮނުވިއްޖެ.
fund-already-decided = މި އެޕްލިކޭޝަން ކުރިން ނިންމާފައި.
# $remaining is an amount with its currency, such as USD 2,500.00.
fund-pool-exhausted = މި ބުރުގައި ބާކީ އޮތީ { $remaining }، މި އަދަދަށް ނުފުދޭ. އެއްވެސް އަދަދެއް ވަކިކޮށްފައެއް ނުވޭ.
fund-pool-below-committed = އާ ޖުމްލަ ފަންޑަށްވުރެ ގިނައިން މިހާރުވެސް ވަކިކޮށްފައިވޭ.
fund-not-approved = ފައިސާ ދެވޭނީ ފާސްކުރެވިފައިވާ ގްރާންޓަކަށް އެކަނި.
fund-grant-closed = ފައިނަލް ރިޕޯޓާއެކު މި ގްރާންޓް ބަންދުވެއްޖެ.

## Reports, guidance and canned responses

reports-not-a-date = ތާރީޚު ލިޔުއްވާނީ އަހަރު-މަސް-ދުވަސް ގޮތަށް، މިސާލަކަށް 2026-12-31.
reports-from-after-to = ފެށޭ ތާރީޚު ވާންވާނީ ނިމޭ ތާރީޚުގެ ކުރިން.
guidance-unknown-version-of = މި އައިޑީއާއެކު އިރުޝާދެއް ނެތް.
canned-unknown-version-of = މި އައިޑީއާއެކު ތައްޔާރު ޖަވާބެއް ނެތް.

## Notifications

push-endpoint-not-url = ޕުޝް ސަބްސްކްރިޕްޝަންގެ އެންޑްޕޮއިންޓަކީ ފުރިހަމަ ވެބް އެޑްރެހަކަށް ވާން ޖެހޭ.
push-endpoint-not-https = ހަބުން ނޮޓިފިކޭޝަން ފޮނުވަނީ HTTPS ގެ ތެރެއިން އެކަނި.
push-endpoint-unknown-host = ހަބުން ނޮޓިފިކޭޝަން ފޮނުވަނީ އެނގިފައިވާ ޕުޝް ޚިދުމަތްތަކަށް އެކަނި.
push-endpoint-private = ޕްރައިވެޓް ނެޓްވޯކެއްގެ ތެރޭގައިވާ އެޑްރެސްތަކަށް ހަބުން ނޮޓިފިކޭޝަން ނުފޮނުވޭ.
push-endpoint-unusual = މި ޕުޝް އެޑްރެހުގައި ޔޫޒަރ ނަމެއް ނުވަތަ އާދަޔާ ޚިލާފު ޕޯޓެއް އެބައޮތް؛ ހަބުން އެތަނަކަށް ނުފޮނުވޭ.
push-keys-invalid = މިއީ ޕުޝް ސަބްސްކްރިޕްޝަނެއްގެ ތަޅުދަނޑިތަކެއް ނޫން.
notification-preferences-invalid = މި އިޚްތިޔާރު މިތަނުގައި ހެދޭނީ ތިބާއަށް ނޫން.
notification-email-invalid = name@example.org ފަދަ އީމެއިލް އެޑްރެހެއް ލިޔުއްވާ.
# $max is a number.
notification-ids-too-many = އެއްފަހަރާ ނިޝާންކުރެވޭނީ ގިނަވެގެން { $max } ނޮޓިފިކޭޝަން.

## Digests (email to staff: counts and a link only)

# $count is a number.
notification-digest-subject = { $count ->
    [one] ހަބުގައި ތިބާއަށް އެއް ކަމެއް މަޑުކުރަނީ
   *[other] ހަބުގައި ތިބާއަށް { $count } ކަމެއް މަޑުކުރަނީ
}
notification-digest-intro = ތިބާގެ ފަހު ޚުލާޞާއަށް ފަހުން:
notification-digest-new-request = { $count ->
    [one] އެއް އައު އެދުމެއް
   *[other] { $count } އައު އެދުން
}
notification-digest-urgent-request = { $count ->
    [one] އެއް އައު ކުއްލި އެދުމެއް
   *[other] { $count } އައު ކުއްލި އެދުން
}
notification-digest-field-replied = { $count ->
    [one] ތިބާގެ އެދުންތަކަށް ފީލްޑުން އެއް ޖަވާބެއް
   *[other] ތިބާގެ އެދުންތަކަށް ފީލްޑުން { $count } ޖަވާބު
}
notification-digest-assigned = { $count ->
    [one] ތިބާއާ ހަވާލުކުރެވުނު އެއް އެދުމެއް
   *[other] ތިބާއާ ހަވާލުކުރެވުނު { $count } އެދުން
}
notification-digest-sla-breaching = { $count ->
    [one] ޚިދުމަތުގެ މުއްދަތާ ކައިރިވެފައިވާ އެއް އެދުމެއް
   *[other] ޚިދުމަތުގެ މުއްދަތާ ކައިރިވެފައިވާ { $count } އެދުން
}
# $link is the console's address.
notification-digest-open = އެއްޗެހި ބެލުމަށް ކޮންސޯލް ހުޅުއްވާ: { $link }

## Events
event-over = މި އިވެންޓް ނިމިއްޖެ؛ އިތުރަށް ރަޖިސްޓްރީ ނުކުރެވޭނެ.
event-not-admitted = މި މީހާގެ ނަން އަދިވެސް އޮތީ މަޑުކުރާ ލިސްޓުގައި: ހާޒިރުވި ކަމަށް ބެލެވޭނީ ސީޓެއް ލިބިފައިވާ މީހަކު އެކަނި.
feedback-not-attended = އިވެންޓަކާ ބެހޭ ފީޑްބެކް ދެވޭނީ އެ އިވެންޓަށް ހާޒިރުވި ކަމަށް ނޯޓުކުރެވިފައިވާ މީހުންނަށް އެކަނި.
feedback-not-over = މި އިވެންޓް އަދި ނުނިމޭ؛ ފީޑްބެކް ދެވޭނީ އިވެންޓް ނިމުމުން.
directory-city-listed = މި ސިޓީ މިހާރުވެސް ޑިރެކްޓަރީގައި އެބަހުރި. އޭގެ ބަދަލުގައި އެ ސިޓީގެ އެންޓްރީ ބަދަލުކުރައްވާ.
directory-already-listed = މި މީހާ މިހާރުވެސް ޑިރެކްޓަރީގައި އެބަހުރި. އޭގެ ބަދަލުގައި އެމީހާގެ އެންޓްރީ ބަދަލުކުރައްވާ.
needs-city-not-member = މި ސިޓީއަކީ މިހާރު ނެޓްވޯކުގެ މެމްބަރެއް ނޫން، އެހެންކަމުން އޭގެ ބޭނުންތަކާ ބެހޭގޮތުން ސުވާލެއް ނުކުރެވޭ.
handover-already-theirs = މި ރިކުއެސްޓަކީ މިހާރުވެސް އެމީހާގެ ރިކުއެސްޓެއް.
handover-elsewhere = ރިކުއެސްޓެއް ހަވާލުކުރެވޭނީ އޭގެ އަމިއްލަ ސިޓީގައި ހުންނަ މީހަކާ: މި އެކައުންޓް ހުރީ އެހެން ސިޓީއެއްގައި، ނުވަތަ އޭގައި އެއްވެސް ސިޓީއެއް ނެތް.
referral-to-requester = ރިކުއެސްޓް ކުރި ފަރާތް، އެފަރާތަށްމެ ރެފަރއެއް ނުކުރެވޭ.
referral-already = މި ރިކުއެސްޓުގައި މި މީހާއަށް މިހާރުވެސް ރެފަރކޮށްފައިވޭ.
referral-answered = މި ރެފަރަލްއަށް މިހާރުވެސް ޖަވާބު ދީފައިވޭ.
practice-not-now = މި ތަޖުރިބާ މިހާރު އެގޮތަކަށް ބަދަލެއް ނުކުރެވޭނެ: މިއީ ޝާއިޢުކޮށްފައިވާ، ނުވަތަ އަނބުރާ ނަގާފައިވާ ތަޖުރިބާއެއް.
practice-heading-done = ކުރި ކަންތައް
practice-heading-risk = އެއިން ޙައްލުކުރި ނުރައްކާ
practice-heading-partners = އެ މަސައްކަތުގައި ބައިވެރިވި ފަރާތްތައް
practice-heading-outcome = އޭގެ ނަތީޖާ
practice-heading-contacts = ސުވާލުކުރެވޭނެ ފަރާތް

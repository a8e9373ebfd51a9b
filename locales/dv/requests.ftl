# The field app's forms (a new request, a fund application) and a request's own screen.
#
# Amounts ($cap, $total, $amount, $cost) arrive already in the currency format;
# $reason is the app's own explanation of a failure; $number counts from 1.

## Both forms (a new request, editing one)

form-title = ސުރުޚީ
form-topic = މައުޟޫޢު
form-country = ޤައުމު
form-city = ސިޓީ
# The empty first choice of a list (a country, a budget category).
form-choose = ހޮވާލައްވާ…
form-needs-attention = ބައެއް ފީލްޑްތަކަށް ތިޔަބޭފުޅާގެ ސަމާލުކަން ބޭނުންވޭ. ތިޔަބޭފުޅާ ލިޔުއްވި އެއްވެސް އެއްޗެއް ގެއްލިފައެއް ނުވޭ.
form-could-not-save = ރައްކާ ނުކުރެވުނު: { $reason }. ތިޔަބޭފުޅާ ލިޔުއްވި އެއްވެސް އެއްޗެއް ގެއްލިފައެއް ނުވޭ.

## A new request

new-screen-help = ހަބުން އައްސަވާ
new-screen-fund = ފަންޑު ސުވާލު
new-screen-exchange = ތަޖުރިބާ ހިއްސާކުރުމުގެ ދަތުރަކަށް އެދުއްވާ
# Switches between the two kinds of request: a screen reader reads this name for the pair.
new-kind = ރިކުއެސްޓުގެ ބާވަތް
new-kind-help = ހެލްޕް ޑެސްކް
new-kind-fund = އެހީގެ ފަންޑު
new-title-hint = ހަބަށް ފުރަތަމަ ފެންނާނެ ކުރު ބަސްކޮޅެއް.
new-description-help = ތިޔަބޭފުޅާއަށް ބޭނުންވަނީ ކޮން ކަމެއް؟
new-description-hint-help = ބޭނުންވާ ކަމަކީ ކޮބައިކަމާއި، ކާކަށްކަމާއި، ކޮން ދުވަހަކަށްކަން ލިޔުއްވާ. ނުރައްކާގައިވާ މީހުންގެ ނަން ނުލިޔުއްވާ.
new-description-fund = ތިޔަބޭފުޅާގެ ސުވާލު ނުވަތަ ޚިޔާލު
new-description-hint-exchange = ޒިޔާރަތްކުރަން ބޭނުންވާ ސިޓީއަކީ ކޮބައިކަމާއި، ސަބަބާއި، ދަސްކުރަން ބޭނުންވާ ކަންތައްތަކާއި، ދާނީ ކާކުކަމާއި، ކޮން އިރަކުކަން ލިޔުއްވާ.
new-description-hint-fund = ޝަރުޠު ހަމަވުމާއި ނުވަތަ ޕްރޮސެސްއާ ބެހޭގޮތުން ސުވާލުކުރައްވާ، ނުވަތަ ފަންޑަށް އެދޭ މަސައްކަތުގެ ތަފްޞީލު ލިޔުއްވާ.
new-choose-topic = މައުޟޫޢެއް ހޮވާލައްވާ…
new-include-budget = ބަޖެޓާއެކު ގްރާންޓް އެޕްލިކޭޝަނެއް ހިމަނާ
new-submit = ރައްކާކޮށް ފޮނުވާ
new-saved-note = ފުރަތަމަ މި ފޯނުގައި ރައްކާކުރެވި، ނެޓްވޯކް ލިބުމާއެކު ހަބަށް ފޮނުވޭނެ.
new-draft-back = ތިޔަބޭފުޅާގެ ނުނިމޭ ޑްރާފްޓް އަނބުރާ ގެނެވިއްޖެ.
new-saved-online = ރައްކާކުރެވިއްޖެ. ހަބަށް ފޮނުވެމުން ދަނީ.
new-saved-offline = މި ފޯނުގައި ރައްކާކުރެވިއްޖެ. އަލުން އޮންލައިން ވުމުން ހަބަށް ފޮނުވޭނެ.

## A grant application and its budget (in a new fund query, and when editing one)

budget-legend = ގްރާންޓް އެޕްލިކޭޝަން
budget-cap-note = ކޮންމެ ބުރަކަށް އޭގެ އަމިއްލަ ޙައްދެއް ކަނޑައަޅާ (އެހެން ގޮތަކަށް ނުބުނާ ނަމަ { $cap }). ބަޖެޓް ލައިންތަކުގެ ޖުމްލަ ވާންޖެހޭނީ ތިޔަބޭފުޅާ އެދޭ ޢަދަދާ އެއްވަރަށް.
budget-round = ފަންޑުގެ ބުރު
budget-choose-round = ބުރު ހޮވާލައްވާ…
budget-no-round = އަދި އެއްވެސް ބުރެއް ނޭނގޭ: އެއްފަހަރު އޮންލައިން ވެލައްވާ
# A round in the list of rounds: its name (as the hub wrote it) and its cap.
budget-round-option = { $name } ({ $cap } އާ ހަމައަށް)
budget-lead = ލީޑް ކުރާ މުއައްސަސާ
budget-partner = ބައިވެރިވާ ލޯކަލް ކައުންސިލް
budget-objectives = މަޤްޞަދުތައް
budget-objectives-hint = މި މަސައްކަތުން ތިޔަބޭފުޅާގެ ލޯކަލް އެކްޝަން ޕްލޭނަށް އެހީތެރިވާ ގޮތް.
budget-plan = ތިޔަބޭފުޅާގެ ލޯކަލް އެކްޝަން ޕްލޭނުން
budget-risk = އޭގައި ވަޒަންކުރި ރިސްކްތައް
budget-mitigation = މި މަސައްކަތުން އެ ރިސްކްތައް ކުޑަކުރާ ގޮތް
budget-partners = ބައިވެރިންނާއި ވަސީލަތްތައް
budget-timeline = ޓައިމްލައިން
budget-timeline-hint = މިސާލަކަށް: 2026 ވަނަ އަހަރުގެ މާޗުން އޮގަސްޓަށް.
budget-milestone-number = މައިލްސްޓޯން { $number }
budget-milestone = މައިލްސްޓޯން
budget-milestone-due = ނިންމަންޖެހޭ ތާރީޚު
budget-milestone-remove = ނައްތާލާ
    .aria-label = މައިލްސްޓޯން { $number } ނައްތާލާ
budget-add-milestone = + މައިލްސްޓޯނެއް އިތުރުކުރައްވާ
budget-lines = ބަޖެޓް ލައިންތައް
budget-line = ލައިން { $number }
budget-line-remove = ނައްތާލާ
    .aria-label = ބަޖެޓް ލައިން { $number } ނައްތާލާ
budget-line-category = ބާވަތް
budget-line-description = ޚަރަދުކުރާ ކަންތައް
budget-line-quantity = ޢަދަދު
# $currency is the currency's ISO code, such as USD.
budget-unit-cost = އެއް ޔުނިޓުގެ އަގު ({ $currency })
budget-line-total = ލައިނުގެ ޖުމްލަ { $total }
budget-add-line = + ބަޖެޓް ލައިނެއް އިތުރުކުރައްވާ
# $currency is the currency's ISO code, such as USD. The placeholder shows how an amount is typed.
budget-amount = ތިޔަބޭފުޅާ އެދޭ ޢަދަދު ({ $currency })
    .placeholder = { NUMBER(0, minimumFractionDigits: 2) }
budget-use-total = ލައިންތަކުގެ ޖުމްލަ ބޭނުންކުރައްވާ

## The totals box under the budget

budget-lines-total = ބަޖެޓް ލައިންތަކުގެ ޖުމްލަ
budget-requested = ތިޔަބޭފުޅާ އެދޭ ޢަދަދު
budget-cap = ބުރުގެ ޙައްދު
budget-over-cap = ޙައްދަށްވުރެ ގިނަ: މި ބުރުގައި އެންމެ ގިނަވެގެން ދެވެނީ { $cap }.
budget-unbalanced = ލައިންތަކުގެ ޖުމްލައާއި ތިޔަބޭފުޅާ އެދޭ ޢަދަދު އެއްވަރު ވާންޖެހޭނެ.
budget-no-lines = ތިޔަބޭފުޅާ އެދޭ ޢަދަދު ހެދިފައިވާ ބަޖެޓް ލައިންތައް އިތުރުކުރައްވާ.
budget-ok = ✓ ލައިންތަކުގެ ޖުމްލަ ތިޔަބޭފުޅާ އެދޭ ޢަދަދާ އެއްވަރު، އަދި ޙައްދުގެ ތެރޭގައި.

## A request's own screen

detail-screen-request = ރިކުއެސްޓް
detail-screen-fund = ފަންޑު ސުވާލު
detail-missing = މި ރިކުއެސްޓް އަދި މި ޑިވައިސްގައި ނެތް.
detail-missing-note = އެ ލިބޭނީ ދެން ސިންކް ކުރާ އިރު.
# Where the request is from: a city (as its requester typed it) and a country.
detail-place = { $city }، { $country }
detail-filed = ހުށަހެޅީ { $date }
detail-shared-write = ކޮލީގަކު މިއީ ތިޔަބޭފުޅާގެ ސިޓީ ޓީމާ ހިއްސާކޮށްފައި: ތިޔަބޭފުޅާއަށް މިއީ ކިޔައި، ހަބަށް ލިޔެވޭނެ.
detail-shared-read = ކޮލީގަކު މިއީ ތިޔަބޭފުޅާގެ ސިޓީ ޓީމާ ކިޔުމަށް ހިއްސާކޮށްފައި.
# The hub filed the request for this person after hearing from them; $channel is how (a phone
# call, a messaging app, ...).
detail-filed-for-you = ހަބުން މި ރިކުއެސްޓް ހުށަހެޅީ ތިޔަބޭފުޅާގެ ބަދަލުގައި ({ $channel }). ތިޔަބޭފުޅާގެ އެހެން ރިކުއެސްޓްތައް ފަދައިން މިއަށްވެސް ބައްލަވައި، ޖަވާބު މިތާގައި ދެއްވާ.
# The hub found the same request filed twice. .link is the words of the link to the other
# request; the link stands where { $link } is.
detail-merged = ހަބުން މި ރިކުއެސްޓް { $link } އާ ގުޅާލާފައި، ޖަވާބު ދެނީ އެތާގައި.
    .link = އެހެން ރިކުއެސްޓެއް
# $resolution is the hub's note on how it resolved the request, in the words its staff typed.
detail-resolved = ޙައްލުކޮށްފި: { $resolution }
detail-asked-own = ތިޔަބޭފުޅާ އެއްސެވި ކަންތައް
detail-asked-other = އެހި ކަންތައް
detail-edit = ބަދަލުކުރައްވާ
detail-edit-heading = ރިކުއެސްޓަށް ބަދަލު ގެނައުން
detail-description = ބޭނުންވާ ކަންތައް
detail-save = ބަދަލުތައް ރައްކާކުރައްވާ
detail-cancel = ކެންސަލް
detail-edit-back = ރައްކާ ނުކުރާ ބަދަލުތައް އަނބުރާ ގެނެވިއްޖެ.
detail-changes-saved = ބަދަލުތައް މި ފޯނުގައި ރައްކާކުރެވިއްޖެ.

## The grant application as filed

detail-application = ގްރާންޓް އެޕްލިކޭޝަން
detail-amount-asked = އެދުނު ޢަދަދު
detail-risks = ވަޒަންކުރި ރިސްކްތައް
detail-mitigation = ރިސްކް ކުޑަކުރާ ގޮތް
detail-milestones = މައިލްސްޓޯންތައް
# One milestone in a list of them: its name (as the requester typed it) and its due date.
detail-milestone = { $name } (ނިންމަންޖެހޭނީ { $due })
# The head of the table's column of budget lines.
detail-line = ބަޖެޓް ލައިން
# The head of the table's column of quantities, kept short.
detail-quantity = ޢަދަދު
detail-total = ޖުމްލަ
# What one unit of a budget line costs.
detail-unit-cost = އެކަކަށް { $cost }

## Fields two devices changed while apart

conflict-title = އޮފްލައިންގައި ހުއްޓާ ދެ ޑިވައިސްއަކުން ސުރުޚީ ތަފާތު ގޮތަކަށް ބަދަލުކޮށްފައި.
    .aria-label = ސުރުޚީ ހޮވާލައްވާ
conflict-topic = އޮފްލައިންގައި ހުއްޓާ ދެ ޑިވައިސްއަކުން މައުޟޫޢު ތަފާތު ގޮތަކަށް ބަދަލުކޮށްފައި.
    .aria-label = މައުޟޫޢު ހޮވާލައްވާ
conflict-country = އޮފްލައިންގައި ހުއްޓާ ދެ ޑިވައިސްއަކުން ޤައުމު ތަފާތު ގޮތަކަށް ބަދަލުކޮށްފައި.
    .aria-label = ޤައުމު ހޮވާލައްވާ
conflict-city = އޮފްލައިންގައި ހުއްޓާ ދެ ޑިވައިސްއަކުން ސިޓީ ތަފާތު ގޮތަކަށް ބަދަލުކޮށްފައި.
    .aria-label = ސިޓީ ހޮވާލައްވާ
conflict-amount = އޮފްލައިންގައި ހުއްޓާ ދެ ޑިވައިސްއަކުން އެދޭ ޢަދަދު ތަފާތު ގޮތަކަށް ބަދަލުކޮށްފައި.
    .aria-label = އެދޭ ޢަދަދު ހޮވާލައްވާ
# A field this version of the app has no words for; $field is its name in the record.
conflict-other = އޮފްލައިންގައި ހުއްޓާ ދެ ޑިވައިސްއަކުން { $field } ތަފާތު ގޮތަކަށް ބަދަލުކޮށްފައި.
    .aria-label = { $field } ހޮވާލައްވާ
conflict-which = ރަނގަޅީ ކޮބާ؟
conflict-saved = ތިޔަބޭފުޅާގެ ނިންމުން ރައްކާކުރެވިއްޖެ.
conflict-failed = ތިޔަބޭފުޅާގެ ނިންމުން ރައްކާ ނުކުރެވުނު: { $reason }

## Sharing a request with the requester's city team

share-label = އަޅުގަނޑުގެ ސިޓީ ޓީމާ ހިއްސާކުރުން
share-none = ހިއްސާކޮށްފައެއް ނުވޭ
share-read = ކިޔުމަށް
share-write = ކިޔުމަށާއި ލިޔުމަށް
share-note = މި ސިޓީގައި އެކައުންޓް ހުންނަ ޕްރެކްޓިޝަނަރުންނަށްވެސް މިއީ އެމީހުންގެ ފޯނުތަކުން ފެންނާނެ. ހަބުގެ އެތެރޭގެ ނޯޓުތައް ދުވަހަކުވެސް ހިއްސާ ނުކުރެވޭ.
share-saved = މި ފޯނުގައި ރައްކާކުރެވިއްޖެ.
share-failed = ހިއްސާކުރާ ގޮތް ބަދަލު ނުކުރެވުނު: { $reason }

## The conversation with the hub

conversation-heading = ވާހަކަދެއްކުން
conversation-empty = އަދި އެއްވެސް މެސެޖެއް ނެތް. ހަބުގެ ޖަވާބުތައް މިތާ ފެންނާނެ، އަދި އޮފްލައިންގައިވެސް ކިޔެވޭނެ.
conversation-from-hub = ހަބް
conversation-from-you = ތިޔަބޭފުޅާ
conversation-from-colleague = ކޮލީގެއް
conversation-message = ތިޔަބޭފުޅާގެ މެސެޖް
    .placeholder = ހަބަށް ލިޔުއްވާ…
conversation-send = ފޮނުވާ
conversation-sent = ހަބަށް ފޮނުވިއްޖެ.
conversation-saved-offline = މި ފޯނުގައި ރައްކާކުރެވިއްޖެ. އަލުން އޮންލައިން ވުމުން ހަބަށް ފޮނުވޭނެ.
conversation-failed = މެސެޖް ރައްކާ ނުކުރެވުނު: { $reason }

## A fund application on the requester's phone

fund-heading = ތިޔަބޭފުޅާގެ އެޕްލިކޭޝަން
fund-status-draft = ޑްރާފްޓް: އަދި ހުށަނާޅާ
fund-status-submitted = ހުށަހަޅައިފި
fund-status-under-review = ރިވިއު ކުރަމުންދަނީ
fund-status-changes-requested = ހަބުން ބަދަލުތަކަކަށް އެދޭ
fund-status-approved = ފާސްކޮށްފި
fund-status-approved-amount = ފާސްކޮށްފި: { $amount }
fund-status-declined = ރައްދުކޮށްފި
fund-edit = އެޕްލިކޭޝަނަށް ބަދަލު ގެންނަވާ
fund-submit = ހަބަށް ހުށަހަޅުއްވާ
fund-submitted = ހުށަހަޅައިފި. އެ ހިނގަން ފަށާނީ ހަބަށް ފޯރުމުން.
fund-edit-heading = ތިޔަބޭފުޅާގެ އެޕްލިކޭޝަނަށް ބަދަލު ގެނައުން
fund-save = އެޕްލިކޭޝަން ރައްކާކުރައްވާ
fund-cancel = ކެންސަލް
fund-saved = އެޕްލިކޭޝަން މި ފޯނުގައި ރައްކާކުރެވިއްޖެ.

## Progress reports on an application

# A report filed, in a list of them: the milestone it is on (as the requester named it).
fund-report = ރިޕޯޓް: { $milestone }
fund-report-final = ފައިނަލް ރިޕޯޓް: { $milestone }
fund-report-file = ޕްރޮގްރެސް ރިޕޯޓެއް ހުށަހަޅުއްވާ
fund-report-milestone = މައިލްސްޓޯން
# What a report is on when the application names no milestones; it is saved with the report.
fund-report-progress = ކުރިއެރުން
fund-report-body = ކުރެވުނު މަސައްކަތް
fund-report-is-final = މިއީ ފައިނަލް ރިޕޯޓް
fund-report-save = ރިޕޯޓް ރައްކާކުރައްވާ
fund-report-saved = ރިޕޯޓް ރައްކާކުރެވިއްޖެ.

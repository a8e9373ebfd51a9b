# Words both apps use: the product's name, the codes records carry (kinds, topics, countries,
# statuses, priorities, roles, budget categories) and where a request is.
#
# `code-<code>` is a code's words; `code-short-<code>` a shorter form for tight places.
# The field app names the requester's own statuses with `status-<code>`.

-brand = HubDesk
brand-name = { -brand }

## Kinds of request

code-help_desk = ހެލްޕް ޑެސްކް ރިކުއެސްޓް
code-fund_query = އެހީގެ ފަންޑާ ބެހޭ ސުވާލު
code-short-help_desk = ހެލްޕް ޑެސްކް
code-short-fund_query = ފަންޑު ސުވާލު

## How a request staff filed for a practitioner reached the hub

code-phone_call = ފޯން ކޯލް
code-messaging = މެސެޖިން އެޕް
code-email = އީމެއިލް
code-workshop = ވޯކްޝޮޕެއްގައި
code-in_person = ސީދާ ބައްދަލުވެގެން

## Topics (the hub's areas of work)

code-peer_learning = ސިޓީތަކުން އެކަކު އަނެކަކުގެ ކިބައިން ދަސްކުރުން
code-capacity_building = ޤާބިލުކަން އިތުރުކުރުމާއި ތަމްރީނު
code-cooperation = އެއްބާރުލުން (ޤައުމީ އަދި ލޯކަލް، ގިނަ ފަރާތްތަކާއެކު)
code-local_voices = ލޯކަލް އަޑުތައް ކުރިއަށް ގެނައުން
code-youth_engagement = ޒުވާނުންނާއި ލޯކަލް ކައުންސިލްތައް
code-local_action_planning = ލޯކަލް އެކްޝަން ޕްލޭން ތައްޔާރުކުރުން
code-support_fund = ފަންނީ އެހީގެ ފަންޑު
code-exchange_visit = ބައިވެރި ސިޓީއަކަށް ތަޖުރިބާ ހިއްސާކުރުމުގެ ދަތުރު
code-other = އެހެނިހެން
code-short-cooperation = އެއްބާރުލުން
code-short-youth_engagement = ޒުވާނުންގެ ބައިވެރިވުން

## Countries

code-BD = ބަންގްލަދޭޝް
code-IN = އިންޑިއާ
code-LK = ސްރީލަންކާ
code-MV = ދިވެހިރާއްޖެ
code-PK = ޕާކިސްތާން

## Budget categories

code-personnel = މުވައްޒަފުން
code-activities_events = ހަރަކާތްތަކާއި އިވެންޓްތައް
code-materials = ތަކެތި
code-travel = ދަތުރުފަތުރު
code-monitoring_evaluation = މޮނިޓަރކުރުމާއި ވަޒަންކުރުން

## Sharing with a city team

code-read = ކިޔޭނެ
code-write = ކިޔައި ބަދަލު ގެނެވޭނެ

## Who wrote a message

code-requester = ރިކުއެސްޓް ކުރި ފަރާތް
code-staff = ހަބުގެ މުވައްޒަފުން

## A request's status, as the hub's staff call it

code-new = އާ
code-triaged = ބަލައި ތަރުތީބުކޮށްފި
code-in_progress = މަސައްކަތް ކުރަމުންދަނީ
code-waiting_on_requester = ރިކުއެސްޓް ކުރި ފަރާތުގެ ޖަވާބަށް މަޑުކުރަނީ
code-resolved = ޙައްލުކޮށްފި
code-closed = ބަންދުކޮށްފި

## A request's status, as the field app tells its requester

status-new = އާ
status-triaged = ހަބުން ބަލައިފި
status-in_progress = މަސައްކަތް ކުރަމުންދަނީ
status-waiting_on_requester = ތިޔަބޭފުޅާގެ ޖަވާބަށް މަޑުކުރަނީ
status-resolved = ޙައްލުކޮށްފި
status-closed = ބަންދުކޮށްފި

## Priorities

code-low = ދަށް
code-normal = ޢާންމު
code-high = މަތި
code-urgent = އަވަސް

## Roles

code-practitioner = ޕްރެކްޓިޝަނަރ
code-agent = އޭޖެންޓް
code-fund_manager = ފަންޑު މެނޭޖަރ
code-admin = އެޑްމިނިސްޓްރޭޓަރ

## A fund application's status

code-submitted = ހުށަހަޅައިފި
code-under_review = ރިވިއު ކުރަމުންދަނީ
code-changes_requested = ބަދަލުތަކަށް އެދިފައި
code-approved = ފާސްކޮށްފި
code-declined = ރައްދުކޮށްފި

## A signed-in device's platform ("other" is above)

code-android = އެންޑްރޮއިޑް
code-ios = އައިފޯން ނުވަތަ އައިޕެޑް
code-windows = ވިންޑޯޒް
code-macos = މެކް
code-linux = ލިނަކްސް

## Why the client refused something (the page shows these for errors the client names)

client-forbidden = ތިޔަބޭފުޅާގެ ރޯލުން އެކަން ނުކުރެވޭނެ.
client-not-on-device = އެ ރިކުއެސްޓް އަދި މި ޑިވައިސްގައި ނެތް. އެ ލިބޭނީ ދެން ތިޔަބޭފުޅާ އޮންލައިން ވާ ހިނދު.
client-not-an-amount = އަދަދެއް ލިޔުއްވާ، މިސާލަކަށް { NUMBER(12500, minimumFractionDigits: 2) }.
client-amount-not-positive = ސުމެއްގެ މައްޗަށް އަދަދެއް ލިޔުއްވާ.

## Where a request is

sync-device = މި ޑިވައިސްގައި އެކަނި
sync-sending = ފޮނުވަނީ…
sync-hub = ހަބަށް ލިބިފައި

## The directory: where a city stands with the network, and what a person offers

code-applicant = ބައިވެރިވުމަށް އެދިފައި
code-member = މެމްބަރު ސިޓީ
code-former = ކުރީގެ މެމްބަރު
code-expert = މާހިރު
code-peer = އެކުވެރި ޕްރެކްޓިޝަނަރ

## The fields of a directory entry

directory-field-organisation = އިދާރާ
directory-field-about = ތަޢާރަފު
directory-field-topics = މައުޟޫޢުތައް
directory-field-languages = ބަސްތައް
directory-field-cities = އެކުގައި މަސައްކަތް ކުރި ސިޓީތައް
directory-field-email = އީމެއިލް
directory-field-phone = ފޯނު
directory-since = { $when } އިން ފެށިގެން
directory-focal-points = ފޯކަލް ޕޮއިންޓުން: { $names }

## A city's needs: the groups its work serves, the areas asked about, how pressing each is

code-youth = ޒުވާނުން
code-women = އަންހެނުން
code-minorities = މަދު ބައިތައް
code-persons_with_disabilities = ނުކުޅެދުންތެރިކަމާއެކު އުޅޭ ފަރާތްތައް
code-older_people = މުސްކުޅި ފަރާތްތައް
code-migrants = ހިޖުރަވެރިންނާއި ގެދޮރު ދޫކޮށް ދާން ޖެހުނު މީހުން
code-urban_poor = ސިޓީތަކުގައި އުޅޭ ނިކަމެތިން
needs-area-training = ތަމްރީނު
needs-area-technical_support = ފަންނީ އެހީ
needs-area-capacity = ޤާބިލުކަން (މުވައްޒަފުން، ނިޒާމުތަކާއި ސާމާނު)
needs-urgency-0 = ނެތް
needs-urgency-1 = ދަށް
needs-urgency-2 = މެދުމިން
needs-urgency-3 = މަތި
needs-groups = ތިޔަބޭފުޅާގެ ސިޓީގެ މަސައްކަތުން ޚިދުމަތް ފޯރުކޮށްދޭ ބައިތައް

# Words both apps use: the product's name, the codes records carry (kinds, topics, countries,
# statuses, priorities, roles, budget categories) and where a request is.
#
# A code's words are `code-<code>`; a shorter form for tight places (list rows, chips) is
# `code-short-<code>`. The field app names the requester's own statuses with `status-<code>`.

-brand = HubDesk
brand-name = { -brand }

## Kinds of request

code-help_desk = Help-desk request
code-fund_query = Support fund query
code-short-help_desk = Help desk
code-short-fund_query = Fund query

## How a request staff filed for a practitioner reached the hub

code-phone_call = Phone call
code-messaging = Messaging app
code-email = Email
code-workshop = At a workshop
code-in_person = In person

## Topics (the hub's areas of work)

code-peer_learning = Peer learning between cities
code-capacity_building = Capacity building and training
code-cooperation = Cooperation (national-local, multi-actor)
code-local_voices = Elevating local voices
code-youth_engagement = Youth and local government
code-local_action_planning = Local action planning
code-support_fund = Technical support fund
code-exchange_visit = Exchange visit to a peer city
code-other = Other
code-short-cooperation = Cooperation
code-short-youth_engagement = Youth engagement

## Countries

code-BD = Bangladesh
code-IN = India
code-LK = Sri Lanka
code-MV = Maldives
code-PK = Pakistan

## Budget categories

code-personnel = Personnel
code-activities_events = Activities and events
code-materials = Materials
code-travel = Travel
code-monitoring_evaluation = Monitoring and evaluation

## Sharing with a city team

code-read = Can read
code-write = Can read and edit

## Who wrote a message

code-requester = Requester
code-staff = Hub staff

## A request's status, as the hub's staff call it

code-new = New
code-triaged = Triaged
code-in_progress = In progress
code-waiting_on_requester = Waiting on requester
code-resolved = Resolved
code-closed = Closed

## A request's status, as the field app tells its requester

status-new = New
status-triaged = Seen by the hub
status-in_progress = In progress
status-waiting_on_requester = Waiting for you
status-resolved = Resolved
status-closed = Closed

## Priorities

code-low = Low
code-normal = Normal
code-high = High
code-urgent = Urgent

## Roles

code-practitioner = Practitioner
code-agent = Agent
code-fund_manager = Fund manager
code-admin = Administrator

## A fund application's status

code-submitted = Submitted
code-under_review = Under review
code-changes_requested = Changes requested
code-approved = Approved
code-declined = Declined

## A signed-in device's platform ("other" is above)

code-android = Android
code-ios = iPhone or iPad
code-windows = Windows
code-macos = Mac
code-linux = Linux

## Why the client refused something (the page shows these for errors the client names)

client-forbidden = Your role may not do that.
client-not-on-device = This device does not have that request yet. It arrives the next time you are online.
client-not-an-amount = Enter an amount, like { NUMBER(12500, minimumFractionDigits: 2) }.
client-amount-not-positive = Enter an amount above zero.

## Where a request is

sync-device = Only on this device
sync-sending = Sending…
sync-hub = With the hub

## The directory: where a city stands with the network, and what a person offers

code-applicant = Applied to join
code-member = Member city
code-former = Former member
code-expert = Expert
code-peer = Peer practitioner

## The fields of a directory entry

directory-field-organisation = Organisation
directory-field-about = About
directory-field-topics = Topics
directory-field-languages = Languages
directory-field-cities = Cities worked with
directory-field-email = Email
directory-field-phone = Phone
directory-since = since { $when }
directory-focal-points = Focal points: { $names }

## A city's needs: the groups its work serves, the areas asked about, how pressing each is

code-youth = Youth
code-women = Women
code-minorities = Minorities
code-persons_with_disabilities = Persons with disabilities
code-older_people = Older people
code-migrants = Migrants and displaced people
code-urban_poor = The urban poor
needs-area-training = Training
needs-area-technical_support = Technical support
needs-area-capacity = Capacity (staff, systems, equipment)
needs-urgency-0 = None
needs-urgency-1 = Low
needs-urgency-2 = Medium
needs-urgency-3 = High
needs-groups = The groups your city's work serves

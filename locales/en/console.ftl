# The staff console: sign-in, queues, the request list, a request, the fund, people, reports
# and canned responses.
#
# Arguments named $who, $name and $assignee are people's usernames (or "the hub", "the
# requester"); $when, $until, $opens and $closes are dates already written in the person's
# language; $amount is an amount of money already written with its currency. Counts ($count,
# $answered, ...) are numbers, for plural forms.

## The frame: the window, the header and what the console says while it starts

console-window-title = { -brand } console
# The window's title on a screen: the screen's name (a queue, a request's title, "Users").
console-title = { $screen } · { -brand } console
# The header's name, in two parts: the product's name, then a lighter "console".
console-brand-name = { -brand }
console-brand-console = console
console-loading = Loading the console…
console-sign-out = Sign out
# The live feed from the hub: connected, or trying again.
console-live-on = Live
console-live-off = Reconnecting…
# The header's menu of languages, each listed in its own language.
console-language = Language
console-language-unavailable = That language could not be loaded. Try again when the hub can be reached.
# When the hub answers with an error and no words of its own.
console-hub-http = The hub answered HTTP { $status }.
# A request's next deadline, when it is not a date.
console-due-paused = Paused
console-due-overdue = Overdue
# Who did something, when it is not a member of staff: starts sentences such as "the hub filed
# the request".
console-who-hub = the hub
console-who-requester = the requester

## Signing in

console-signin-title = Sign in to the hub console
console-signin-username = Username
console-signin-password = Password
console-signin-submit = Sign in
console-signin-mismatch = That username and password do not match.
console-signin-practitioner = The console is for hub staff. Practitioners use the field app at /.

## The side menu: queues, tools and people

console-queue-nav =
    .aria-label = Queues
console-queue-heading = Queues
console-queue-new = New
console-queue-unassigned = Unassigned
console-queue-mine = Mine
console-queue-waiting = Waiting on requester
console-queue-overdue = Overdue
console-queue-open = All open
console-queue-all = Everything
console-queue-tools = Tools
console-queue-canned = Canned responses
console-queue-reports = Reports
console-queue-fund = Fund rounds
console-queue-people = People
console-queue-users = Users
console-queue-audit = Audit log
console-queue-devices = Your devices

## The request list

console-list-requests = Requests
console-list-search = Search
console-list-search-placeholder = Search titles, descriptions and messages (/)
console-list-city = City
console-list-tag = Tag
# Each filter's first choice, which filters nothing.
console-list-any-kind = Any kind
console-list-any-category = Any category
console-list-any-country = Any country
console-list-any-priority = Any priority
console-list-any-status = Any status
console-list-anyone = Anyone
console-list-unassigned = Unassigned
# The list's orders.
console-list-sort-newest = Newest first
console-list-sort-oldest = Sort: oldest
console-list-sort-updated = Sort: updated
console-list-sort-due = Sort: due
console-list-sort-priority = Sort: priority
console-list-loading = Loading…
console-list-empty = Nothing here.
console-list-column-request = Request
console-list-column-place = Place
console-list-column-status = Status
console-list-column-priority = Priority
console-list-column-assignee = Assignee
console-list-column-tags = Tags
console-list-column-due = Due
console-list-column-filed = Filed
# A request's city and country code.
console-list-place = { $city }, { $country }
# Under the list: how many requests there are and which page shows.
console-list-total =
    { $count ->
        [one] { $count } request
       *[other] { $count } requests
    }
console-list-page = page { $page } of { $pages }
console-list-previous = Previous
console-list-next = Next
# The keyboard's shortcuts, under the list. $key (and $next, $previous) is the key as printed
# on the keyboard, shown as a key.
console-list-key-search = { $key } search
console-list-key-move = { $next } { $previous } move
console-list-key-open = { $key } open
console-list-key-reply = { $key } reply
console-list-key-note = { $key } note
console-list-key-back = { $key } back to the list

## One request

console-request-loading = Loading the request from the hub…
console-request-conversation = Conversation
console-request-history = History
console-request-access = Who accessed it
console-request-access-someone = someone
console-request-access-empty = Nothing recorded yet.
# What the request is, one fact after another: its place (city and country), and who filed it
# when ($who shows in bold).
console-request-place = { $city }, { $country }
console-request-filed = filed { $when } by { $who }
console-request-team-write = shared with their city team to read and write
console-request-team-read = shared with their city team to read
# $link is a link to the other request, reading the `link` attribute.
console-request-merged = Merged as a duplicate of { $link }.
    .link = another request
# $fields lists the fields in words (see console-request-field-*).
console-request-conflicts = Devices set { $fields } differently while apart.
console-request-sync-hub = Every change is with the hub.
console-request-sync-sending = Changes made here are on their way to the hub…
console-request-no-messages = No messages yet.
# A message's head: who wrote it (in bold), where from, when.
console-request-from-hub = reply from the hub
console-request-from-field = from the field
# An internal note's head: $note is the `note` attribute, in bold.
console-request-note-head = { $note } by { $who }
    .note = Internal note
console-request-note-private = never shown to the field

## One request: triage

console-request-triage = Triage
console-request-triage-loading = Loading…
# Someone whose role reads but does not triage this kind of request. $role and $kind are codes.
console-request-triage-readonly =
    { $role ->
        [agent]
            { $kind ->
                [fund_query] An agent reads fund query requests without triaging them.
               *[other] An agent reads help desk requests without triaging them.
            }
        [fund_manager]
            { $kind ->
                [fund_query] A fund manager reads fund query requests without triaging them.
               *[other] A fund manager reads help desk requests without triaging them.
            }
        [admin]
            { $kind ->
                [fund_query] An administrator reads fund query requests without triaging them.
               *[other] An administrator reads help desk requests without triaging them.
            }
       *[other]
            { $kind ->
                [fund_query] Your role reads fund query requests without triaging them.
               *[other] Your role reads help desk requests without triaging them.
            }
    }
console-request-status = Status
console-request-apply = Apply
console-request-resolution = Resolution note (needed to close)
console-request-resolution-placeholder = How was it resolved?
console-request-priority = Priority
console-request-assignee = Assignee
console-request-unassigned = Unassigned
console-request-tags = Tags
console-request-tags-placeholder = Tags, separated by commas
console-request-answer-by = Answer by
console-request-duplicate-of = Duplicate of
console-request-duplicate-placeholder = Id of the request it duplicates
console-request-merge = Merge as duplicate
console-request-no-such-request = There is no request with that id.
console-request-saved = Saved; sending to the hub

## One request: service level

console-request-service-level = Service level
# $due is the deadline's badge: a date, "Paused" or "Overdue".
console-request-next-deadline = Next deadline: { $due }
console-request-first-answered = First answered { $when }
console-request-not-answered = Not answered yet

## One request: the composer

console-request-composer-message = Message
console-request-canned-label = Insert a canned response
console-request-canned-choose = Insert a canned response…
console-request-reply-tab = Reply to the requester
console-request-note-tab = Internal note
console-request-send-reply = Send reply
console-request-add-note = Add internal note
console-request-composer-not-allowed = Your role does not answer this kind of request.
console-request-composer-reply = Write to the requester
console-request-composer-note = Only hub staff will ever see this

## One request: its history, one event a line

console-request-event-created = { $who } filed the request
# $fields lists the fields in words (see console-request-field-*).
console-request-event-edited = { $who } changed { $fields }
console-request-event-replied = { $who } replied
console-request-event-replied-canned = { $who } replied (from a canned response)
console-request-event-wrote = { $who } wrote
console-request-event-note = { $who } added an internal note
# $from and $to are statuses or priorities in words.
console-request-event-status = { $who } moved it from { $from } to { $to }
console-request-event-priority = { $who } set priority { $from } → { $to }
console-request-event-assigned = { $who } assigned it to { $assignee }
console-request-event-unassigned = { $who } unassigned it
# $tags are the tags added (+) and removed (−), as typed.
console-request-event-tags = { $who } tagged it { $tags }
console-request-event-due = { $who } set it due { $when }
console-request-event-due-cleared = { $who } cleared the due date
console-request-event-resolution = { $who } wrote the resolution note
console-request-event-duplicate = { $who } merged it as a duplicate
console-request-event-viewed = { $who } opened it
console-request-event-submitted = { $who } submitted the application
console-request-event-changes-requested = { $who } sent the application back for changes
# $status is a fund application's status code.
console-request-event-application =
    { $status ->
        [submitted] { $who } recorded the application as submitted
        [under_review] { $who } recorded the application as under review
        [changes_requested] { $who } recorded the application as changes requested
        [approved] { $who } recorded the application as approved
        [declined] { $who } recorded the application as declined
       *[other] { $who } recorded the application as { $status }
    }
console-request-event-conflict = { $who } declared a conflict of interest
# An event this console has no words for: $event is its code.
console-request-event-other = { $who }: { $event }
# A request's fields, as history events and conflicts name them inside a sentence.
console-request-field-title = title
console-request-field-description = description
console-request-field-category = category
console-request-field-country = country
console-request-field-city = city
console-request-field-application = application

## The fund: an application's panel inside a fund query

console-fund-application = Fund application
# A draft application's stage (the other stages are the status codes' words).
console-fund-draft = Draft, not submitted
console-fund-no-round = No round named
console-fund-cap = cap { $amount }
console-fund-approved-amount = approved { $amount }
console-fund-requested = Requested { $amount }
# $name is an organisation's name as the applicant typed it.
console-fund-lead = lead: { $name }
console-fund-partner = partner: { $name }
# $text is what the applicant typed.
console-fund-objectives = Objectives: { $text }
console-fund-risks = Risks assessed: { $text }
console-fund-mitigation = Mitigation: { $text }
console-fund-partners = Partners and resources: { $text }
console-fund-timeline = Timeline: { $text }
# $milestones lists the milestones; each is a name as typed and its due date (YYYY-MM-DD).
console-fund-milestones = Milestones: { $milestones }
console-fund-milestone = { $name } (due { $due })
console-fund-column-category = Category
console-fund-column-line = Line
console-fund-column-quantity = Qty
console-fund-column-unit = Unit
console-fund-column-total = Total

## The fund: review and decision

console-fund-conflicted = You declared a conflict of interest on this application: you see no reviews or scores and cannot decide it.
console-fund-review = Review
# $conflicts lists who declared a conflict, each as console-fund-conflict.
console-fund-conflicts = Conflicts declared: { $conflicts }
# $reason is the reason as typed.
console-fund-conflict = { $who } ({ $reason })
# A scoring criterion of the round, as typed when the round was set up, and its scale.
console-fund-criterion = { $criterion } (0–5)
console-fund-save-review = Save my review
# A reviewer's scores, as a list of numbers.
console-fund-scores = { $who }: { $scores }
console-fund-comment-placeholder = Internal comment for fund managers
console-fund-add-comment = Add internal comment
console-fund-decision = Decision
console-fund-decided = Decided.
console-fund-changes-placeholder = What the applicant should change (they receive it as a reply)
console-fund-ask-changes = Ask for changes
# The example amount is read as typed: keep its digits and separators.
console-fund-approve-placeholder = Amount, like 8,500
console-fund-approve = Approve
console-fund-decline-placeholder = Why it is declined
console-fund-decline = Decline
console-fund-waiting = Waiting for the applicant to submit.
console-fund-conflict-prompt = Why do you have a conflict of interest? (kept for the record)
console-fund-declare-conflict = Declare a conflict of interest
# An amount typed that cannot be read; the example is read as typed: keep its digits and
# separators.
console-fund-not-an-amount = Enter an amount above zero, like 12,500.00.

## The fund: a grant and its tranches

console-fund-grant = Grant
console-fund-grant-approved = Approved { $amount }
console-fund-grant-paid = paid { $amount }
console-fund-grant-closed = closed { $when }
# A progress report's head; $final is "yes" for the final report. $milestone is its name as typed.
console-fund-report-head =
    { $final ->
        [yes] Final report: { $milestone }
       *[other] Progress report: { $milestone }
    }
console-fund-tranche-placeholder = Amount
console-fund-tranche-label = Tranche for { $milestone }
console-fund-pay-tranche = Pay tranche

## The fund: rounds

console-fund-rounds = Fund rounds
console-fund-rounds-empty = No rounds yet.
console-fund-round-dates = { $opens } to { $closes }
console-fund-ledger = Ledger (CSV)
console-fund-round-edit = Change or close
console-fund-round-new = Set up a round
# $name is the round's name as typed.
console-fund-round-change = Change { $name }
console-fund-round-name = Name
console-fund-round-currency = Currency
console-fund-round-pool = Pool
console-fund-round-cap = Cap per grant
console-fund-round-opens = Opens
console-fund-round-closes = Closes
console-fund-round-eligibility = Eligibility checklist (one per line)
console-fund-round-criteria = Scoring criteria (one per line)
console-fund-round-attachments = Required attachments (one per line)
console-fund-round-create = Set up the round
console-fund-round-save = Save the round
console-fund-round-created = Round set up
console-fund-round-saved = Round saved
# A round's money as a chart: each bar's name, and each bar read out with its amount.
console-fund-chart-pool = Pool
console-fund-chart-committed = Committed
console-fund-chart-disbursed = Disbursed
console-fund-chart-remaining = Remaining
console-fund-chart-fact = { $name }: { $amount }

## People: users

console-people-users = Users
console-people-username = Username
console-people-password = Password
console-people-role = Role
console-people-country = Country
console-people-city = City
console-people-countries = Handles countries
# What an empty list of countries means.
console-people-countries-all = all
# The language the apps speak to the person; a dash means their device's.
console-people-language = Language
console-people-status = Status
# An error from the hub about one field: the field in words, and the hub's words.
console-people-field-error = { $field }: { $message }
console-people-you = (you)
console-people-active = Active
console-people-deactivated = Deactivated
console-people-save = Save
console-people-saved = Saved { $name }
console-people-deactivate = Deactivate
console-people-reactivate = Reactivate
console-people-deactivate-confirm = Deactivate { $name }? Every device of theirs is signed out at once.
console-people-deactivated-toast = { $name } deactivated
console-people-reactivated-toast = { $name } reactivated
console-people-reset = Reset password
console-people-reset-code = One-time code for { $name } (works once, until { $until }):
console-people-reset-code-note = Give it to them by phone or in person. It is not shown again. They set a new password with it at sign-in.
console-people-done = Done
console-people-data = Data…
console-people-data-about = Data about { $name }
console-people-devices = Devices
console-people-add-title = Add a user
console-people-add = Add
console-people-added = Added { $name }

## People: a person's data

console-people-export = Download their data
console-people-export-text = Everything the hub holds about them, as one JSON file: their account and devices, the requests they filed with their history, what they wrote in other requests, and the audit trail. The download is recorded in the audit log.
console-people-erase-text = Erasure on their request: every request they filed is anonymised, their words are removed from other requests, their account is emptied and deactivated, and their devices are signed out and wiped. This cannot be undone.
console-people-erase-confirm = Type { $name } to confirm
console-people-erase = Erase
console-people-erased =
    { $rewritten ->
        [one] Erased: { $anonymised } of their requests anonymised, their words removed from { $rewritten } other request.
       *[other] Erased: { $anonymised } of their requests anonymised, their words removed from { $rewritten } other requests.
    }
console-people-close = Close

## People: devices

console-people-your-devices = Your devices
console-people-their-devices = Their devices
console-people-devices-text = Every sign-in is a device. Revoke one you lost or no longer use: it is signed out at once and, on its next contact, wipes what it holds.
console-people-device-name = Name
console-people-device-platform = Platform
console-people-device-signed-in = Signed in
console-people-device-last-seen = Last seen
console-people-device-last-sync = Last sync
console-people-no-devices = No devices.
# $name is the device's name.
console-people-revoke-confirm = Revoke "{ $name }"? It is signed out at once.
console-people-revoke = Revoke
console-people-revoked-toast = Revoked
console-people-revoked = Revoked { $when }

## People: the audit log

console-people-audit = Audit log
console-people-audit-person = Person
console-people-audit-everyone = Everyone
console-people-audit-action = Action
console-people-audit-every-action = Every action
console-people-audit-since = Since
console-people-audit-request-id = Request id
console-people-audit-show = Show
console-people-audit-download = Download CSV
console-people-audit-older = Older
console-people-audit-when = When
console-people-audit-what = What
console-people-audit-who = Who
console-people-audit-device = Device
console-people-audit-about = About
console-people-audit-detail = Detail
console-people-audit-empty = Nothing recorded for these filters.
console-people-audit-a-request = a request
console-people-audit-command-line = command line
console-people-audit-unknown = unknown

## Reports

console-reports-title = Reports
console-reports-from = From
console-reports-to = to
console-reports-show = Show
console-reports-download = Download CSV
# $total is $count, written in bold.
console-reports-total =
    { $count ->
        [one] { $total } request received
       *[other] { $total } requests received
    }
# $duration is a span of time (console-reports-minutes, -hours, -days).
console-reports-first-answer = Median time to first answer: { $duration } ({ $answered } answered)
console-reports-resolution = Median time to resolution: { $duration } ({ $resolved } resolved)
console-reports-minutes = { $minutes } min
console-reports-hours = { NUMBER($hours, minimumFractionDigits: 1, maximumFractionDigits: 1) } h
console-reports-days =
    { NUMBER($days, minimumFractionDigits: 1, maximumFractionDigits: 1) ->
        [one] { NUMBER($days, minimumFractionDigits: 1, maximumFractionDigits: 1) } day
       *[other] { NUMBER($days, minimumFractionDigits: 1, maximumFractionDigits: 1) } days
    }
console-reports-by-status = By status
console-reports-by-kind = By kind
console-reports-by-country = By country
console-reports-by-category = By category
console-reports-by-assignee = By assignee
console-reports-none = None in this range.
console-reports-unassigned = Unassigned
# A chart's bar read out: what it counts and how many.
console-reports-chart-fact = { $name }: { $count }

## Canned responses

console-canned-title = Canned responses
console-canned-empty = No canned responses yet.
console-canned-new = New canned response
# A new card for the same canned response in another language; $title is the response's title.
console-canned-new-version = { $title } in another language
console-canned-add-version = Add in another language
console-canned-field-title = Title
console-canned-field-language = Language
console-canned-field-language-codes = Language (en, bn, hi, ur, si, ta, dv, ne)
console-canned-field-text = Text
console-canned-save = Save
console-canned-add = Add
console-canned-remove = Remove
console-canned-saved = Saved
console-canned-added = Added
console-canned-removed = Removed

## Codes only the console shows: what the audit log records (its actions, and the details
## some carry), and the platforms of devices

code-sign_in = Signed in
code-sign_in_failed = Sign-in refused
code-sign_out = Signed out
code-device_revoked = Device revoked
code-user_created = User added
code-user_changed = User changed
code-user_deactivated = User deactivated
code-user_reactivated = User reactivated
code-reset_code_issued = Reset code issued
code-password_reset = Password set with a reset code
code-export = Exported
code-person_erased = Person erased
code-request_anonymised = Request anonymised
code-request_viewed = Request viewed
# Why a sign-in was refused.
code-wrong_password = Wrong password
code-unknown_user = Unknown username
code-throttled = Too many tries
code-deactivated = Account deactivated
code-bad_reset_code = Wrong or expired reset code
# Why a request was anonymised.
code-retention = Retention period over
code-erasure = Its requester was erased
# What was exported, or which part of a request was read.
code-requests = Requests
code-audit = Audit log
code-ledger = Fund ledger
code-person = A person's data
code-review = Fund review
# Who acted when no person did.
code-command_line = Command line

## Events: trainings, workshops, dialogues and exchange visits the hub runs.
console-queue-events = Events
console-events-title = Events
console-events-empty = No events are coming up. Publish one with the form above.
console-events-new = Publish an event
console-events-publish = Publish
console-events-published = The event is published.
console-event-seats = { $admitted } of { $seats } seats taken · { $waiting } waiting
console-event-kind-training = Training
console-event-kind-workshop = Workshop
console-event-kind-dialogue = Dialogue
console-event-kind-exchange_visit = Exchange visit
console-event-mode-in_person = In person
console-event-mode-online = Online
console-event-field-title = Title
console-event-field-kind = Kind of event
console-event-field-starts = Starts
console-event-field-ends = Ends
console-event-field-seats = Seats
console-event-field-mode = Where it happens
console-event-field-place = Place, for an event in person
console-event-field-link = Link to join, for an event online
console-event-field-language = Language it is held in (a code such as bn)
console-event-field-description = What it is about and who it is for
console-event-registrations = Registrations
console-event-registrations-empty = Nobody has registered yet.
console-event-column-person = Person
console-event-column-status = Standing
console-event-column-attended = Attended
console-event-status-admitted = Has a seat
console-event-status-waiting = Waiting for a seat
console-event-attendance-saved = Attendance saved.

## Filing a request for a practitioner (it came by phone, message, email or in person)

console-queue-intake = File for a practitioner
console-intake-title = File a request for a practitioner
console-intake-help = For a request that reached the hub by phone, message, email or in person. The practitioner becomes its requester and sees it on their phone.
console-intake-requester = Practitioner
# $name is the practitioner's username.
console-intake-picked = Filing for { $name }
console-intake-nobody = No practitioner in your countries matches.
# The empty first choice of a list.
console-intake-choose = Choose…
console-intake-choose-person = Choose the practitioner this request is for.
console-intake-channel = How it reached the hub
console-intake-kind = Type of request
console-intake-field-title = Title
console-intake-description = What they need
console-intake-category = Topic
console-intake-country = Country
console-intake-city = City
console-intake-file = File the request
console-intake-filed = Filed for { $name }.
# On a request's page: $who is the staff member who filed it, $channel how it reached them.
console-request-intake = Filed by { $who } ({ $channel })

## The guidance library, run from the console

console-queue-library = Guidance library
console-library-title = Guidance library
console-library-help = What practitioners read on their phones, offline too. Changes reach the phones as they sync.
console-library-new = Write a new item
console-library-empty = Nothing in the library yet.
console-library-retired = Retired
console-library-edit = Change
console-library-retire = Retire
console-library-restore = Restore
console-library-translate = Add a language
console-library-retired-done = Retired: phones stop offering it.
console-library-restored = Restored to the library.
# $title is the version's title.
console-library-editing = Changing “{ $title }”
console-library-translating = “{ $title }” in another language
console-library-field-title = Title
console-library-field-summary = Summary (one or two sentences)
console-library-field-body = Text
console-library-field-topic = Topic
console-library-field-language = Language (a code such as en, bn or ur)
console-library-save = Save the change
console-library-publish = Publish
console-library-cancel = Cancel
console-library-saved = Saved. Phones pick it up as they sync.
console-library-published = Published to the library.

## Feedback on events, from the people who attended

console-feedback-title = Feedback on events
console-feedback-back = Back to events
console-feedback-csv = Download every answer (CSV)
console-feedback-empty = No feedback yet. People who attended are asked once an event is over.
console-feedback-by-month = By month
console-feedback-by-event = By event
console-feedback-by-city = By city
console-feedback-event = Event
console-feedback-city = City
console-feedback-answers = Answers
console-feedback-rating = How it went (out of 5)
console-feedback-usefulness = How useful (out of 5)
console-feedback-comments = What they added
console-feedback-chart = Average scores per month
console-feedback-answers-count = { $count ->
    [one] { $count } answer
   *[other] { $count } answers
  }

## The directory

console-queue-directory = Directory
console-directory-title = Directory of the network
console-directory-help = Member cities and the people who can help. You change the entries in your countries; each person chooses on their phone what others see of theirs.
console-directory-cities = Member cities
console-directory-people = People
console-directory-new-city = Add a city
console-directory-new-person = Add a person
console-directory-no-cities = No member city yet.
console-directory-no-people = No one is listed yet.
console-directory-edit = Change
console-directory-editing = Changing { $name }
console-directory-save = Save
console-directory-saved = Saved in the directory.
console-directory-hidden = Hidden from others
console-directory-unlisted = Not listed
console-directory-updated = Changed { $when }
console-directory-field-country = Country
console-directory-field-city = City
console-directory-field-status = Where it stands
console-directory-field-since = Since
console-directory-field-focal = Focal points
console-directory-usernames = Their usernames, separated by commas.
console-directory-field-user = Username
console-directory-user-help = The account of the person to list: they sign in with it and choose what others see.
console-directory-field-name = Name others see
console-directory-field-kind = What they offer
console-directory-languages-help = Language codes separated by commas, like bn, ta, ur.
console-directory-commas = Separated by commas.
console-directory-listed = Listed in the directory
console-directory-shown-note = New entries show everything but the email and phone until the person chooses otherwise.

## Cities' needs

console-queue-needs = Cities' needs
console-needs-title = Member cities' needs
console-needs-help = What member cities said they need each quarter, added up per country, and the requests broken down by the groups their cities serve.
console-needs-csv = Download CSV
console-needs-empty = No city has said what it needs yet.
console-needs-by-group = Requests by the groups their city serves
console-needs-by-group-help = A request counts under every group its city serves, by the city's latest assessment.
console-needs-requests = Requests
console-needs-open = Still open
console-needs-unassessed = Cities that have not said
console-needs-latest = Each city's latest answers
console-needs-period = Quarter
console-needs-cities = Cities
console-needs-urgent-count = { $high } high, { $medium } medium
console-needs-chart = How pressing each area is on average, per quarter (0 none to 3 high)

## Handing a request to a successor

console-request-event-handed-over = { $who } handed the request from { $from } to { $to }
console-handover-title = Hand over to a successor
console-handover-help = When a city's leadership changes, the request and its fund application go to the practitioner who takes over in the same city. From then on it is theirs, on their phone too; the one before no longer sees it.
console-handover-successor = The successor's username
console-handover-save = Hand over
console-handover-done = Handed over to { $successor }.

## Referrals

console-referral-title = Referred to
console-referral-to = Refer the requester to
console-referral-note = Why them, in a few words they will read
console-referral-save = Refer
console-referral-done = Referred. They are asked on their phone, and join the conversation once they accept.
console-referral-outcome = What came of it
console-referral-record = Record the outcome
console-referral-recorded = Outcome recorded.
console-referral-status-offered = Asked
console-referral-status-accepted = Accepted
console-referral-status-declined = Declined
console-referral-status-closed = Closed

## Shared practice

console-practices-link = Practices members shared
console-practices-title = Practices members shared
console-practices-help = Review what members share from their cities: change it with them, send it back with a note, or publish it to the library with their name and city.
console-practices-empty = No member has shared a practice yet.
console-practices-by = By { $author }, { $city }, { $country }
console-practices-note = Note to the author
console-practices-edit = Change the text
console-practices-save = Save
console-practices-saved = Saved.
console-practices-publish = Publish to the library
console-practices-published = Published to the library.
console-practices-send-back = Send back with this note
console-practices-sent-back = Sent back to its author.
console-practices-field-title = Title
console-practices-field-done = What was done
console-practices-field-risk = The risk it answered
console-practices-field-partners = Who worked on it
console-practices-field-outcome = What came of it
console-practices-field-contacts = Whom to ask
console-practices-stage-submitted = To review
console-practices-stage-changes_requested = Sent back
console-practices-stage-published = In the library
console-practices-stage-withdrawn = Withdrawn by its author

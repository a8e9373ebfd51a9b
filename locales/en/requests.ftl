# The field app's forms (a new request, a fund application) and a request's own screen.
#
# Amounts ($cap, $total, $amount, $cost) arrive already written in the person's currency format;
# $reason is the app's own explanation of a failure; $number counts from 1.

## Both forms (a new request, editing one)

form-title = Title
form-topic = Topic
form-country = Country
form-city = City
# The empty first choice of a list (a country, a budget category).
form-choose = Choose…
form-needs-attention = Some fields need your attention. Nothing you typed is lost.
form-could-not-save = Could not save: { $reason }. Nothing you typed is lost.

## A new request

new-screen-help = Ask the hub
new-screen-fund = Fund query
new-screen-exchange = Ask for an exchange visit
# Switches between the two kinds of request: a screen reader reads this name for the pair.
new-kind = Type of request
new-kind-help = Help desk
new-kind-fund = Support fund
new-title-hint = A few words the hub will see first.
new-description-help = What do you need?
new-description-hint-help = Say what you need, for whom, and by when. Do not name people at risk.
new-description-fund = Your question or idea
new-description-hint-exchange = Which city you would like to visit and why, what you want to learn, who would go and when.
new-description-hint-fund = Ask about eligibility or the process, or describe the initiative you want funded.
new-choose-topic = Choose a topic…
new-include-budget = Include a grant application with a budget
new-submit = Save and send
new-saved-note = Saved on this phone first, then sent to the hub as soon as there is a network.
new-draft-back = Your unfinished draft is back.
new-saved-online = Saved. It is on its way to the hub.
new-saved-offline = Saved on this phone. It goes to the hub when you are back online.

## A grant application and its budget (in a new fund query, and when editing one)

budget-legend = Grant application
budget-cap-note = Each round sets its own cap ({ $cap } unless it says otherwise). Budget lines must add up to the amount you ask for.
budget-round = Fund round
budget-choose-round = Choose the round…
budget-no-round = No round known yet: go online once
# A round in the list of rounds: its name (as the hub wrote it) and its cap.
budget-round-option = { $name } (up to { $cap })
budget-lead = Lead organisation
budget-partner = Local government partner
budget-objectives = Objectives
budget-objectives-hint = How the initiative serves your local action plan.
budget-plan = From your local action plan
budget-risk = Risks it assessed
budget-mitigation = How this initiative mitigates them
budget-partners = Partners and resources
budget-timeline = Timeline
budget-timeline-hint = For example: March to August 2026.
budget-milestone-number = Milestone { $number }
budget-milestone = Milestone
budget-milestone-due = Due
budget-milestone-remove = Remove
    .aria-label = Remove milestone { $number }
budget-add-milestone = + Add milestone
budget-lines = Budget lines
budget-line = Line { $number }
budget-line-remove = Remove
    .aria-label = Remove budget line { $number }
budget-line-category = Category
budget-line-description = What it pays for
budget-line-quantity = Quantity
# $currency is the currency's ISO code, such as USD.
budget-unit-cost = Unit cost ({ $currency })
budget-line-total = Line total { $total }
budget-add-line = + Add budget line
# $currency is the currency's ISO code, such as USD. The placeholder shows how an amount is typed.
budget-amount = Amount you ask for ({ $currency })
    .placeholder = { NUMBER(0, minimumFractionDigits: 2) }
budget-use-total = Use the lines total

## The totals box under the budget

budget-lines-total = Budget lines add up to
budget-requested = You ask for
budget-cap = The round's cap
budget-over-cap = Over the cap: the round gives at most { $cap }.
budget-unbalanced = The lines and the amount you ask for must be equal.
budget-no-lines = Add the budget lines that make up the amount you ask for.
budget-ok = ✓ The lines add up to the amount you ask for, within the cap.

## A request's own screen

detail-screen-request = Request
detail-screen-fund = Fund query
detail-missing = This request is not on this device yet.
detail-missing-note = It arrives with the next sync.
# Where the request is from: a city (as its requester typed it) and a country.
detail-place = { $city }, { $country }
detail-filed = Filed { $date }
detail-shared-write = A colleague shares this with your city team: you can read it and write to the hub.
detail-shared-read = A colleague shares this with your city team to read.
# The hub filed the request for this person after hearing from them; $channel is how (a phone
# call, a messaging app, ...).
detail-filed-for-you = The hub filed this request for you ({ $channel }). Follow it and answer here like any of yours.
# The hub found the same request filed twice. .link is the words of the link to the other
# request; the link stands where { $link } is.
detail-merged = The hub merged this request into { $link } and answers there.
    .link = another request
# $resolution is the hub's note on how it resolved the request, in the words its staff typed.
detail-resolved = Resolved: { $resolution }
detail-asked-own = What you asked
detail-asked-other = What was asked
detail-edit = Edit
detail-edit-heading = Edit request
detail-description = What you need
detail-save = Save changes
detail-cancel = Cancel
detail-edit-back = Your unsaved changes are back.
detail-changes-saved = Changes saved on this phone.

## The grant application as filed

detail-application = Grant application
detail-amount-asked = Amount asked
detail-risks = Risks assessed
detail-mitigation = Mitigation
detail-milestones = Milestones
# One milestone in a list of them: its name (as the requester typed it) and its due date.
detail-milestone = { $name } (due { $due })
# The head of the table's column of budget lines.
detail-line = Budget line
# The head of the table's column of quantities, kept short.
detail-quantity = Qty
detail-total = Total
# What one unit of a budget line costs.
detail-unit-cost = { $cost } each

## Fields two devices changed while apart

conflict-title = Two devices set a different title while offline.
    .aria-label = Choose the title
conflict-topic = Two devices set a different topic while offline.
    .aria-label = Choose the topic
conflict-country = Two devices set a different country while offline.
    .aria-label = Choose the country
conflict-city = Two devices set a different city while offline.
    .aria-label = Choose the city
conflict-amount = Two devices set a different requested amount while offline.
    .aria-label = Choose the requested amount
# A field this version of the app has no words for; $field is its name in the record.
conflict-other = Two devices set a different { $field } while offline.
    .aria-label = Choose the { $field }
conflict-which = Which one is right?
conflict-saved = Saved your choice.
conflict-failed = Could not save your choice: { $reason }

## Sharing a request with the requester's city team

share-label = Share with my city team
share-none = Not shared
share-read = To read
share-write = To read and write
share-note = Practitioners whose account is in this city see it on their phones too. The hub's internal notes are never shared.
share-saved = Saved on this phone.
share-failed = Could not change sharing: { $reason }

## The conversation with the hub

conversation-heading = Conversation
conversation-empty = No messages yet. The hub's replies appear here, and stay readable offline.
conversation-from-hub = The hub
conversation-from-you = You
conversation-from-colleague = A colleague
conversation-message = Your message
    .placeholder = Write to the hub…
conversation-send = Send
conversation-sent = Sent to the hub.
conversation-saved-offline = Saved on this phone. It goes to the hub when you are back online.
conversation-failed = Could not save the message: { $reason }

## A fund application on the requester's phone

fund-heading = Your application
fund-status-draft = Draft: not submitted yet
fund-status-submitted = Submitted
fund-status-under-review = Under review
fund-status-changes-requested = The hub asks for changes
fund-status-approved = Approved
fund-status-approved-amount = Approved: { $amount }
fund-status-declined = Declined
fund-edit = Edit the application
fund-submit = Submit to the hub
fund-submitted = Submitted. It takes effect when it reaches the hub.
fund-edit-heading = Edit your application
fund-save = Save the application
fund-cancel = Cancel
fund-saved = Application saved on this phone.

## Progress reports on an application

# A report filed, in a list of them: the milestone it is on (as the requester named it).
fund-report = Report: { $milestone }
fund-report-final = Final report: { $milestone }
fund-report-file = File a progress report
fund-report-milestone = Milestone
# What a report is on when the application names no milestones; it is saved with the report.
fund-report-progress = Progress
fund-report-body = What was done
fund-report-is-final = This is the final report
fund-report-save = Save the report
fund-report-saved = Report saved.

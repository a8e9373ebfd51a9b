# The staff console: sign-in, queues, the request list, a request, the fund, people, reports
# and canned responses.
#
# $who, $name, $assignee: usernames (or "the hub", "the requester"); $when, $until, $opens,
# $closes: dates already written; $amount: money with its currency. Counts are numbers.

## The frame: the window, the header and what the console says while it starts

console-window-title = { -brand } ކޮންސޯލް
# The window's title on a screen: the screen's name (a queue, a request's title, "Users").
console-title = { $screen } · { -brand } ކޮންސޯލް
# The header's name, in two parts: the product's name, then a lighter "console".
console-brand-name = { -brand }
console-brand-console = ކޮންސޯލް
console-loading = ކޮންސޯލް ލޯޑުވަނީ…
console-sign-out = ސައިން އައުޓް
# The live feed from the hub: connected, or trying again.
console-live-on = ލައިވް
console-live-off = އަލުން ގުޅެނީ…
# The header's menu of languages, each listed in its own language.
console-language = ބަސް
console-language-unavailable = އެ ބަސް ލޯޑެއް ނުކުރެވުނު. ހަބާ ގުޅޭއިރު އަލުން މަސައްކަތް ކުރައްވާ.
# When the hub answers with an error and no words of its own.
console-hub-http = ހަބުން ދިން ޖަވާބަކީ HTTP { $status }.
# A request's next deadline, when it is not a date.
console-due-paused = ހުއްޓާލާފައި
console-due-overdue = ލަސްވެއްޖެ
# Who did something, when it is not a member of staff.
console-who-hub = ހަބު
console-who-requester = ރިކުއެސްޓް ކުރި ފަރާތް

## Signing in

console-signin-title = ހަބު ކޮންސޯލަށް ސައިން އިން ކުރައްވާ
console-signin-username = ޔޫޒަރނޭމް
console-signin-password = ޕާސްވޯޑް
console-signin-submit = ސައިން އިން
console-signin-mismatch = އެ ޔޫޒަރނޭމާއި ޕާސްވޯޑް ދިމާއެއް ނުވޭ.
console-signin-practitioner = މި ކޮންސޯލަކީ ހަބުގެ މުވައްޒަފުންނަށް. ޕްރެކްޓިޝަނަރުން ބޭނުންކުރަނީ / ގައިވާ ފީލްޑް އެޕް.

## The side menu: queues, tools and people

console-queue-nav =
    .aria-label = ކިއުތައް
console-queue-heading = ކިއުތައް
console-queue-new = އާ
console-queue-unassigned = ހަވާލުނުކުރާ
console-queue-mine = އަޅުގަނޑާ ހަވާލުކުރި
console-queue-waiting = ރިކުއެސްޓް ކުރި ފަރާތުގެ ޖަވާބަށް މަޑުކުރަނީ
console-queue-overdue = ލަސްވެފައިވާ
console-queue-open = ހުޅުވިފައިވާ ހުރިހާ
console-queue-all = ހުރިހާ
console-queue-tools = ޓޫލްސް
console-queue-canned = ތައްޔާރު ޖަވާބުތައް
console-queue-reports = ރިޕޯޓުތައް
console-queue-fund = ފަންޑުގެ ބުރުތައް
console-queue-people = މީހުން
console-queue-users = ޔޫޒަރުން
console-queue-audit = އޮޑިޓް ލޮގް
console-queue-devices = ތިޔަބޭފުޅާގެ ޑިވައިސްތައް

## The request list

console-list-requests = ރިކުއެސްޓްތައް
console-list-search = ހޯދާ
console-list-search-placeholder = ސުރުޚީ، ތަފްޞީލު އަދި މެސެޖުތަކުގައި ހޯދާ (/)
console-list-city = ސިޓީ
console-list-tag = ޓެގް
# Each filter's first choice, which filters nothing.
console-list-any-kind = ކޮންމެ ބާވަތެއް
console-list-any-category = ކޮންމެ ދާއިރާއެއް
console-list-any-country = ކޮންމެ ޤައުމެއް
console-list-any-priority = ކޮންމެ އިސްކަމެއް
console-list-any-status = ކޮންމެ ހާލަތެއް
console-list-anyone = ކޮންމެ މީހަކު
console-list-unassigned = ހަވާލުނުކުރާ
# The list's orders.
console-list-sort-newest = އެންމެ އާ އެއްޗެހި ކުރިން
console-list-sort-oldest = ތަރުތީބު: އެންމެ ބާ
console-list-sort-updated = ތަރުތީބު: އަޕްޑޭޓްކުރި
console-list-sort-due = ތަރުތީބު: ސުންގަޑި
console-list-sort-priority = ތަރުތީބު: އިސްކަން
console-list-loading = ލޯޑުވަނީ…
console-list-empty = މިތާ އެއްވެސް އެއްޗެއް ނެތް.
console-list-column-request = ރިކުއެސްޓް
console-list-column-place = ތަން
console-list-column-status = ހާލަތު
console-list-column-priority = އިސްކަން
console-list-column-assignee = ހަވާލުވެފައިވާ މީހާ
console-list-column-tags = ޓެގްތައް
console-list-column-due = ސުންގަޑި
console-list-column-filed = ހުށަހެޅި ތާރީޚު
# A request's city and country code.
console-list-place = { $city }، { $country }
# Under the list: how many requests there are and which page shows.
console-list-total =
    { $count ->
        [one] { $count } ރިކުއެސްޓް
       *[other] { $count } ރިކުއެސްޓް
    }
console-list-page = ޞަފްޙާ { $page } / { $pages }
console-list-previous = ކުރީގެ
console-list-next = ދެން
# The keyboard's shortcuts, under the list. $key, $next, $previous are keys.
console-list-key-search = { $key } ހޯދާ
console-list-key-move = { $next } { $previous } ހޮވާ
console-list-key-open = { $key } ހުޅުވާ
console-list-key-reply = { $key } ޖަވާބުދޭ
console-list-key-note = { $key } ނޯޓު
console-list-key-back = { $key } ލިސްޓަށް އެނބުރި

## One request

console-request-loading = ހަބުން ރިކުއެސްޓް ލޯޑުވަނީ…
console-request-conversation = މެސެޖުތައް
console-request-history = ތާރީޚު
console-request-access = ބެލި މީހުން
console-request-access-someone = މީހަކު
console-request-access-empty = އަދި އެއްވެސް އެއްޗެއް ރެކޯޑެއް ނުވޭ.
# Its place (city and country), and who filed it when ($who shows in bold).
console-request-place = { $city }، { $country }
console-request-filed = { $who } ހުށަހެޅީ { $when }
console-request-team-write = އެމީހުންގެ ސިޓީގެ ޓީމާ ކިޔައި ބަދަލު ގެނެވޭގޮތަށް ހިއްސާކޮށްފައި
console-request-team-read = އެމީހުންގެ ސިޓީގެ ޓީމާ ކިޔޭގޮތަށް ހިއްސާކޮށްފައި
# $link is a link to the other request, reading the `link` attribute.
console-request-merged = { $link }ގެ ނަކަލެއްގެ ގޮތުގައި ގުޅާލެވިފައި.
    .link = އެހެން ރިކުއެސްޓެއް
# $fields lists the fields in words (see console-request-field-*).
console-request-conflicts = ނުގުޅި ހުއްޓާ ޑިވައިސްތަކުން { $fields } ތަފާތު ގޮތްގޮތަށް ބަދަލުކޮށްފައި.
console-request-sync-hub = ހުރިހާ ބަދަލެއް ހަބަށް ލިބިފައި.
console-request-sync-sending = މިތާ ގެނައި ބަދަލުތައް ހަބަށް ފޮނުވަނީ…
console-request-no-messages = އަދި މެސެޖެއް ނެތް.
# A message's head: who wrote it (in bold), where from, when.
console-request-from-hub = ހަބުގެ ޖަވާބު
console-request-from-field = ފީލްޑުން
# An internal note's head: $note is the `note` attribute, in bold.
console-request-note-head = { $who } ލިޔުނު { $note }
    .note = އިންޓަރނަލް ނޯޓު
console-request-note-private = ފީލްޑަށް ދުވަހަކުވެސް ނުފެންނާނެ

## One request: triage

console-request-triage = ބަލައި ތަރުތީބުކުރުން
console-request-triage-loading = ލޯޑުވަނީ…
# Someone whose role reads but does not triage this kind of request. $role and $kind are codes.
console-request-triage-readonly =
    { $role ->
        [agent]
            { $kind ->
                [fund_query] އޭޖެންޓަކަށް ފަންޑު ސުވާލުތައް ކިޔޭނެ، ނަމަވެސް ބަލައި ތަރުތީބު ނުކުރެވޭނެ.
               *[other] އޭޖެންޓަކަށް ހެލްޕް ޑެސްކް ރިކުއެސްޓްތައް ކިޔޭނެ، ނަމަވެސް ބަލައި ތަރުތީބު ނުކުރެވޭނެ.
            }
        [fund_manager]
            { $kind ->
                [fund_query] ފަންޑު މެނޭޖަރަކަށް ފަންޑު ސުވާލުތައް ކިޔޭނެ، ނަމަވެސް ބަލައި ތަރުތީބު ނުކުރެވޭނެ.
               *[other] ފަންޑު މެނޭޖަރަކަށް ހެލްޕް ޑެސްކް ރިކުއެސްޓްތައް ކިޔޭނެ، ނަމަވެސް ބަލައި ތަރުތީބު ނުކުރެވޭނެ.
            }
        [admin]
            { $kind ->
                [fund_query] އެޑްމިނިސްޓްރޭޓަރަކަށް ފަންޑު ސުވާލުތައް ކިޔޭނެ، ނަމަވެސް ބަލައި ތަރުތީބު ނުކުރެވޭނެ.
               *[other] އެޑްމިނިސްޓްރޭޓަރަކަށް ހެލްޕް ޑެސްކް ރިކުއެސްޓްތައް ކިޔޭނެ، ނަމަވެސް ބަލައި ތަރުތީބު ނުކުރެވޭނެ.
            }
       *[other]
            { $kind ->
                [fund_query] ތިޔަބޭފުޅާގެ ރޯލަށް ފަންޑު ސުވާލުތައް ކިޔޭނެ، ނަމަވެސް ބަލައި ތަރުތީބު ނުކުރެވޭނެ.
               *[other] ތިޔަބޭފުޅާގެ ރޯލަށް ހެލްޕް ޑެސްކް ރިކުއެސްޓްތައް ކިޔޭނެ، ނަމަވެސް ބަލައި ތަރުތީބު ނުކުރެވޭނެ.
            }
    }
console-request-status = ހާލަތު
console-request-apply = ކަނޑައަޅާ
console-request-resolution = ޙައްލުކުރި ގޮތުގެ ނޯޓު (ބަންދުކުރުމަށް ބޭނުންވޭ)
console-request-resolution-placeholder = ޙައްލުކުރީ ކިހިނެއް؟
console-request-priority = އިސްކަން
console-request-assignee = ހަވާލުވެފައިވާ މީހާ
console-request-unassigned = ހަވާލުނުކުރާ
console-request-tags = ޓެގްތައް
console-request-tags-placeholder = ޓެގްތައް، ކޮމާއިން ވަކިކޮށް
console-request-answer-by = ޖަވާބުދޭންވީ ތާރީޚު
console-request-duplicate-of = އަސްލު ރިކުއެސްޓް
console-request-duplicate-placeholder = އަސްލު ރިކުއެސްޓްގެ އައިޑީ
console-request-merge = ނަކަލެއްގެ ގޮތުގައި ގުޅާލާ
console-request-no-such-request = އެ އައިޑީއާއެކު ރިކުއެސްޓެއް ނެތް.
console-request-saved = ރައްކާކުރެވިއްޖެ؛ ހަބަށް ފޮނުވަނީ

## One request: service level

console-request-service-level = ސާވިސް ލެވެލް
# $due is the deadline's badge: a date, "Paused" or "Overdue".
console-request-next-deadline = ދެން އޮތް ސުންގަޑި: { $due }
console-request-first-answered = ފުރަތަމަ ޖަވާބު { $when }
console-request-not-answered = އަދި ޖަވާބެއް ނުދޭ

## One request: the composer

console-request-composer-message = މެސެޖް
console-request-canned-label = ތައްޔާރު ޖަވާބެއް ލާ
console-request-canned-choose = ތައްޔާރު ޖަވާބެއް ލާ…
console-request-reply-tab = ރިކުއެސްޓް ކުރި ފަރާތަށް ޖަވާބު
console-request-note-tab = އިންޓަރނަލް ނޯޓު
console-request-send-reply = ޖަވާބު ފޮނުވާ
console-request-add-note = އިންޓަރނަލް ނޯޓު އިތުރުކުރޭ
console-request-composer-not-allowed = ތިޔަބޭފުޅާގެ ރޯލުން މި ބާވަތުގެ ރިކުއެސްޓްތަކަށް ޖަވާބެއް ނުދެވޭނެ.
console-request-composer-reply = ރިކުއެސްޓް ކުރި ފަރާތަށް ލިޔުއްވާ
console-request-composer-note = މިއީ ހަބުގެ މުވައްޒަފުންނަށް އެކަނި ފެންނާނެ އެއްޗެއް

## One request: its history, one event a line

console-request-event-created = { $who } ރިކުއެސްޓް ހުށަހެޅި
# $fields lists the fields in words (see console-request-field-*).
console-request-event-edited = { $who } { $fields } ބަދަލުކުރި
console-request-event-replied = { $who } ޖަވާބުދިން
console-request-event-replied-canned = { $who } ޖަވާބުދިން (ތައްޔާރު ޖަވާބަކުން)
console-request-event-wrote = { $who } ލިޔުނު
console-request-event-note = { $who } އިންޓަރނަލް ނޯޓެއް އިތުރުކުރި
# $from and $to are statuses or priorities in words.
console-request-event-status = { $who } ހާލަތު { $from }ން { $to }އަށް ބަދަލުކުރި
console-request-event-priority = { $who } އިސްކަން ބަދަލުކުރި: { $from } → { $to }
console-request-event-assigned = { $who } ރިކުއެސްޓް { $assignee }އާ ހަވާލުކުރި
console-request-event-unassigned = { $who } ހަވާލުކުރުން ބާޠިލުކުރި
# $tags are the tags added (+) and removed (−), as typed.
console-request-event-tags = { $who } ޓެގްތައް ބަދަލުކުރި: { $tags }
console-request-event-due = { $who } ސުންގަޑި ކަނޑައެޅި: { $when }
console-request-event-due-cleared = { $who } ސުންގަޑި ފޮހެލި
console-request-event-resolution = { $who } ޙައްލުކުރި ގޮތުގެ ނޯޓު ލިޔުނު
console-request-event-duplicate = { $who } ނަކަލެއްގެ ގޮތުގައި ގުޅާލި
console-request-event-viewed = { $who } ހުޅުވި
console-request-event-submitted = { $who } އެޕްލިކޭޝަން ހުށަހެޅި
console-request-event-changes-requested = { $who } ބަދަލުތަކަށް އެދި އެޕްލިކޭޝަން އަނބުރާ ފޮނުވި
# $status is a fund application's status code.
console-request-event-application =
    { $status ->
        [submitted] { $who } އެޕްލިކޭޝަން ހުށަހަޅައިފިކަމަށް ރެކޯޑުކުރި
        [under_review] { $who } އެޕްލިކޭޝަން ރިވިއު ކުރަމުންދާކަމަށް ރެކޯޑުކުރި
        [changes_requested] { $who } އެޕްލިކޭޝަނަށް ބަދަލުތަކަށް އެދިފައިވާކަމަށް ރެކޯޑުކުރި
        [approved] { $who } އެޕްލިކޭޝަން ފާސްކޮށްފިކަމަށް ރެކޯޑުކުރި
        [declined] { $who } އެޕްލިކޭޝަން ރައްދުކޮށްފިކަމަށް ރެކޯޑުކުރި
       *[other] { $who } އެޕްލިކޭޝަންގެ ހާލަތު ރެކޯޑުކުރި: { $status }
    }
console-request-event-conflict = { $who } މަޞްލަޙަތު ފުށުއެރުމެއް ހާމަކުރި
# An event this console has no words for: $event is its code.
console-request-event-other = { $who }: { $event }
# A request's fields, as history events and conflicts name them inside a sentence.
console-request-field-title = ސުރުޚީ
console-request-field-description = ތަފްޞީލު
console-request-field-category = ދާއިރާ
console-request-field-country = ޤައުމު
console-request-field-city = ސިޓީ
console-request-field-application = އެޕްލިކޭޝަން

## The fund: an application's panel inside a fund query

console-fund-application = ފަންޑުގެ އެޕްލިކޭޝަން
# A draft application's stage (the other stages are the status codes' words).
console-fund-draft = ޑްރާފްޓް، ހުށަނާޅާ
console-fund-no-round = ބުރެއް ބަޔާންކޮށްފައެއް ނެތް
console-fund-cap = ގިނަވެގެން { $amount }
console-fund-approved-amount = ފާސްކުރި { $amount }
console-fund-requested = އެދުނު { $amount }
# $name is an organisation's name as the applicant typed it.
console-fund-lead = ލީޑް ފަރާތް: { $name }
console-fund-partner = ބައިވެރި ފަރާތް: { $name }
# $text is what the applicant typed.
console-fund-objectives = މަޤްޞަދުތައް: { $text }
console-fund-risks = ވަޒަންކުރި ނުރައްކާތައް: { $text }
console-fund-mitigation = ނުރައްކާ ކުޑަކުރާ ގޮތް: { $text }
console-fund-partners = ބައިވެރިންނާއި ވަސީލަތްތައް: { $text }
console-fund-timeline = ވަގުތު ތާވަލު: { $text }
# $milestones lists the milestones; each is a name as typed and its due date (YYYY-MM-DD).
console-fund-milestones = މައިލްސްޓޯންތައް: { $milestones }
console-fund-milestone = { $name } (ސުންގަޑި { $due })
console-fund-column-category = ބައި
console-fund-column-line = ތަފްޞީލު
console-fund-column-quantity = ޢަދަދު
console-fund-column-unit = ޔުނިޓް އަގު
console-fund-column-total = ޖުމްލަ

## The fund: review and decision

console-fund-conflicted = ތިޔަބޭފުޅާ މި އެޕްލިކޭޝަނުގައި މަޞްލަޙަތު ފުށުއެރުމެއް ހާމަކުރައްވާފައިވާތީ، ރިވިއުތަކާއި މާކްސް ނުފެންނާނެ، އަދި ނިންމުމެއްވެސް ނުނިންމެވޭނެ.
console-fund-review = ރިވިއު
# $conflicts lists who declared a conflict, each as console-fund-conflict.
console-fund-conflicts = ހާމަކުރި ފުށުއެރުންތައް: { $conflicts }
# $reason is the reason as typed.
console-fund-conflict = { $who } ({ $reason })
# A scoring criterion of the round, as typed when the round was set up, and its scale.
console-fund-criterion = { $criterion } (0–5)
console-fund-save-review = އަޅުގަނޑުގެ ރިވިއު ރައްކާކުރޭ
# A reviewer's scores, as a list of numbers.
console-fund-scores = { $who }: { $scores }
console-fund-comment-placeholder = ފަންޑު މެނޭޖަރުންނަށް އިންޓަރނަލް ކޮމެންޓް
console-fund-add-comment = އިންޓަރނަލް ކޮމެންޓް އިތުރުކުރޭ
console-fund-decision = ނިންމުން
console-fund-decided = ނިންމައިފި.
console-fund-changes-placeholder = އެޕްލައި ކުރި ފަރާތުން ބަދަލުކުރަންވީ ކަންތައް (ޖަވާބެއްގެ ގޮތުގައި ލިބޭނެ)
console-fund-ask-changes = ބަދަލުތަކަށް އެދޭ
# The example amount is read as typed: keep its digits and separators.
console-fund-approve-placeholder = އަދަދު، މިސާލަކަށް 8,500
console-fund-approve = ފާސްކުރޭ
console-fund-decline-placeholder = ރައްދުކުރާ ސަބަބު
console-fund-decline = ރައްދުކުރޭ
console-fund-waiting = އެޕްލައި ކުރި ފަރާތުން ހުށަހަޅަންދެން މަޑުކުރަނީ.
console-fund-conflict-prompt = މަޞްލަޙަތު ފުށުއަރަނީ ކީއްވެ؟ (ރެކޯޑަށް ރައްކާކުރެވޭނެ)
console-fund-declare-conflict = މަޞްލަޙަތު ފުށުއެރުމެއް ހާމަކުރޭ
# An amount typed that cannot be read; keep the example's digits and separators.
console-fund-not-an-amount = ސުމެއްގެ މައްޗަށް އަދަދެއް ލިޔުއްވާ، މިސާލަކަށް 12,500.00.

## The fund: a grant and its tranches

console-fund-grant = ގްރާންޓް
console-fund-grant-approved = ފާސްކުރި { $amount }
console-fund-grant-paid = ދައްކާފައި { $amount }
console-fund-grant-closed = ބަންދުކުރީ { $when }
# A progress report's head; $final is "yes" for the final report. $milestone is its name as typed.
console-fund-report-head =
    { $final ->
        [yes] ފައިނަލް ރިޕޯޓް: { $milestone }
       *[other] ޕްރޮގްރެސް ރިޕޯޓް: { $milestone }
    }
console-fund-tranche-placeholder = އަދަދު
console-fund-tranche-label = { $milestone }އަށް ދޭ ޤިސްތު
console-fund-pay-tranche = ޤިސްތު ދައްކާ

## The fund: rounds

console-fund-rounds = ފަންޑުގެ ބުރުތައް
console-fund-rounds-empty = އަދި ބުރެއް ނެތް.
console-fund-round-dates = { $opens }ން { $closes }އަށް
console-fund-ledger = ލެޖަރ (CSV)
console-fund-round-edit = ބަދަލުކުރޭ ނުވަތަ ބަންދުކުރޭ
console-fund-round-new = އާ ބުރެއް ހަދާ
# $name is the round's name as typed.
console-fund-round-change = { $name } ބަދަލުކުރޭ
console-fund-round-name = ނަން
console-fund-round-currency = ކަރަންސީ
console-fund-round-pool = ޖުމްލަ ފަންޑު
console-fund-round-cap = އެއް ގްރާންޓަށް ގިނަވެގެން
console-fund-round-opens = ހުޅުވޭ ތާރީޚު
console-fund-round-closes = ބަންދުވާ ތާރީޚު
console-fund-round-eligibility = ޝަރުޠު ހަމަވޭތޯ ބަލާ ލިސްޓު (ކޮންމެ ލައިނެއްގައި އެއްޗެއް)
console-fund-round-criteria = މާކްސް ދޭ މިންގަނޑުތައް (ކޮންމެ ލައިނެއްގައި އެއްޗެއް)
console-fund-round-attachments = ޖައްސަންޖެހޭ ލިޔެކިޔުން (ކޮންމެ ލައިނެއްގައި އެއްޗެއް)
console-fund-round-create = ބުރު ހަދާ
console-fund-round-save = ބުރު ރައްކާކުރޭ
console-fund-round-created = ބުރު ހެދިއްޖެ
console-fund-round-saved = ބުރު ރައްކާކުރެވިއްޖެ
# A round's money as a chart: each bar's name, and each bar read out with its amount.
console-fund-chart-pool = ޖުމްލަ ފަންޑު
console-fund-chart-committed = ވަކިކޮށްފައި
console-fund-chart-disbursed = ދައްކާފައި
console-fund-chart-remaining = ބާކީ
console-fund-chart-fact = { $name }: { $amount }

## People: users

console-people-users = ޔޫޒަރުން
console-people-username = ޔޫޒަރނޭމް
console-people-password = ޕާސްވޯޑް
console-people-role = ރޯލް
console-people-country = ޤައުމު
console-people-city = ސިޓީ
console-people-countries = ބަލަހައްޓާ ޤައުމުތައް
# What an empty list of countries means.
console-people-countries-all = ހުރިހާ
# The language the apps speak to the person; a dash means their device's.
console-people-language = ބަސް
console-people-status = ހާލަތު
# An error from the hub about one field: the field in words, and the hub's words.
console-people-field-error = { $field }: { $message }
console-people-you = (ތިޔަބޭފުޅާ)
console-people-active = އެކްޓިވް
console-people-deactivated = ހުއްޓާލާފައި
console-people-save = ރައްކާކުރޭ
console-people-saved = { $name } ރައްކާކުރެވިއްޖެ
console-people-deactivate = ހުއްޓާލާ
console-people-reactivate = އަލުން ފަށާ
console-people-deactivate-confirm = { $name } ހުއްޓާލަންތޯ؟ އެމީހާގެ ހުރިހާ ޑިވައިސްއަކުން ވަގުތުން ސައިން އައުޓް ކުރެވޭނެ.
console-people-deactivated-toast = { $name } ހުއްޓާލެވިއްޖެ
console-people-reactivated-toast = { $name } އަލުން ފަށައިފި
console-people-reset = ޕާސްވޯޑް ރީސެޓްކުރޭ
console-people-reset-code = { $name }އަށް އެއްފަހަރު ބޭނުންކުރާ ކޯޑު ({ $until }އަށް، އެއްފަހަރު އެކަނި):
console-people-reset-code-note = ފޯނުން ނުވަތަ ސީދާ ދެއްވާ. މި ކޯޑު އަލުން ނުފެންނާނެ. ސައިން އިން ކުރާއިރު މި ކޯޑުން އާ ޕާސްވޯޑެއް ހަދާނެ.
console-people-done = ނިމުނީ
console-people-data = ޑޭޓާ…
console-people-data-about = { $name }ގެ ޑޭޓާ
console-people-devices = ޑިވައިސްތައް
console-people-add-title = ޔޫޒަރެއް އިތުރުކުރޭ
console-people-add = އިތުރުކުރޭ
console-people-added = { $name } އިތުރުކުރެވިއްޖެ

## People: a person's data

console-people-export = އެމީހާގެ ޑޭޓާ ޑައުންލޯޑްކުރޭ
console-people-export-text = ހަބުގައި އެމީހާއާ ބެހޭ ހުރިހާ މަޢުލޫމާތު، އެއް JSON ފައިލެއްގެ ގޮތުގައި: އެކައުންޓާއި ޑިވައިސްތައް، ހުށަހެޅި ރިކުއެސްޓްތަކާއި އޭގެ ތާރީޚު، އެހެން ރިކުއެސްޓްތަކުގައި ލިޔުނު އެއްޗެހި، އަދި އޮޑިޓް ރެކޯޑު. މި ޑައުންލޯޑް އޮޑިޓް ލޮގްގައި ރެކޯޑުވޭ.
console-people-erase-text = އެމީހާގެ އެދުމުގެ މަތިން ފޮހެލުން: ހުށަހެޅި ހުރިހާ ރިކުއެސްޓެއްގެ ނަން ނެތްކުރެވޭނެ، އެހެން ރިކުއެސްޓްތަކުން އެމީހާ ލިޔުނު އެއްޗެހި ފޮހެލެވޭނެ، އެކައުންޓް ހުސްކޮށް ހުއްޓާލެވޭނެ، އަދި ޑިވައިސްތަކުން ސައިން އައުޓްކޮށް ފޮހެލެވޭނެ. މިކަން އަނބުރާ ނުގެނެވޭނެ.
console-people-erase-confirm = ކަށަވަރުކުރުމަށް { $name } ލިޔުއްވާ
console-people-erase = ފޮހެލާ
console-people-erased =
    { $rewritten ->
        [one] ފޮހެލިއްޖެ: އެމީހާގެ { $anonymised } ރިކުއެސްޓެއްގެ ނަން ނެތްކުރެވިއްޖެ، އެހެން { $rewritten } ރިކުއެސްޓަކުން އެމީހާ ލިޔުނު އެއްޗެހި ފޮހެލެވިއްޖެ.
       *[other] ފޮހެލިއްޖެ: އެމީހާގެ { $anonymised } ރިކުއެސްޓެއްގެ ނަން ނެތްކުރެވިއްޖެ، އެހެން { $rewritten } ރިކުއެސްޓަކުން އެމީހާ ލިޔުނު އެއްޗެހި ފޮހެލެވިއްޖެ.
    }
console-people-close = ބަންދުކުރޭ

## People: devices

console-people-your-devices = ތިޔަބޭފުޅާގެ ޑިވައިސްތައް
console-people-their-devices = އެމީހާގެ ޑިވައިސްތައް
console-people-devices-text = ކޮންމެ ސައިން އިނަކީ ޑިވައިސްއެކެވެ. ގެއްލުނު ނުވަތަ ބޭނުން ނުކުރާ ޑިވައިސްއެއް ބާޠިލުކުރައްވާ: އެ ޑިވައިސްއިން ވަގުތުން ސައިން އައުޓް ވެ، ދެން ގުޅޭއިރު އޭގައި ހުރި އެއްޗެހި ފޮހެލާނެ.
console-people-device-name = ނަން
console-people-device-platform = ޕްލެޓްފޯމް
console-people-device-signed-in = ސައިން އިން ކުރި
console-people-device-last-seen = އެންމެ ފަހުން ފެނުނީ
console-people-device-last-sync = އެންމެ ފަހުގެ ސިންކް
console-people-no-devices = ޑިވައިސެއް ނެތް.
# $name is the device's name.
console-people-revoke-confirm = "{ $name }" ބާޠިލުކުރަންތޯ؟ ވަގުތުން ސައިން އައުޓް ވާނެ.
console-people-revoke = ބާޠިލުކުރޭ
console-people-revoked-toast = ބާޠިލުކުރެވިއްޖެ
console-people-revoked = ބާޠިލުކުރީ { $when }

## People: the audit log

console-people-audit = އޮޑިޓް ލޮގް
console-people-audit-person = މީހާ
console-people-audit-everyone = ހުރިހާ މީހުން
console-people-audit-action = ކަން
console-people-audit-every-action = ހުރިހާ ކަމެއް
console-people-audit-since = މި ތާރީޚުން
console-people-audit-request-id = ރިކުއެސްޓް އައިޑީ
console-people-audit-show = ދައްކާ
console-people-audit-download = CSV ޑައުންލޯޑްކުރޭ
console-people-audit-older = ކުރީގެ
console-people-audit-when = ކޮންއިރު
console-people-audit-what = ކޮންކަމެއް
console-people-audit-who = ކާކު
console-people-audit-device = ޑިވައިސް
console-people-audit-about = ބެހޭ އެއްޗެއް
console-people-audit-detail = ތަފްޞީލު
console-people-audit-empty = މި ފިލްޓަރުތަކަށް އެއްވެސް އެއްޗެއް ރެކޯޑެއް ނުވޭ.
console-people-audit-a-request = ރިކުއެސްޓެއް
console-people-audit-command-line = ކޮމާންޑް ލައިން
console-people-audit-unknown = ނޭނގޭ

## Reports

console-reports-title = ރިޕޯޓުތައް
console-reports-from = ފެށޭ ތާރީޚު
console-reports-to = ނިމޭ ތާރީޚު
console-reports-show = ދައްކާ
console-reports-download = CSV ޑައުންލޯޑްކުރޭ
# $total is $count, written in bold.
console-reports-total =
    { $count ->
        [one] ލިބުނު ރިކުއެސްޓް: { $total }
       *[other] ލިބުނު ރިކުއެސްޓް: { $total }
    }
# $duration is a span of time (console-reports-minutes, -hours, -days).
console-reports-first-answer = ފުރަތަމަ ޖަވާބަށް ނެގި މީޑިއަން ވަގުތު: { $duration } ({ $answered }އަށް ޖަވާބުދީފި)
console-reports-resolution = ޙައްލުކުރުމަށް ނެގި މީޑިއަން ވަގުތު: { $duration } ({ $resolved } ޙައްލުކޮށްފި)
console-reports-minutes = { $minutes } މިނެޓް
console-reports-hours = { NUMBER($hours, minimumFractionDigits: 1, maximumFractionDigits: 1) } ގަޑިއިރު
console-reports-days =
    { NUMBER($days, minimumFractionDigits: 1, maximumFractionDigits: 1) ->
        [one] { NUMBER($days, minimumFractionDigits: 1, maximumFractionDigits: 1) } ދުވަސް
       *[other] { NUMBER($days, minimumFractionDigits: 1, maximumFractionDigits: 1) } ދުވަސް
    }
console-reports-by-status = ހާލަތަށް ބަލައި
console-reports-by-kind = ބާވަތަށް ބަލައި
console-reports-by-country = ޤައުމަށް ބަލައި
console-reports-by-category = ދާއިރާއަށް ބަލައި
console-reports-by-assignee = ހަވާލުވި މީހާއަށް ބަލައި
console-reports-none = މި މުއްދަތުގައި އެއްވެސް އެއްޗެއް ނެތް.
console-reports-unassigned = ހަވާލުނުކުރާ
# A chart's bar read out: what it counts and how many.
console-reports-chart-fact = { $name }: { $count }

## Canned responses

console-canned-title = ތައްޔާރު ޖަވާބުތައް
console-canned-empty = އަދި ތައްޔާރު ޖަވާބެއް ނެތް.
console-canned-new = އާ ތައްޔާރު ޖަވާބެއް
# A new card for the same canned response in another language; $title is the response's title.
console-canned-new-version = { $title }، އެހެން ބަހަކުން
console-canned-add-version = އެހެން ބަހަކުން އިތުރުކުރޭ
console-canned-field-title = ސުރުޚީ
console-canned-field-language = ބަސް
console-canned-field-language-codes = ބަސް (en, bn, hi, ur, si, ta, dv, ne)
console-canned-field-text = ލިޔުން
console-canned-save = ރައްކާކުރޭ
console-canned-add = އިތުރުކުރޭ
console-canned-remove = ނައްތާލާ
console-canned-saved = ރައްކާކުރެވިއްޖެ
console-canned-added = އިތުރުކުރެވިއްޖެ
console-canned-removed = ނައްތާލެވިއްޖެ

## Codes only the console shows: the audit log's actions and the details some carry

code-sign_in = ސައިން އިން ކުރި
code-sign_in_failed = ސައިން އިން ރައްދުކުރެވުނު
code-sign_out = ސައިން އައުޓް ކުރި
code-device_revoked = ޑިވައިސް ބާޠިލުކުރެވުނު
code-user_created = ޔޫޒަރެއް އިތުރުކުރެވުނު
code-user_changed = ޔޫޒަރު ބަދަލުކުރެވުނު
code-user_deactivated = ޔޫޒަރު ހުއްޓާލެވުނު
code-user_reactivated = ޔޫޒަރު އަލުން ފަށައިފި
code-reset_code_issued = ރީސެޓް ކޯޑު ދޫކުރެވުނު
code-password_reset = ރީސެޓް ކޯޑުން ޕާސްވޯޑް ހެދުނު
code-export = އެކްސްޕޯޓް ކުރެވުނު
code-person_erased = މީހާ ފޮހެލެވުނު
code-request_anonymised = ރިކުއެސްޓްގެ ނަން ނެތްކުރެވުނު
code-request_viewed = ރިކުއެސްޓް ބަލައިފި
# Why a sign-in was refused.
code-wrong_password = ޕާސްވޯޑް ގޯސް
code-unknown_user = ނޭނގޭ ޔޫޒަރނޭމް
code-throttled = ވަރަށް ގިނަ ފަހަރު މަސައްކަތްކުރެވިއްޖެ
code-deactivated = އެކައުންޓް ހުއްޓާލާފައި
code-bad_reset_code = ރީސެޓް ކޯޑު ގޯސް ނުވަތަ މުއްދަތު ހަމަވެފައި
# Why a request was anonymised.
code-retention = ރައްކާކުރާ މުއްދަތު ހަމަވެއްޖެ
code-erasure = ރިކުއެސްޓް ކުރި ފަރާތް ފޮހެލެވިފައި
# What was exported, or which part of a request was read.
code-requests = ރިކުއެސްޓްތައް
code-audit = އޮޑިޓް ލޮގް
code-ledger = ފަންޑުގެ ލެޖަރ
code-person = މީހެއްގެ ޑޭޓާ
code-review = ފަންޑުގެ ރިވިއު
# Who acted when no person did.
code-command_line = ކޮމާންޑް ލައިން

## Events: trainings, workshops, dialogues and exchange visits the hub runs.
console-queue-events = އިވެންޓްތައް
console-events-title = އިވެންޓްތައް
console-events-empty = ކުރިއަށް އޮތް އިވެންޓެއް ނެތް. މަތީގައިވާ ފޯމުން އިވެންޓެއް ޝާއިޢުކުރައްވާ.
console-events-new = އިވެންޓެއް ޝާއިޢުކުރޭ
console-events-publish = ޝާއިޢުކުރޭ
console-events-published = އިވެންޓް ޝާއިޢުކުރެވިއްޖެ.
console-event-seats = ސީޓު { $seats }ން { $admitted } ފުރިފައި · { $waiting } މީހުން މަޑުކުރަނީ
console-event-kind-training = ތަމްރީނު
console-event-kind-workshop = ވޯކްޝޮޕް
console-event-kind-dialogue = ޑައިލޮގް
console-event-kind-exchange_visit = ތަޖުރިބާ ހިއްސާކުރުމުގެ ދަތުރު
console-event-mode-in_person = ސީދާ ބައިވެރިވެގެން
console-event-mode-online = އޮންލައިން
console-event-field-title = ސުރުޚީ
console-event-field-kind = އިވެންޓުގެ ބާވަތް
console-event-field-starts = ފަށާ ވަގުތު
console-event-field-ends = ނިމޭ ވަގުތު
console-event-field-seats = ސީޓު
console-event-field-mode = ބާއްވާ ގޮތް
console-event-field-place = ތަން، ސީދާ ބައިވެރިވާ އިވެންޓަކަށް
console-event-field-link = ބައިވެރިވާނެ ލިންކު، އޮންލައިން އިވެންޓަކަށް
console-event-field-language = ބާއްވާ ބަސް (bn ފަދަ ކޯޑެއް)
console-event-field-description = މައުޟޫޢާއި ބައިވެރިވާނެ ފަރާތްތައް
console-event-registrations = ރަޖިސްޓްރީތައް
console-event-registrations-empty = އަދި އެއްވެސް މީހަކު ރަޖިސްޓްރީ ވެފައެއް ނުވޭ.
console-event-column-person = މީހާ
console-event-column-status = ހާލަތު
console-event-column-attended = ހާޒިރުވި
console-event-status-admitted = ސީޓެއް ލިބިފައި
console-event-status-waiting = ސީޓަކަށް މަޑުކުރަނީ
console-event-attendance-saved = ހާޒިރީ ރައްކާކުރެވިއްޖެ.

## Filing a request for a practitioner (it came by phone, message, email or in person)

console-queue-intake = ޕްރެކްޓިޝަނަރެއްގެ ބަދަލުގައި ހުށަހަޅާ
console-intake-title = ޕްރެކްޓިޝަނަރެއްގެ ބަދަލުގައި ރިކުއެސްޓެއް ހުށަހަޅާ
console-intake-help = ފޯނުން، މެސެޖުން، އީމެއިލުން ނުވަތަ ސީދާ ބައްދަލުވެގެން ހަބަށް ލިބުނު ރިކުއެސްޓަކަށް. ޕްރެކްޓިޝަނަރަކީ އޭގެ ރިކުއެސްޓް ކުރި ފަރާތަށް ވެ، އެ ރިކުއެސްޓް އެމީހާގެ ފޯނުން ފެންނާނެ.
console-intake-requester = ޕްރެކްޓިޝަނަރ
# $name is the practitioner's username.
console-intake-picked = { $name }ގެ ބަދަލުގައި ހުށަހަޅަނީ
console-intake-nobody = ތިޔަބޭފުޅާގެ ޤައުމުތަކުގައި ގުޅޭ ޕްރެކްޓިޝަނަރެއް ނެތް.
# The empty first choice of a list.
console-intake-choose = ހޮވާލައްވާ…
console-intake-choose-person = މި ރިކުއެސްޓަކީ ކޮން ޕްރެކްޓިޝަނަރެއްގެ ރިކުއެސްޓެއްކަން ހޮވާލައްވާ.
console-intake-channel = ހަބަށް ލިބުނު ގޮތް
console-intake-kind = ރިކުއެސްޓުގެ ބާވަތް
console-intake-field-title = ސުރުޚީ
console-intake-description = އެމީހާއަށް ބޭނުންވާ ކަމެއް
console-intake-category = މައުޟޫޢު
console-intake-country = ޤައުމު
console-intake-city = ސިޓީ
console-intake-file = ރިކުއެސްޓް ހުށަހަޅާ
console-intake-filed = { $name }ގެ ބަދަލުގައި ހުށަހެޅިއްޖެ.
# On a request's page: $who is the staff member who filed it, $channel how it reached them.
console-request-intake = { $who } ހުށަހެޅީ ({ $channel })

## The guidance library, run from the console

console-queue-library = އިރުޝާދުގެ ލައިބްރަރީ
console-library-title = އިރުޝާދުގެ ލައިބްރަރީ
console-library-help = ޕްރެކްޓިޝަނަރުން އެމީހުންގެ ފޯނުން ކިޔާ އެއްޗެހި، އޮފްލައިންގައިވެސް. ބަދަލުތައް ފޯނުތަކަށް ލިބޭނީ ފޯނުތައް ސިންކް ވާ ހިނދު.
console-library-new = އާ އައިޓަމެއް ލިޔޭ
console-library-empty = ލައިބްރަރީގައި އަދި އެއްވެސް އެއްޗެއް ނެތް.
console-library-retired = ވަކިކޮށްފައި
console-library-edit = ބަދަލުކުރޭ
console-library-retire = ވަކިކުރޭ
console-library-restore = އަލުން ހިމަނާ
console-library-translate = އެހެން ބަހެއް އިތުރުކުރޭ
console-library-retired-done = ވަކިކުރެވިއްޖެ: ފޯނުތަކުގައި މިހާރު މިއީ ނުފެންނާނެ.
console-library-restored = ލައިބްރަރީގައި އަލުން ހިމެނިއްޖެ.
# $title is the version's title.
console-library-editing = “{ $title }” ބަދަލުކުރުން
console-library-translating = “{ $title }”، އެހެން ބަހަކުން
console-library-field-title = ސުރުޚީ
console-library-field-summary = ޚުލާޞާ (ޖުމްލަ އެކެއް ނުވަތަ ދޭއް)
console-library-field-body = ލިޔުން
console-library-field-topic = މައުޟޫޢު
console-library-field-language = ބަސް (en، bn ނުވަތަ ur ފަދަ ކޯޑެއް)
console-library-save = ބަދަލު ރައްކާކުރޭ
console-library-publish = ޝާއިޢުކުރޭ
console-library-cancel = ކެންސަލް
console-library-saved = ރައްކާކުރެވިއްޖެ. ފޯނުތައް ސިންކް ވާ ހިނދު އެ ލިބޭނެ.
console-library-published = ލައިބްރަރީގައި ޝާއިޢުކުރެވިއްޖެ.

## Feedback on events, from the people who attended

console-feedback-title = އިވެންޓްތަކާ ބެހޭ ފީޑްބެކް
console-feedback-back = އިވެންޓްތަކަށް އެނބުރި
console-feedback-csv = ހުރިހާ ޖަވާބެއް ޑައުންލޯޑްކުރޭ (CSV)
console-feedback-empty = އަދި އެއްވެސް ފީޑްބެކެއް ލިބިފައެއް ނުވޭ. އިވެންޓެއް ނިމުމުން، އެ އިވެންޓަށް ހާޒިރުވި މީހުންނާ ފީޑްބެކް ހޯދެނީ.
console-feedback-by-month = މަސް ހިސާބުން
console-feedback-by-event = އިވެންޓް ހިސާބުން
console-feedback-by-city = ސިޓީ ހިސާބުން
console-feedback-event = އިވެންޓް
console-feedback-city = ސިޓީ
console-feedback-answers = ޖަވާބުތައް
console-feedback-rating = ދިޔަ ގޮތް (5 އިން)
console-feedback-usefulness = ބޭނުންތެރިކަން (5 އިން)
console-feedback-comments = އިތުރަށް ބުނި ވާހަކަ
console-feedback-chart = ކޮންމެ މަހެއްގެ އެވްރެޖް ސްކޯ
console-feedback-answers-count = { $count ->
    [one] { $count } ޖަވާބު
   *[other] { $count } ޖަވާބު
  }

## The directory

console-queue-directory = ޑިރެކްޓަރީ
console-directory-title = ނެޓްވޯކުގެ ޑިރެކްޓަރީ
console-directory-help = މެމްބަރު ސިޓީތަކާއި އެހީތެރިވެދެވޭނެ މީހުން. ތިޔަބޭފުޅާގެ ޤައުމުތަކުގެ އެންޓްރީތައް ބަދަލުކުރައްވަނީ ތިޔަބޭފުޅާ؛ ކޮންމެ މީހަކުވެސް އެމީހެއްގެ މަޢުލޫމާތުން އެހެން މީހުންނަށް ފެންނާނެ އެއްޗެހި ހޮވަނީ އެމީހެއްގެ ފޯނުން.
console-directory-cities = މެމްބަރު ސިޓީތައް
console-directory-people = މީހުން
console-directory-new-city = ސިޓީއެއް އިތުރުކުރޭ
console-directory-new-person = މީހަކު އިތުރުކުރޭ
console-directory-no-cities = އަދި އެއްވެސް މެމްބަރު ސިޓީއެއް ނެތް.
console-directory-no-people = އަދި އެއްވެސް މީހެއްގެ ނަން ލިސްޓުކޮށްފައެއް ނުވޭ.
console-directory-edit = ބަދަލުކުރޭ
console-directory-editing = { $name } ބަދަލުކުރުން
console-directory-save = ރައްކާކުރޭ
console-directory-saved = ޑިރެކްޓަރީގައި ރައްކާކުރެވިއްޖެ.
console-directory-hidden = އެހެން މީހުންނަށް ނުފެންނަ
console-directory-unlisted = ލިސްޓުކޮށްފައެއް ނުވޭ
console-directory-updated = ބަދަލުކުރީ { $when }
console-directory-field-country = ޤައުމު
console-directory-field-city = ސިޓީ
console-directory-field-status = ނެޓްވޯކުގައި ހުރި ހާލަތު
console-directory-field-since = ފެށި ތާރީޚު
console-directory-field-focal = ފޯކަލް ޕޮއިންޓުން
console-directory-usernames = އެމީހުންގެ ޔޫޒަރނޭމްތައް، ކޮމާއިން ވަކިކޮށް.
console-directory-field-user = ޔޫޒަރނޭމް
console-directory-user-help = ލިސްޓުކުރާ މީހާގެ އެކައުންޓް: އެމީހާ ސައިން އިން ކުރަނީ އެ އެކައުންޓުން، އަދި އެހެން މީހުންނަށް ފެންނާނެ އެއްޗެހި ހޮވަނީވެސް އެމީހާ.
console-directory-field-name = އެހެން މީހުންނަށް ފެންނަ ނަން
console-directory-field-kind = ފޯރުކޮށްދޭ އެހީ
console-directory-languages-help = ކޮމާއިން ވަކިކޮށްފައިވާ ބަހުގެ ކޯޑުތައް، މިސާލަކަށް bn, ta, ur.
console-directory-commas = ކޮމާއިން ވަކިކޮށް.
console-directory-listed = ޑިރެކްޓަރީގައި ލިސްޓުކޮށްފައި
console-directory-shown-note = އެމީހަކު އެހެން ގޮތެއް ހޮވަންދެން، އާ އެންޓްރީތަކުގައި އީމެއިލާއި ފޯނު ފިޔަވައި ހުރިހާ އެއްޗެއް ފެންނާނެ.

## Cities' needs

console-queue-needs = ސިޓީތަކުގެ ބޭނުންތައް
console-needs-title = މެމްބަރު ސިޓީތަކުގެ ބޭނުންތައް
console-needs-help = ކޮންމެ ކުއާޓަރަކު މެމްބަރު ސިޓީތަކުން ބޭނުންވާ ކަމަށް ބުނި އެއްޗެހި، ޤައުމު ހިސާބުން ޖުމްލަކޮށް؛ އަދި ރިކުއެސްޓްތައް، އެ ސިޓީތަކުން ޚިދުމަތް ފޯރުކޮށްދޭ ބައިތަކުގެ ހިސާބުން ބަހާލައިގެން.
console-needs-csv = CSV ޑައުންލޯޑްކުރޭ
console-needs-empty = އަދި އެއްވެސް ސިޓީއަކުން ބޭނުންވާ އެއްޗެއް ބުނެފައެއް ނުވޭ.
console-needs-by-group = ސިޓީން ޚިދުމަތް ފޯރުކޮށްދޭ ބައިތަކުގެ ހިސާބުން ރިކުއެސްޓްތައް
console-needs-by-group-help = ރިކުއެސްޓެއް ގުނެވެނީ، އެ ސިޓީގެ ބޭނުންތައް އެންމެ ފަހުން ވަޒަންކުރި ގޮތަށް ބަލައިގެން، އެ ސިޓީން ޚިދުމަތް ފޯރުކޮށްދޭ ކޮންމެ ބަޔެއްގެ ދަށުންވެސް.
console-needs-requests = ރިކުއެސްޓްތައް
console-needs-open = އަދިވެސް ހުޅުވިފައި
console-needs-unassessed = ބުނެފައި ނުވާ ސިޓީތައް
console-needs-latest = ކޮންމެ ސިޓީއެއްގެ އެންމެ ފަހުގެ ޖަވާބުތައް
console-needs-period = ކުއާޓަރު
console-needs-cities = ސިޓީތައް
console-needs-urgent-count = { $high } މަތި، { $medium } މެދުމިން
console-needs-chart = ކޮންމެ ކުއާޓަރެއްގައި ކޮންމެ ދާއިރާއެއްގެ ބޭނުން ކިހާ ކުއްލި ކަމެއްކަމުގެ އެވްރެޖް (0 ނެތް އިން 3 މަތި އަށް)

## Handing a request to a successor

console-request-event-handed-over = { $who } ރިކުއެސްޓް { $from }ގެ ކިބައިން { $to }އާ ހަވާލުކުރި
console-handover-title = ބަދަލުގައި އަންނަ މީހާއާ ހަވާލުކުރުން
console-handover-help = ސިޓީއެއްގެ ވެރިން ބަދަލުވުމުން، ރިކުއެސްޓާއި އޭގެ ފަންޑުގެ އެޕްލިކޭޝަން ހަވާލުކުރެވެނީ އެ ސިޓީގައި މަސައްކަތް ބަލައިގަންނަ ޕްރެކްޓިޝަނަރާ. އެއަށްފަހު އެއީ އެމީހާގެ ރިކުއެސްޓެއް، އެމީހާގެ ފޯނުގައިވެސް؛ ކުރިން ހުރި މީހާއަށް އެ ދެން ނުފެންނާނެ.
console-handover-successor = ބަދަލުގައި އަންނަ މީހާގެ ޔޫޒަރނޭމް
console-handover-save = ހަވާލުކުރޭ
console-handover-done = { $successor }އާ ހަވާލުކުރެވިއްޖެ.

## Referrals

console-referral-title = ރެފަރކުރެވުނު ފަރާތްތައް
console-referral-to = ރިކުއެސްޓް ކުރި ފަރާތް ރެފަރކުރާނެ މީހާ
console-referral-note = އެމީހާ ހޮވި ސަބަބު، އެމީހާ ކިޔާނެ ކުރު ބަސްކޮޅަކުން
console-referral-save = ރެފަރކުރޭ
console-referral-done = ރެފަރކުރެވިއްޖެ. އެމީހާގެ ފޯނުން އެމީހާއާ ސުވާލުކުރެވޭނެ، އަދި ބަލައިގަތުމުން އެމީހާ ވާހަކަދެއްކުމުގައި ބައިވެރިވާނެ.
console-referral-outcome = އޭގެ ނަތީޖާ
console-referral-record = ނަތީޖާ ރެކޯޑުކުރޭ
console-referral-recorded = ނަތީޖާ ރެކޯޑުކުރެވިއްޖެ.
console-referral-status-offered = ސުވާލުކުރެވިއްޖެ
console-referral-status-accepted = ބަލައިގަނެފި
console-referral-status-declined = ރައްދުކޮށްފި
console-referral-status-closed = ބަންދުކޮށްފި

## Shared practice

console-practices-link = މެމްބަރުން ހިއްސާކުރި ތަޖުރިބާތައް
console-practices-title = މެމްބަރުން ހިއްސާކުރި ތަޖުރިބާތައް
console-practices-help = މެމްބަރުން އެމީހުންގެ ސިޓީތަކުން ހިއްސާކުރާ އެއްޗެހި ރިވިއުކުރޭ: އެމީހުންނާއެކު ބަދަލުކުރޭ، ނޯޓަކާއެކު އަނބުރާ ފޮނުވާ، ނުވަތަ އެމީހުންގެ ނަމާއި ސިޓީއާއެކު ލައިބްރަރީގައި ޝާއިޢުކުރޭ.
console-practices-empty = އަދި އެއްވެސް މެމްބަރަކު ތަޖުރިބާއެއް ހިއްސާއެއް ނުކުރޭ.
console-practices-by = ލިޔުއްވީ: { $author }، { $city }، { $country }
console-practices-note = ލިޔުއްވި ފަރާތަށް ނޯޓު
console-practices-edit = ލިޔުން ބަދަލުކުރޭ
console-practices-save = ރައްކާކުރޭ
console-practices-saved = ރައްކާކުރެވިއްޖެ.
console-practices-publish = ލައިބްރަރީގައި ޝާއިޢުކުރޭ
console-practices-published = ލައިބްރަރީގައި ޝާއިޢުކުރެވިއްޖެ.
console-practices-send-back = މި ނޯޓާއެކު އަނބުރާ ފޮނުވާ
console-practices-sent-back = ލިޔުއްވި ފަރާތަށް އަނބުރާ ފޮނުވިއްޖެ.
console-practices-field-title = ސުރުޚީ
console-practices-field-done = ކުރި ކަންތައް
console-practices-field-risk = އެއިން ޙައްލުކުރި ނުރައްކާ
console-practices-field-partners = އެ މަސައްކަތުގައި ބައިވެރިވި ފަރާތްތައް
console-practices-field-outcome = އޭގެ ނަތީޖާ
console-practices-field-contacts = ސުވާލުކުރެވޭނެ ފަރާތް
console-practices-stage-submitted = ރިވިއުކުރަންޖެހޭ
console-practices-stage-changes_requested = އަނބުރާ ފޮނުވާފައި
console-practices-stage-published = ލައިބްރަރީގައި
console-practices-stage-withdrawn = ލިޔުއްވި ފަރާތުން އަނބުރާ ނަގާފައި

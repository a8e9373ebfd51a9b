# The staff console: sign-in, queues, the request list, a request, the fund, people, reports
# and canned responses.
#
# $who, $name, $assignee: usernames (or "the hub", "the requester"); $when, $until, $opens,
# $closes: dates already written; $amount: money with its currency. Counts are numbers.

## The frame: the window, the header and what the console says while it starts

console-window-title = { -brand } කොන්සෝලය
# The window's title on a screen: the screen's name (a queue, a request's title, "Users").
console-title = { $screen } · { -brand } කොන්සෝලය
# The header's name, in two parts: the product's name, then a lighter "console".
console-brand-name = { -brand }
console-brand-console = කොන්සෝලය
console-loading = කොන්සෝලය පූරණය වෙමින්…
console-sign-out = ඉවත් වන්න
# The live feed from the hub: connected, or trying again.
console-live-on = සජීවී
console-live-off = නැවත සම්බන්ධ වෙමින්…
# The header's menu of languages, each listed in its own language.
console-language = භාෂාව
console-language-unavailable = එම භාෂාව පූරණය කළ නොහැකි විය. මධ්‍යස්ථානයට සම්බන්ධ විය හැකි විට නැවත උත්සාහ කරන්න.
# When the hub answers with an error and no words of its own.
console-hub-http = මධ්‍යස්ථානය HTTP { $status } ලෙස පිළිතුරු දුන්නා.
# A request's next deadline, when it is not a date.
console-due-paused = නවතා ඇත
console-due-overdue = කල් ඉකුත්
# Who did something, when it is not a member of staff.
console-who-hub = මධ්‍යස්ථානය
console-who-requester = ඉල්ලුම්කරු

## Signing in

console-signin-title = මධ්‍යස්ථාන කොන්සෝලයට පුරනය වන්න
console-signin-username = පරිශීලක නාමය
console-signin-password = මුරපදය
console-signin-submit = පුරනය වන්න
console-signin-mismatch = එම පරිශීලක නාමය සහ මුරපදය නොගැළපේ.
console-signin-practitioner = කොන්සෝලය මධ්‍යස්ථාන කාර්ය මණ්ඩලය සඳහායි. ක්ෂේත්‍ර නිලධාරීන් / හි ඇති ක්ෂේත්‍ර යෙදුම භාවිත කරයි.

## The side menu: queues, tools and people

console-queue-nav =
    .aria-label = පෝලිම්
console-queue-heading = පෝලිම්
console-queue-new = නව
console-queue-unassigned = පවරා නැති
console-queue-mine = මට පැවරූ
console-queue-waiting = ඉල්ලුම්කරුගේ පිළිතුර බලාපොරොත්තුවෙන්
console-queue-overdue = කල් ඉකුත්
console-queue-open = විවෘත සියල්ල
console-queue-all = සියල්ල
console-queue-tools = මෙවලම්
console-queue-canned = සූදානම් පිළිතුරු
console-queue-reports = වාර්තා
console-queue-fund = අරමුදල් වට
console-queue-people = පුද්ගලයින්
console-queue-users = පරිශීලකයින්
console-queue-audit = විගණන සටහන
console-queue-devices = ඔබගේ උපාංග

## The request list

console-list-requests = ඉල්ලීම්
console-list-search = සොයන්න
console-list-search-placeholder = මාතෘකා, විස්තර සහ පණිවිඩ සොයන්න (/)
console-list-city = නගරය
console-list-tag = ටැගය
# Each filter's first choice, which filters nothing.
console-list-any-kind = ඕනෑම වර්ගයක්
console-list-any-category = ඕනෑම කාණ්ඩයක්
console-list-any-country = ඕනෑම රටක්
console-list-any-priority = ඕනෑම ප්‍රමුඛතාවක්
console-list-any-status = ඕනෑම තත්ත්වයක්
console-list-anyone = ඕනෑම අයෙක්
console-list-unassigned = පවරා නැති
# The list's orders.
console-list-sort-newest = අලුත්ම ඒවා මුලින්
console-list-sort-oldest = පිළිවෙළ: පැරණිම
console-list-sort-updated = පිළිවෙළ: යාවත්කාලීන කළ
console-list-sort-due = පිළිවෙළ: නියමිත දිනය
console-list-sort-priority = පිළිවෙළ: ප්‍රමුඛතාව
console-list-loading = පූරණය වෙමින්…
console-list-empty = මෙහි කිසිවක් නැත.
console-list-column-request = ඉල්ලීම
console-list-column-place = ස්ථානය
console-list-column-status = තත්ත්වය
console-list-column-priority = ප්‍රමුඛතාව
console-list-column-assignee = භාරකරු
console-list-column-tags = ටැග්
console-list-column-due = නියමිත දිනය
console-list-column-filed = ලැබුණු දිනය
# A request's city and country code.
console-list-place = { $city }, { $country }
# Under the list: how many requests there are and which page shows.
console-list-total =
    { $count ->
        [one] ඉල්ලීම් { $count }
       *[other] ඉල්ලීම් { $count }
    }
console-list-page = පිටුව { $page } / { $pages }
console-list-previous = පෙර
console-list-next = ඊළඟ
# The keyboard's shortcuts, under the list. $key, $next, $previous are keys.
console-list-key-search = { $key } සොයන්න
console-list-key-move = { $next } { $previous } ගමන් කරන්න
console-list-key-open = { $key } විවෘත කරන්න
console-list-key-reply = { $key } පිළිතුරු දෙන්න
console-list-key-note = { $key } සටහන
console-list-key-back = { $key } ලැයිස්තුවට ආපසු

## One request

console-request-loading = මධ්‍යස්ථානයෙන් ඉල්ලීම පූරණය වෙමින්…
console-request-conversation = සංවාදය
console-request-history = ඉතිහාසය
console-request-access = එය බැලූ අය
console-request-access-someone = යමෙක්
console-request-access-empty = තවම කිසිවක් සටහන් වී නැත.
# Its place (city and country), and who filed it when ($who shows in bold).
console-request-place = { $city }, { $country }
console-request-filed = { $who } විසින් { $when } ඉදිරිපත් කළා
console-request-team-write = ඔවුන්ගේ නගර කණ්ඩායමට කියවීමට සහ සංස්කරණයට බෙදා ඇත
console-request-team-read = ඔවුන්ගේ නගර කණ්ඩායමට කියවීමට බෙදා ඇත
# $link is a link to the other request, reading the `link` attribute.
console-request-merged = { $link } අනුපිටපතක් ලෙස ඒකාබද්ධ කළා.
    .link = වෙනත් ඉල්ලීමක
# $fields lists the fields in words (see console-request-field-*).
console-request-conflicts = සම්බන්ධ නොවී සිටියදී උපාංග { $fields } වෙනස් ලෙස සකසා ඇත.
console-request-sync-hub = සියලු වෙනස්කම් මධ්‍යස්ථානයට ලැබී ඇත.
console-request-sync-sending = මෙහි කළ වෙනස්කම් මධ්‍යස්ථානය වෙත යමින් පවතී…
console-request-no-messages = තවම පණිවිඩ නැත.
# A message's head: who wrote it (in bold), where from, when.
console-request-from-hub = මධ්‍යස්ථානයේ පිළිතුර
console-request-from-field = ක්ෂේත්‍රයෙන්
# An internal note's head: $note is the `note` attribute, in bold.
console-request-note-head = { $who } ලියූ { $note }
    .note = අභ්‍යන්තර සටහන
console-request-note-private = ක්ෂේත්‍රයට කිසිදා නොපෙන්වේ

## One request: triage

console-request-triage = වර්ග කිරීම
console-request-triage-loading = පූරණය වෙමින්…
# Someone whose role reads but does not triage this kind of request. $role and $kind are codes.
console-request-triage-readonly =
    { $role ->
        [agent]
            { $kind ->
                [fund_query] සහාය නිලධාරියෙකුට අරමුදල් විමසීම් කියවිය හැකි නමුත් ඒවා වර්ග කළ නොහැක.
               *[other] සහාය නිලධාරියෙකුට උපකාර කවුළු ඉල්ලීම් කියවිය හැකි නමුත් ඒවා වර්ග කළ නොහැක.
            }
        [fund_manager]
            { $kind ->
                [fund_query] අරමුදල් කළමනාකරුවෙකුට අරමුදල් විමසීම් කියවිය හැකි නමුත් ඒවා වර්ග කළ නොහැක.
               *[other] අරමුදල් කළමනාකරුවෙකුට උපකාර කවුළු ඉල්ලීම් කියවිය හැකි නමුත් ඒවා වර්ග කළ නොහැක.
            }
        [admin]
            { $kind ->
                [fund_query] පරිපාලකයෙකුට අරමුදල් විමසීම් කියවිය හැකි නමුත් ඒවා වර්ග කළ නොහැක.
               *[other] පරිපාලකයෙකුට උපකාර කවුළු ඉල්ලීම් කියවිය හැකි නමුත් ඒවා වර්ග කළ නොහැක.
            }
       *[other]
            { $kind ->
                [fund_query] ඔබගේ භූමිකාවට අරමුදල් විමසීම් කියවිය හැකි නමුත් ඒවා වර්ග කළ නොහැක.
               *[other] ඔබගේ භූමිකාවට උපකාර කවුළු ඉල්ලීම් කියවිය හැකි නමුත් ඒවා වර්ග කළ නොහැක.
            }
    }
console-request-status = තත්ත්වය
console-request-apply = යොදන්න
console-request-resolution = විසඳුම් සටහන (වසා දැමීමට අවශ්‍යයි)
console-request-resolution-placeholder = එය විසඳුවේ කෙසේද?
console-request-priority = ප්‍රමුඛතාව
console-request-assignee = භාරකරු
console-request-unassigned = පවරා නැති
console-request-tags = ටැග්
console-request-tags-placeholder = ටැග්, කොමාවෙන් වෙන් කර
console-request-answer-by = පිළිතුරු දිය යුතු දිනය
console-request-duplicate-of = මෙය අනුපිටපතක් වන ඉල්ලීම
console-request-duplicate-placeholder = මුල් ඉල්ලීමේ අංකය
console-request-merge = අනුපිටපතක් ලෙස ඒකාබද්ධ කරන්න
console-request-no-such-request = එම අංකය සහිත ඉල්ලීමක් නැත.
console-request-saved = සුරැකුණා; මධ්‍යස්ථානයට යවමින්

## One request: service level

console-request-service-level = සේවා මට්ටම
# $due is the deadline's badge: a date, "Paused" or "Overdue".
console-request-next-deadline = ඊළඟ නියමිත කාලය: { $due }
console-request-first-answered = පළමු පිළිතුර { $when }
console-request-not-answered = තවම පිළිතුරු දී නැත

## One request: the composer

console-request-composer-message = පණිවිඩය
console-request-canned-label = සූදානම් පිළිතුරක් ඇතුළු කරන්න
console-request-canned-choose = සූදානම් පිළිතුරක් ඇතුළු කරන්න…
console-request-reply-tab = ඉල්ලුම්කරුට පිළිතුරු දෙන්න
console-request-note-tab = අභ්‍යන්තර සටහන
console-request-send-reply = පිළිතුර යවන්න
console-request-add-note = අභ්‍යන්තර සටහනක් එක් කරන්න
console-request-composer-not-allowed = ඔබගේ භූමිකාවට මෙවැනි ඉල්ලීම්වලට පිළිතුරු දිය නොහැක.
console-request-composer-reply = ඉල්ලුම්කරුට ලියන්න
console-request-composer-note = මෙය දකින්නේ මධ්‍යස්ථාන කාර්ය මණ්ඩලය පමණි

## One request: its history, one event a line

console-request-event-created = { $who } ඉල්ලීම ඉදිරිපත් කළා
# $fields lists the fields in words (see console-request-field-*).
console-request-event-edited = { $who } { $fields } වෙනස් කළා
console-request-event-replied = { $who } පිළිතුරු දුන්නා
console-request-event-replied-canned = { $who } පිළිතුරු දුන්නා (සූදානම් පිළිතුරකින්)
console-request-event-wrote = { $who } ලිව්වා
console-request-event-note = { $who } අභ්‍යන්තර සටහනක් එක් කළා
# $from and $to are statuses or priorities in words.
console-request-event-status = { $who } එය { $from } සිට { $to } දක්වා වෙනස් කළා
console-request-event-priority = { $who } ප්‍රමුඛතාව { $from } → { $to } ලෙස සැකසුවා
console-request-event-assigned = { $who } එය { $assignee } වෙත පැවරුවා
console-request-event-unassigned = { $who } පැවරීම ඉවත් කළා
# $tags are the tags added (+) and removed (−), as typed.
console-request-event-tags = { $who } ටැග් යෙදුවා: { $tags }
console-request-event-due = { $who } නියමිත දිනය { $when } ලෙස සැකසුවා
console-request-event-due-cleared = { $who } නියමිත දිනය ඉවත් කළා
console-request-event-resolution = { $who } විසඳුම් සටහන ලිව්වා
console-request-event-duplicate = { $who } එය අනුපිටපතක් ලෙස ඒකාබද්ධ කළා
console-request-event-viewed = { $who } එය විවෘත කළා
console-request-event-submitted = { $who } අයදුම්පත ඉදිරිපත් කළා
console-request-event-changes-requested = { $who } වෙනස්කම් සඳහා අයදුම්පත ආපසු යැවුවා
# $status is a fund application's status code.
console-request-event-application =
    { $status ->
        [submitted] { $who } අයදුම්පත ඉදිරිපත් කළ බව සටහන් කළා
        [under_review] { $who } අයදුම්පත සමාලෝචනය වෙමින් පවතින බව සටහන් කළා
        [changes_requested] { $who } අයදුම්පතට වෙනස්කම් ඉල්ලා ඇති බව සටහන් කළා
        [approved] { $who } අයදුම්පත අනුමත කළ බව සටහන් කළා
        [declined] { $who } අයදුම්පත ප්‍රතික්ෂේප කළ බව සටහන් කළා
       *[other] { $who } අයදුම්පතේ තත්ත්වය { $status } ලෙස සටහන් කළා
    }
console-request-event-conflict = { $who } අවශ්‍යතා ගැටුමක් ප්‍රකාශ කළා
# An event this console has no words for: $event is its code.
console-request-event-other = { $who }: { $event }
# A request's fields, as history events and conflicts name them inside a sentence.
console-request-field-title = මාතෘකාව
console-request-field-description = විස්තරය
console-request-field-category = කාණ්ඩය
console-request-field-country = රට
console-request-field-city = නගරය
console-request-field-application = අයදුම්පත

## The fund: an application's panel inside a fund query

console-fund-application = අරමුදල් අයදුම්පත
# A draft application's stage (the other stages are the status codes' words).
console-fund-draft = කෙටුම්පත, ඉදිරිපත් කර නැත
console-fund-no-round = වටයක් සඳහන් කර නැත
console-fund-cap = උපරිමය { $amount }
console-fund-approved-amount = අනුමත මුදල { $amount }
console-fund-requested = ඉල්ලූ මුදල { $amount }
# $name is an organisation's name as the applicant typed it.
console-fund-lead = ප්‍රධාන සංවිධානය: { $name }
console-fund-partner = හවුල්කරු: { $name }
# $text is what the applicant typed.
console-fund-objectives = අරමුණු: { $text }
console-fund-risks = තක්සේරු කළ අවදානම්: { $text }
console-fund-mitigation = අවම කිරීම: { $text }
console-fund-partners = හවුල්කරුවන් සහ සම්පත්: { $text }
console-fund-timeline = කාලසටහන: { $text }
# $milestones lists the milestones; each is a name as typed and its due date (YYYY-MM-DD).
console-fund-milestones = සන්ධිස්ථාන: { $milestones }
console-fund-milestone = { $name } (නියමිත දිනය { $due })
console-fund-column-category = කාණ්ඩය
console-fund-column-line = අයිතමය
console-fund-column-quantity = ප්‍රමාණය
console-fund-column-unit = ඒකක මිල
console-fund-column-total = එකතුව

## The fund: review and decision

console-fund-conflicted = ඔබ මෙම අයදුම්පත සම්බන්ධයෙන් අවශ්‍යතා ගැටුමක් ප්‍රකාශ කර ඇත: ඔබට සමාලෝචන හෝ ලකුණු නොපෙනෙන අතර එය තීරණය කළ නොහැක.
console-fund-review = සමාලෝචනය
# $conflicts lists who declared a conflict, each as console-fund-conflict.
console-fund-conflicts = ප්‍රකාශ කළ ගැටුම්: { $conflicts }
# $reason is the reason as typed.
console-fund-conflict = { $who } ({ $reason })
# A scoring criterion of the round, as typed when the round was set up, and its scale.
console-fund-criterion = { $criterion } (0–5)
console-fund-save-review = මගේ සමාලෝචනය සුරකින්න
# A reviewer's scores, as a list of numbers.
console-fund-scores = { $who }: { $scores }
console-fund-comment-placeholder = අරමුදල් කළමනාකරුවන් සඳහා අභ්‍යන්තර අදහස
console-fund-add-comment = අභ්‍යන්තර අදහසක් එක් කරන්න
console-fund-decision = තීරණය
console-fund-decided = තීරණය කළා.
console-fund-changes-placeholder = අයදුම්කරු වෙනස් කළ යුතු දේ (එය ඔවුන්ට පිළිතුරක් ලෙස ලැබේ)
console-fund-ask-changes = වෙනස්කම් ඉල්ලන්න
# The example amount is read as typed: keep its digits and separators.
console-fund-approve-placeholder = මුදල, උදා. 8,500
console-fund-approve = අනුමත කරන්න
console-fund-decline-placeholder = ප්‍රතික්ෂේප කරන හේතුව
console-fund-decline = ප්‍රතික්ෂේප කරන්න
console-fund-waiting = අයදුම්කරු ඉදිරිපත් කරන තෙක් බලාපොරොත්තුවෙන්.
console-fund-conflict-prompt = ඔබට අවශ්‍යතා ගැටුමක් ඇත්තේ ඇයි? (වාර්තාව සඳහා තබා ගනී)
console-fund-declare-conflict = අවශ්‍යතා ගැටුමක් ප්‍රකාශ කරන්න
# An amount typed that cannot be read; keep the example's digits and separators.
console-fund-not-an-amount = බිංදුවට වැඩි මුදලක් ඇතුළත් කරන්න, උදා. 12,500.00.

## The fund: a grant and its tranches

console-fund-grant = ප්‍රදානය
console-fund-grant-approved = අනුමත මුදල { $amount }
console-fund-grant-paid = ගෙවූ මුදල { $amount }
console-fund-grant-closed = වසා දැමුවේ { $when }
# A progress report's head; $final is "yes" for the final report. $milestone is its name as typed.
console-fund-report-head =
    { $final ->
        [yes] අවසාන වාර්තාව: { $milestone }
       *[other] ප්‍රගති වාර්තාව: { $milestone }
    }
console-fund-tranche-placeholder = මුදල
console-fund-tranche-label = { $milestone } සඳහා වාරිකය
console-fund-pay-tranche = වාරිකය ගෙවන්න

## The fund: rounds

console-fund-rounds = අරමුදල් වට
console-fund-rounds-empty = තවම වට නැත.
console-fund-round-dates = { $opens } සිට { $closes } දක්වා
console-fund-ledger = ලෙජරය (CSV)
console-fund-round-edit = වෙනස් කරන්න හෝ වසන්න
console-fund-round-new = වටයක් සකසන්න
# $name is the round's name as typed.
console-fund-round-change = { $name } වෙනස් කරන්න
console-fund-round-name = නම
console-fund-round-currency = මුදල් ඒකකය
console-fund-round-pool = මුළු අරමුදල
console-fund-round-cap = ප්‍රදානයකට උපරිමය
console-fund-round-opens = විවෘත වන දිනය
console-fund-round-closes = වැසෙන දිනය
console-fund-round-eligibility = සුදුසුකම් ලැයිස්තුව (පේළියකට එකක්)
console-fund-round-criteria = ලකුණු දීමේ නිර්ණායක (පේළියකට එකක්)
console-fund-round-attachments = අවශ්‍ය ඇමුණුම් (පේළියකට එකක්)
console-fund-round-create = වටය සකසන්න
console-fund-round-save = වටය සුරකින්න
console-fund-round-created = වටය සකසා ඇත
console-fund-round-saved = වටය සුරැකුණා
# A round's money as a chart: each bar's name, and each bar read out with its amount.
console-fund-chart-pool = මුළු අරමුදල
console-fund-chart-committed = වෙන් කළ
console-fund-chart-disbursed = ගෙවා ඇති
console-fund-chart-remaining = ඉතිරි
console-fund-chart-fact = { $name }: { $amount }

## People: users

console-people-users = පරිශීලකයින්
console-people-username = පරිශීලක නාමය
console-people-password = මුරපදය
console-people-role = භූමිකාව
console-people-country = රට
console-people-city = නගරය
console-people-countries = භාර රටවල්
# What an empty list of countries means.
console-people-countries-all = සියල්ල
# The language the apps speak to the person; a dash means their device's.
console-people-language = භාෂාව
console-people-status = තත්ත්වය
# An error from the hub about one field: the field in words, and the hub's words.
console-people-field-error = { $field }: { $message }
console-people-you = (ඔබ)
console-people-active = සක්‍රියයි
console-people-deactivated = අක්‍රිය කර ඇත
console-people-save = සුරකින්න
console-people-saved = { $name } සුරැකුණා
console-people-deactivate = අක්‍රිය කරන්න
console-people-reactivate = නැවත සක්‍රිය කරන්න
console-people-deactivate-confirm = { $name } අක්‍රිය කරන්නද? ඔවුන්ගේ සියලු උපාංග වහාම ඉවත් කෙරේ.
console-people-deactivated-toast = { $name } අක්‍රිය කළා
console-people-reactivated-toast = { $name } නැවත සක්‍රිය කළා
console-people-reset = මුරපදය යළි සකසන්න
console-people-reset-code = { $name } සඳහා එක් වරක් පමණක් භාවිත කළ හැකි කේතය ({ $until } දක්වා වලංගුයි):
console-people-reset-code-note = එය දුරකථනයෙන් හෝ සෘජුවම ඔවුන්ට දෙන්න. එය නැවත නොපෙන්වේ. පුරනය වන විට ඔවුන් එයින් නව මුරපදයක් සකසයි.
console-people-done = හරි
console-people-data = දත්ත…
console-people-data-about = { $name } ගැන දත්ත
console-people-devices = උපාංග
console-people-add-title = පරිශීලකයෙකු එක් කරන්න
console-people-add = එක් කරන්න
console-people-added = { $name } එක් කළා

## People: a person's data

console-people-export = ඔවුන්ගේ දත්ත බාගන්න
console-people-export-text = මධ්‍යස්ථානය ඔවුන් ගැන තබා ඇති සියල්ල, එක් JSON ගොනුවක් ලෙස: ඔවුන්ගේ ගිණුම සහ උපාංග, ඔවුන් ඉදිරිපත් කළ ඉල්ලීම් සහ ඒවායේ ඉතිහාසය, වෙනත් ඉල්ලීම්වල ඔවුන් ලියූ දේ, සහ විගණන සටහන්. මෙම බාගැනීම විගණන සටහනේ සටහන් වේ.
console-people-erase-text = ඔවුන්ගේ ඉල්ලීම මත මකා දැමීම: ඔවුන් ඉදිරිපත් කළ සියලු ඉල්ලීම් නිර්නාමික කෙරේ, වෙනත් ඉල්ලීම්වලින් ඔවුන්ගේ වචන ඉවත් කෙරේ, ඔවුන්ගේ ගිණුම හිස් කර අක්‍රිය කෙරේ, සහ ඔවුන්ගේ උපාංග ඉවත් කර හිස් කෙරේ. මෙය ආපසු හැරවිය නොහැක.
console-people-erase-confirm = තහවුරු කිරීමට { $name } ටයිප් කරන්න
console-people-erase = මකන්න
console-people-erased =
    { $rewritten ->
        [one] මකා දැමුවා: ඔවුන්ගේ ඉල්ලීම් { $anonymised }ක් නිර්නාමික කළා, තවත් ඉල්ලීම් { $rewritten }කින් ඔවුන්ගේ වචන ඉවත් කළා.
       *[other] මකා දැමුවා: ඔවුන්ගේ ඉල්ලීම් { $anonymised }ක් නිර්නාමික කළා, තවත් ඉල්ලීම් { $rewritten }කින් ඔවුන්ගේ වචන ඉවත් කළා.
    }
console-people-close = වසන්න

## People: devices

console-people-your-devices = ඔබගේ උපාංග
console-people-their-devices = ඔවුන්ගේ උපාංග
console-people-devices-text = සෑම පුරනය වීමක්ම උපාංගයකි. නැති වූ හෝ තවදුරටත් භාවිත නොකරන උපාංගයක් අවලංගු කරන්න: එය වහාම ඉවත් කෙරෙන අතර, ඊළඟට සම්බන්ධ වූ විට එහි ඇති දේ මකා දමයි.
console-people-device-name = නම
console-people-device-platform = වේදිකාව
console-people-device-signed-in = පුරනය වූයේ
console-people-device-last-seen = අවසන් වරට දුටුවේ
console-people-device-last-sync = අවසන් සමමුහුර්තය
console-people-no-devices = උපාංග නැත.
# $name is the device's name.
console-people-revoke-confirm = "{ $name }" අවලංගු කරන්නද? එය වහාම ඉවත් කෙරේ.
console-people-revoke = අවලංගු කරන්න
console-people-revoked-toast = අවලංගු කළා
console-people-revoked = අවලංගු කළේ { $when }

## People: the audit log

console-people-audit = විගණන සටහන
console-people-audit-person = පුද්ගලයා
console-people-audit-everyone = සියලු දෙනා
console-people-audit-action = ක්‍රියාව
console-people-audit-every-action = සියලු ක්‍රියා
console-people-audit-since = සිට
console-people-audit-request-id = ඉල්ලීම් අංකය
console-people-audit-show = පෙන්වන්න
console-people-audit-download = CSV බාගන්න
console-people-audit-older = පැරණි
console-people-audit-when = කවදා
console-people-audit-what = කුමක්
console-people-audit-who = කවුද
console-people-audit-device = උපාංගය
console-people-audit-about = කුමක් ගැනද
console-people-audit-detail = විස්තර
console-people-audit-empty = මෙම පෙරහන් සඳහා කිසිවක් සටහන් වී නැත.
console-people-audit-a-request = ඉල්ලීමක්
console-people-audit-command-line = විධාන පෙළ
console-people-audit-unknown = නොදනී

## Reports

console-reports-title = වාර්තා
console-reports-from = ආරම්භ දිනය
console-reports-to = අවසාන දිනය
console-reports-show = පෙන්වන්න
console-reports-download = CSV බාගන්න
# $total is $count, written in bold.
console-reports-total =
    { $count ->
        [one] ලැබුණු ඉල්ලීම්: { $total }
       *[other] ලැබුණු ඉල්ලීම්: { $total }
    }
# $duration is a span of time (console-reports-minutes, -hours, -days).
console-reports-first-answer = පළමු පිළිතුරට මධ්‍ය කාලය: { $duration } (පිළිතුරු දුන් ඒවා { $answered })
console-reports-resolution = විසඳීමට මධ්‍ය කාලය: { $duration } (විසඳූ ඒවා { $resolved })
console-reports-minutes = මිනි. { $minutes }
console-reports-hours = පැය { NUMBER($hours, minimumFractionDigits: 1, maximumFractionDigits: 1) }
console-reports-days =
    { NUMBER($days, minimumFractionDigits: 1, maximumFractionDigits: 1) ->
        [one] දින { NUMBER($days, minimumFractionDigits: 1, maximumFractionDigits: 1) }
       *[other] දින { NUMBER($days, minimumFractionDigits: 1, maximumFractionDigits: 1) }
    }
console-reports-by-status = තත්ත්වය අනුව
console-reports-by-kind = වර්ගය අනුව
console-reports-by-country = රට අනුව
console-reports-by-category = කාණ්ඩය අනුව
console-reports-by-assignee = භාරකරු අනුව
console-reports-none = මෙම කාල පරාසයේ කිසිවක් නැත.
console-reports-unassigned = පවරා නැති
# A chart's bar read out: what it counts and how many.
console-reports-chart-fact = { $name }: { $count }

## Canned responses

console-canned-title = සූදානම් පිළිතුරු
console-canned-empty = තවම සූදානම් පිළිතුරු නැත.
console-canned-new = නව සූදානම් පිළිතුර
# A new card for the same canned response in another language; $title is the response's title.
console-canned-new-version = { $title } වෙනත් භාෂාවකින්
console-canned-add-version = වෙනත් භාෂාවකින් එක් කරන්න
console-canned-field-title = මාතෘකාව
console-canned-field-language = භාෂාව
console-canned-field-language-codes = භාෂාව (en, bn, hi, ur, si, ta, dv, ne)
console-canned-field-text = පෙළ
console-canned-save = සුරකින්න
console-canned-add = එක් කරන්න
console-canned-remove = ඉවත් කරන්න
console-canned-saved = සුරැකුණා
console-canned-added = එක් කළා
console-canned-removed = ඉවත් කළා

## Codes only the console shows: the audit log's actions and the details some carry

code-sign_in = පුරනය වුණා
code-sign_in_failed = පුරනය ප්‍රතික්ෂේප විය
code-sign_out = ඉවත් වුණා
code-device_revoked = උපාංගය අවලංගු කළා
code-user_created = පරිශීලකයා එක් කළා
code-user_changed = පරිශීලකයා වෙනස් කළා
code-user_deactivated = පරිශීලකයා අක්‍රිය කළා
code-user_reactivated = පරිශීලකයා නැවත සක්‍රිය කළා
code-reset_code_issued = යළි සැකසීමේ කේතය නිකුත් කළා
code-password_reset = යළි සැකසීමේ කේතයෙන් මුරපදය සැකසුවා
code-export = අපනයනය කළා
code-person_erased = පුද්ගලයා මකා දැමුවා
code-request_anonymised = ඉල්ලීම නිර්නාමික කළා
code-request_viewed = ඉල්ලීම බැලුවා
# Why a sign-in was refused.
code-wrong_password = වැරදි මුරපදය
code-unknown_user = නොදන්නා පරිශීලක නාමය
code-throttled = උත්සාහයන් ඉතා වැඩියි
code-deactivated = ගිණුම අක්‍රිය කර ඇත
code-bad_reset_code = වැරදි හෝ කල් ඉකුත් වූ යළි සැකසීමේ කේතය
# Why a request was anonymised.
code-retention = රඳවා තබා ගැනීමේ කාලය ඉකුත් විය
code-erasure = එහි ඉල්ලුම්කරු මකා දමා ඇත
# What was exported, or which part of a request was read.
code-requests = ඉල්ලීම්
code-audit = විගණන සටහන
code-ledger = අරමුදල් ලෙජරය
code-person = පුද්ගලයෙකුගේ දත්ත
code-review = අරමුදල් සමාලෝචනය
# Who acted when no person did.
code-command_line = විධාන පෙළ

## Events: trainings, workshops, dialogues and exchange visits the hub runs.
console-queue-events = වැඩසටහන්
console-events-title = වැඩසටහන්
console-events-empty = ඉදිරියට කිසිදු වැඩසටහනක් නැත. ඉහත පෝරමයෙන් එකක් ප්‍රකාශයට පත් කරන්න.
console-events-new = වැඩසටහනක් ප්‍රකාශයට පත් කරන්න
console-events-publish = ප්‍රකාශයට පත් කරන්න
console-events-published = වැඩසටහන ප්‍රකාශයට පත් කළා.
console-event-seats = ආසන { $seats }න් { $admitted }ක් පිරී ඇත · { $waiting } දෙනෙක් බලාපොරොත්තුවෙන්
console-event-kind-training = පුහුණුව
console-event-kind-workshop = වැඩමුළුව
console-event-kind-dialogue = සංවාදය
console-event-kind-exchange_visit = අත්දැකීම් හුවමාරු චාරිකාව
console-event-mode-in_person = සෘජුවම පැමිණ
console-event-mode-online = මාර්ගගතව
console-event-field-title = මාතෘකාව
console-event-field-kind = වැඩසටහනේ වර්ගය
console-event-field-starts = ආරම්භ වන වේලාව
console-event-field-ends = අවසන් වන වේලාව
console-event-field-seats = ආසන
console-event-field-mode = පැවැත්වෙන ආකාරය
console-event-field-place = ස්ථානය, සෘජුවම පැවැත්වෙන වැඩසටහනක් සඳහා
console-event-field-link = සම්බන්ධ වීමට සබැඳිය, මාර්ගගත වැඩසටහනක් සඳහා
console-event-field-language = පවත්වන භාෂාව (bn වැනි කේතයක්)
console-event-field-description = එය කුමක් ගැනද, කා සඳහාද යන්න
console-event-registrations = ලියාපදිංචි කිරීම්
console-event-registrations-empty = තවම කිසිවෙකු ලියාපදිංචි වී නැත.
console-event-column-person = පුද්ගලයා
console-event-column-status = තත්ත්වය
console-event-column-attended = සහභාගී විය
console-event-status-admitted = ආසනයක් ලැබී ඇත
console-event-status-waiting = ආසනයක් සඳහා බලාපොරොත්තුවෙන්
console-event-attendance-saved = සහභාගීත්වය සුරැකුණා.

## Filing a request for a practitioner (it came by phone, message, email or in person)

console-queue-intake = ක්ෂේත්‍ර නිලධාරියෙකු වෙනුවෙන් ඉදිරිපත් කරන්න
console-intake-title = ක්ෂේත්‍ර නිලධාරියෙකු වෙනුවෙන් ඉල්ලීමක් ඉදිරිපත් කරන්න
console-intake-help = දුරකථනයෙන්, පණිවිඩයකින්, ඊමේල් මගින් හෝ සෘජුවම මධ්‍යස්ථානයට ලැබුණු ඉල්ලීමක් සඳහා. ක්ෂේත්‍ර නිලධාරියා එහි ඉල්ලුම්කරු වන අතර, එය ඔවුන්ගේ දුරකථනයේ පෙනේ.
console-intake-requester = ක්ෂේත්‍ර නිලධාරී
# $name is the practitioner's username.
console-intake-picked = { $name } වෙනුවෙන් ඉදිරිපත් කරමින්
console-intake-nobody = ඔබගේ රටවල ගැළපෙන ක්ෂේත්‍ර නිලධාරියෙකු නැත.
# The empty first choice of a list.
console-intake-choose = තෝරන්න…
console-intake-choose-person = මෙම ඉල්ලීම කුමන ක්ෂේත්‍ර නිලධාරියා සඳහාදැයි තෝරන්න.
console-intake-channel = මධ්‍යස්ථානයට ලැබුණු ආකාරය
console-intake-kind = ඉල්ලීමේ වර්ගය
console-intake-field-title = මාතෘකාව
console-intake-description = ඔවුන්ට අවශ්‍ය දේ
console-intake-category = තේමාව
console-intake-country = රට
console-intake-city = නගරය
console-intake-file = ඉල්ලීම ඉදිරිපත් කරන්න
console-intake-filed = { $name } වෙනුවෙන් ඉදිරිපත් කළා.
# On a request's page: $who is the staff member who filed it, $channel how it reached them.
console-request-intake = { $who } විසින් ඉදිරිපත් කළා ({ $channel })

## The guidance library, run from the console

console-queue-library = මාර්ගෝපදේශ පුස්තකාලය
console-library-title = මාර්ගෝපදේශ පුස්තකාලය
console-library-help = ක්ෂේත්‍ර නිලධාරීන් තම දුරකථනවලින් කියවන දේ, නොබැඳිව ද. දුරකථන සමමුහුර්ත වන විට වෙනස්කම් ඒවාට ලැබේ.
console-library-new = නව අයිතමයක් ලියන්න
console-library-empty = පුස්තකාලයේ තවම කිසිවක් නැත.
console-library-retired = ඉවත් කර ඇත
console-library-edit = වෙනස් කරන්න
console-library-retire = ඉවත් කරන්න
console-library-restore = නැවත ඇතුළත් කරන්න
console-library-translate = වෙනත් භාෂාවක් එක් කරන්න
console-library-retired-done = ඉවත් කළා: දුරකථනවල එය තවදුරටත් නොපෙන්වේ.
console-library-restored = පුස්තකාලයට නැවත ඇතුළත් කළා.
# $title is the version's title.
console-library-editing = “{ $title }” වෙනස් කිරීම
console-library-translating = “{ $title }” වෙනත් භාෂාවකින්
console-library-field-title = මාතෘකාව
console-library-field-summary = සාරාංශය (වාක්‍ය එකක් හෝ දෙකක්)
console-library-field-body = පෙළ
console-library-field-topic = තේමාව
console-library-field-language = භාෂාව (en, bn හෝ ur වැනි කේතයක්)
console-library-save = වෙනස සුරකින්න
console-library-publish = ප්‍රකාශයට පත් කරන්න
console-library-cancel = අවලංගු කරන්න
console-library-saved = සුරැකුණා. දුරකථන සමමුහුර්ත වන විට එය ලැබේ.
console-library-published = පුස්තකාලයේ ප්‍රකාශයට පත් කළා.

## Feedback on events, from the people who attended

console-feedback-title = වැඩසටහන් පිළිබඳ ප්‍රතිචාර
console-feedback-back = වැඩසටහන් වෙත ආපසු
console-feedback-csv = සියලු පිළිතුරු බාගන්න (CSV)
console-feedback-empty = තවම ප්‍රතිචාර නැත. වැඩසටහනක් අවසන් වූ පසු සහභාගී වූ අයගෙන් ප්‍රතිචාර විමසනු ලැබේ.
console-feedback-by-month = මාසය අනුව
console-feedback-by-event = වැඩසටහන අනුව
console-feedback-by-city = නගරය අනුව
console-feedback-event = වැඩසටහන
console-feedback-city = නගරය
console-feedback-answers = පිළිතුරු
console-feedback-rating = වැඩසටහන කෙසේ වීද (5න්)
console-feedback-usefulness = කොතරම් ප්‍රයෝජනවත්ද (5න්)
console-feedback-comments = ඔවුන් එක් කළ දේ
console-feedback-chart = මාසිකව සාමාන්‍ය ලකුණු
console-feedback-answers-count = { $count ->
    [one] පිළිතුරු { $count }ක්
   *[other] පිළිතුරු { $count }ක්
  }

## The directory

console-queue-directory = නාමාවලිය
console-directory-title = නගර ජාලයේ නාමාවලිය
console-directory-help = සාමාජික නගර සහ උදව් කළ හැකි පුද්ගලයින්. ඔබගේ රටවල ඇතුළත් කිරීම් ඔබ වෙනස් කරයි; තමන් ගැන අන් අයට පෙනෙන දේ එක් එක් පුද්ගලයා තම දුරකථනයෙන් තෝරයි.
console-directory-cities = සාමාජික නගර
console-directory-people = පුද්ගලයින්
console-directory-new-city = නගරයක් එක් කරන්න
console-directory-new-person = පුද්ගලයෙකු එක් කරන්න
console-directory-no-cities = තවම සාමාජික නගර නැත.
console-directory-no-people = තවම කිසිවෙකු ලැයිස්තුගත කර නැත.
console-directory-edit = වෙනස් කරන්න
console-directory-editing = { $name } වෙනස් කිරීම
console-directory-save = සුරකින්න
console-directory-saved = නාමාවලියේ සුරැකුණා.
console-directory-hidden = අන් අයට සඟවා ඇත
console-directory-unlisted = ලැයිස්තුගත කර නැත
console-directory-updated = වෙනස් කළේ { $when }
console-directory-field-country = රට
console-directory-field-city = නගරය
console-directory-field-status = ජාලයේ තත්ත්වය
console-directory-field-since = කවර දින සිටද
console-directory-field-focal = සම්බන්ධීකරණ නිලධාරීන්
console-directory-usernames = ඔවුන්ගේ පරිශීලක නාම, කොමා මගින් වෙන් කර.
console-directory-field-user = පරිශීලක නාමය
console-directory-user-help = ලැයිස්තුගත කළ යුතු පුද්ගලයාගේ ගිණුම: ඔවුන් එයින් පුරනය වී අන් අයට පෙනෙන දේ තෝරයි.
console-directory-field-name = අන් අයට පෙනෙන නම
console-directory-field-kind = ඔවුන් ලබා දෙන දේ
console-directory-languages-help = කොමා මගින් වෙන් කළ භාෂා කේත, උදා. bn, ta, ur.
console-directory-commas = කොමා මගින් වෙන් කර.
console-directory-listed = නාමාවලියේ ලැයිස්තුගත කර ඇත
console-directory-shown-note = පුද්ගලයා වෙනත් ලෙස තෝරන තෙක්, නව ඇතුළත් කිරීම්වල ඊමේල් සහ දුරකථනය හැර අනෙක් සියල්ල පෙන්වයි.

## Cities' needs

console-queue-needs = නගරවල අවශ්‍යතා
console-needs-title = සාමාජික නගරවල අවශ්‍යතා
console-needs-help = සාමාජික නගර එක් එක් කාර්තුවේ තමන්ට අවශ්‍ය යැයි පැවසූ දේ, රට අනුව එකතු කර; සහ ඉල්ලීම්, ඒවායේ නගර සේවය කරන ප්‍රජා කණ්ඩායම් අනුව වෙන් කර.
console-needs-csv = CSV බාගන්න
console-needs-empty = තවම කිසිදු නගරයක් තමන්ට අවශ්‍ය දේ පවසා නැත.
console-needs-by-group = නගරය සේවය කරන ප්‍රජා කණ්ඩායම් අනුව ඉල්ලීම්
console-needs-by-group-help = නගරයේ නවතම තක්සේරුව අනුව, ඉල්ලීමක් එම නගරය සේවය කරන සෑම කණ්ඩායමක් යටතේම ගණන් ගැනේ.
console-needs-requests = ඉල්ලීම්
console-needs-open = තවමත් විවෘත
console-needs-unassessed = තවම නොපැවසූ නගර
console-needs-latest = එක් එක් නගරයේ නවතම පිළිතුරු
console-needs-period = කාර්තුව
console-needs-cities = නගර
console-needs-urgent-count = ඉහළ { $high }, මධ්‍යම { $medium }
console-needs-chart = එක් එක් අංශයේ අවශ්‍යතාවේ සාමාන්‍ය හදිසිභාවය, කාර්තුව අනුව (0 නැත සිට 3 ඉහළ දක්වා)

## Handing a request to a successor

console-request-event-handed-over = { $who } ඉල්ලීම { $from } වෙතින් { $to } වෙත භාර දුන්නා
console-handover-title = අනුප්‍රාප්තිකයාට භාර දෙන්න
console-handover-help = නගරයක නායකත්වය වෙනස් වූ විට, ඉල්ලීම සහ එහි අරමුදල් අයදුම්පත එම නගරයේම වගකීම භාර ගන්නා ක්ෂේත්‍ර නිලධාරියා වෙත යයි. එතැන් සිට එය ඔවුන්ගේ වන අතර, ඔවුන්ගේ දුරකථනයේ ද පෙනේ; පෙර සිටි නිලධාරියාට එය තවදුරටත් නොපෙනේ.
console-handover-successor = අනුප්‍රාප්තිකයාගේ පරිශීලක නාමය
console-handover-save = භාර දෙන්න
console-handover-done = { $successor } වෙත භාර දුන්නා.

## Referrals

console-referral-title = යොමු කළ අය
console-referral-to = ඉල්ලුම්කරු යොමු කළ යුතු පුද්ගලයා
console-referral-note = ඔවුන්ම ඇයි, ඔවුන් කියවන වචන කිහිපයකින්
console-referral-save = යොමු කරන්න
console-referral-done = යොමු කළා. ඔවුන්ගේ දුරකථනයෙන් ඔවුන්ගෙන් විමසනු ලබන අතර, පිළිගත් පසු ඔවුන් සංවාදයට එක් වේ.
console-referral-outcome = එහි ප්‍රතිඵලය
console-referral-record = ප්‍රතිඵලය සටහන් කරන්න
console-referral-recorded = ප්‍රතිඵලය සටහන් කළා.
console-referral-status-offered = විමසා ඇත
console-referral-status-accepted = පිළිගත්තා
console-referral-status-declined = ප්‍රතික්ෂේප කළා
console-referral-status-closed = වසා ඇත

## Shared practice

console-practices-link = සාමාජිකයින් බෙදා ගත් පිළිවෙත්
console-practices-title = සාමාජිකයින් බෙදා ගත් පිළිවෙත්
console-practices-help = සාමාජිකයින් තම නගරවලින් බෙදා ගන්නා දේ සමාලෝචනය කරන්න: ඔවුන් සමඟ එය වෙනස් කරන්න, සටහනක් සමඟ ආපසු යවන්න, නැතහොත් ඔවුන්ගේ නම සහ නගරය සමඟ පුස්තකාලයේ ප්‍රකාශයට පත් කරන්න.
console-practices-empty = තවම කිසිදු සාමාජිකයෙකු පිළිවෙතක් බෙදා ගෙන නැත.
console-practices-by = කතෘ: { $author }, { $city }, { $country }
console-practices-note = කතෘට සටහන
console-practices-edit = පෙළ වෙනස් කරන්න
console-practices-save = සුරකින්න
console-practices-saved = සුරැකුණා.
console-practices-publish = පුස්තකාලයේ ප්‍රකාශයට පත් කරන්න
console-practices-published = පුස්තකාලයේ ප්‍රකාශයට පත් කළා.
console-practices-send-back = මෙම සටහන සමඟ ආපසු යවන්න
console-practices-sent-back = කතෘට ආපසු යැව්වා.
console-practices-field-title = මාතෘකාව
console-practices-field-done = කළ දේ
console-practices-field-risk = එයින් පිළියම් යෙදූ අවදානම
console-practices-field-partners = එහි වැඩ කළ අය
console-practices-field-outcome = එහි ප්‍රතිඵලය
console-practices-field-contacts = විමසිය යුත්තේ කාගෙන්ද
console-practices-stage-submitted = සමාලෝචනයට ඇත
console-practices-stage-changes_requested = ආපසු යවා ඇත
console-practices-stage-published = පුස්තකාලයේ ඇත
console-practices-stage-withdrawn = කතෘ ආපසු ගෙන ඇත

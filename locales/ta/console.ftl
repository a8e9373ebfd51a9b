# The staff console: sign-in, queues, the request list, a request, the fund, people, reports
# and canned responses.
#
# $who, $name, $assignee: usernames (or "the hub", "the requester"); $when, $until, $opens,
# $closes: dates already written; $amount: money with its currency. Counts are numbers.

## The frame: the window, the header and what the console says while it starts

console-window-title = { -brand } கன்சோல்
# The window's title on a screen: the screen's name (a queue, a request's title, "Users").
console-title = { $screen } · { -brand } கன்சோல்
# The header's name, in two parts: the product's name, then a lighter "console".
console-brand-name = { -brand }
console-brand-console = கன்சோல்
console-loading = கன்சோல் ஏற்றப்படுகிறது…
console-sign-out = வெளியேறு
# The live feed from the hub: connected, or trying again.
console-live-on = நேரலை
console-live-off = மீண்டும் இணைக்கிறது…
# The header's menu of languages, each listed in its own language.
console-language = மொழி
console-language-unavailable = அந்த மொழியை ஏற்ற முடியவில்லை. மையத்துடன் இணைப்பு கிடைக்கும்போது மீண்டும் முயலுங்கள்.
# When the hub answers with an error and no words of its own.
console-hub-http = மையம் HTTP { $status } என்று பதிலளித்தது.
# A request's next deadline, when it is not a date.
console-due-paused = நிறுத்திவைக்கப்பட்டது
console-due-overdue = கெடு தாண்டியது
# Who did something, when it is not a member of staff.
console-who-hub = மையம்
console-who-requester = கோரிக்கையாளர்

## Signing in

console-signin-title = மையக் கன்சோலில் உள்நுழையுங்கள்
console-signin-username = பயனர் பெயர்
console-signin-password = கடவுச்சொல்
console-signin-submit = உள்நுழை
console-signin-mismatch = அந்தப் பயனர் பெயரும் கடவுச்சொல்லும் பொருந்தவில்லை.
console-signin-practitioner = இந்தக் கன்சோல் மைய ஊழியர்களுக்கானது. களப் பணியாளர்கள் / இல் உள்ள களச் செயலியைப் பயன்படுத்துவார்கள்.

## The side menu: queues, tools and people

console-queue-nav =
    .aria-label = வரிசைகள்
console-queue-heading = வரிசைகள்
console-queue-new = புதியவை
console-queue-unassigned = ஒதுக்கப்படாதவை
console-queue-mine = எனக்கானவை
console-queue-waiting = கோரிக்கையாளருக்காகக் காத்திருப்பவை
console-queue-overdue = கெடு தாண்டியவை
console-queue-open = திறந்தவை அனைத்தும்
console-queue-all = அனைத்தும்
console-queue-tools = கருவிகள்
console-queue-canned = ஆயத்தப் பதில்கள்
console-queue-reports = அறிக்கைகள்
console-queue-fund = நிதிச் சுற்றுகள்
console-queue-people = நபர்கள்
console-queue-users = பயனர்கள்
console-queue-audit = தணிக்கைப் பதிவு
console-queue-devices = உங்கள் சாதனங்கள்

## The request list

console-list-requests = கோரிக்கைகள்
console-list-search = தேடு
console-list-search-placeholder = தலைப்புகள், விவரங்கள், செய்திகளில் தேடுங்கள் (/)
console-list-city = நகரம்
console-list-tag = குறிச்சொல்
# Each filter's first choice, which filters nothing.
console-list-any-kind = எந்த வகையும்
console-list-any-category = எந்தப் பிரிவும்
console-list-any-country = எந்த நாடும்
console-list-any-priority = எந்த முன்னுரிமையும்
console-list-any-status = எந்த நிலையும்
console-list-anyone = யாரும்
console-list-unassigned = ஒதுக்கப்படாதவை
# The list's orders.
console-list-sort-newest = புதியவை முதலில்
console-list-sort-oldest = வரிசை: பழையவை
console-list-sort-updated = வரிசை: புதுப்பிக்கப்பட்டவை
console-list-sort-due = வரிசை: கெடு தேதி
console-list-sort-priority = வரிசை: முன்னுரிமை
console-list-loading = ஏற்றப்படுகிறது…
console-list-empty = இங்கு எதுவும் இல்லை.
console-list-column-request = கோரிக்கை
console-list-column-place = இடம்
console-list-column-status = நிலை
console-list-column-priority = முன்னுரிமை
console-list-column-assignee = பொறுப்பாளர்
console-list-column-tags = குறிச்சொற்கள்
console-list-column-due = கெடு
console-list-column-filed = பெறப்பட்டது
# A request's city and country code.
console-list-place = { $city }, { $country }
# Under the list: how many requests there are and which page shows.
console-list-total =
    { $count ->
        [one] { $count } கோரிக்கை
       *[other] { $count } கோரிக்கைகள்
    }
console-list-page = பக்கம் { $page } / { $pages }
console-list-previous = முந்தையது
console-list-next = அடுத்தது
# The keyboard's shortcuts, under the list. $key, $next, $previous are keys.
console-list-key-search = { $key } தேட
console-list-key-move = { $next } { $previous } நகர
console-list-key-open = { $key } திறக்க
console-list-key-reply = { $key } பதிலளிக்க
console-list-key-note = { $key } குறிப்பு
console-list-key-back = { $key } பட்டியலுக்குத் திரும்ப

## One request

console-request-loading = மையத்திலிருந்து கோரிக்கை ஏற்றப்படுகிறது…
console-request-conversation = உரையாடல்
console-request-history = வரலாறு
console-request-access = இதைப் பார்த்தவர்கள்
console-request-access-someone = யாரோ ஒருவர்
console-request-access-empty = இதுவரை எதுவும் பதிவாகவில்லை.
# Its place (city and country), and who filed it when ($who shows in bold).
console-request-place = { $city }, { $country }
console-request-filed = { $when } அன்று { $who } சமர்ப்பித்தார்
console-request-team-write = அவர்களின் நகரக் குழுவுடன் படிக்கவும் திருத்தவும் பகிரப்பட்டது
console-request-team-read = அவர்களின் நகரக் குழுவுடன் படிக்கப் பகிரப்பட்டது
# $link is a link to the other request, reading the `link` attribute.
console-request-merged = { $link } நகலாக இணைக்கப்பட்டது.
    .link = வேறொரு கோரிக்கையின்
# $fields lists the fields in words (see console-request-field-*).
console-request-conflicts = இணைப்பின்றி இருந்தபோது சாதனங்கள் { $fields } ஐ வெவ்வேறாக அமைத்தன.
console-request-sync-hub = எல்லா மாற்றங்களும் மையத்திடம் உள்ளன.
console-request-sync-sending = இங்கு செய்த மாற்றங்கள் மையத்துக்கு அனுப்பப்படுகின்றன…
console-request-no-messages = இதுவரை செய்திகள் இல்லை.
# A message's head: who wrote it (in bold), where from, when.
console-request-from-hub = மையத்தின் பதில்
console-request-from-field = களத்திலிருந்து
# An internal note's head: $note is the `note` attribute, in bold.
console-request-note-head = { $who } எழுதிய { $note }
    .note = உள் குறிப்பு
console-request-note-private = களத்துக்கு ஒருபோதும் காட்டப்படாது

## One request: triage

console-request-triage = வகைப்படுத்தல்
console-request-triage-loading = ஏற்றப்படுகிறது…
# Someone whose role reads but does not triage this kind of request. $role and $kind are codes.
console-request-triage-readonly =
    { $role ->
        [agent]
            { $kind ->
                [fund_query] உதவி அலுவலர் நிதி விசாரணைகளைப் படிக்கலாம், ஆனால் வகைப்படுத்த முடியாது.
               *[other] உதவி அலுவலர் உதவி மேசைக் கோரிக்கைகளைப் படிக்கலாம், ஆனால் வகைப்படுத்த முடியாது.
            }
        [fund_manager]
            { $kind ->
                [fund_query] நிதி மேலாளர் நிதி விசாரணைகளைப் படிக்கலாம், ஆனால் வகைப்படுத்த முடியாது.
               *[other] நிதி மேலாளர் உதவி மேசைக் கோரிக்கைகளைப் படிக்கலாம், ஆனால் வகைப்படுத்த முடியாது.
            }
        [admin]
            { $kind ->
                [fund_query] நிர்வாகி நிதி விசாரணைகளைப் படிக்கலாம், ஆனால் வகைப்படுத்த முடியாது.
               *[other] நிர்வாகி உதவி மேசைக் கோரிக்கைகளைப் படிக்கலாம், ஆனால் வகைப்படுத்த முடியாது.
            }
       *[other]
            { $kind ->
                [fund_query] உங்கள் பொறுப்பில் நிதி விசாரணைகளைப் படிக்கலாம், ஆனால் வகைப்படுத்த முடியாது.
               *[other] உங்கள் பொறுப்பில் உதவி மேசைக் கோரிக்கைகளைப் படிக்கலாம், ஆனால் வகைப்படுத்த முடியாது.
            }
    }
console-request-status = நிலை
console-request-apply = பயன்படுத்து
console-request-resolution = தீர்வுக் குறிப்பு (மூட இது தேவை)
console-request-resolution-placeholder = இது எப்படித் தீர்க்கப்பட்டது?
console-request-priority = முன்னுரிமை
console-request-assignee = பொறுப்பாளர்
console-request-unassigned = ஒதுக்கப்படவில்லை
console-request-tags = குறிச்சொற்கள்
console-request-tags-placeholder = குறிச்சொற்கள், காற்புள்ளியால் பிரித்து
console-request-answer-by = பதில் கெடு
console-request-duplicate-of = இதன் நகல்
console-request-duplicate-placeholder = மூலக் கோரிக்கையின் எண் (id)
console-request-merge = நகலாக இணை
console-request-no-such-request = அந்த எண்ணில் கோரிக்கை எதுவும் இல்லை.
console-request-saved = சேமிக்கப்பட்டது; மையத்துக்கு அனுப்பப்படுகிறது

## One request: service level

console-request-service-level = சேவை நிலை
# $due is the deadline's badge: a date, "Paused" or "Overdue".
console-request-next-deadline = அடுத்த கெடு: { $due }
console-request-first-answered = முதல் பதில் { $when }
console-request-not-answered = இன்னும் பதிலளிக்கப்படவில்லை

## One request: the composer

console-request-composer-message = செய்தி
console-request-canned-label = ஆயத்தப் பதிலைச் செருகு
console-request-canned-choose = ஆயத்தப் பதிலைச் செருகு…
console-request-reply-tab = கோரிக்கையாளருக்குப் பதில்
console-request-note-tab = உள் குறிப்பு
console-request-send-reply = பதிலை அனுப்பு
console-request-add-note = உள் குறிப்பைச் சேர்
console-request-composer-not-allowed = உங்கள் பொறுப்பில் இந்த வகைக் கோரிக்கைகளுக்குப் பதிலளிக்க முடியாது.
console-request-composer-reply = கோரிக்கையாளருக்கு எழுதுங்கள்
console-request-composer-note = இதை மைய ஊழியர்கள் மட்டுமே பார்ப்பார்கள்

## One request: its history, one event a line

console-request-event-created = { $who } கோரிக்கையைச் சமர்ப்பித்தார்
# $fields lists the fields in words (see console-request-field-*).
console-request-event-edited = { $who } { $fields } ஐ மாற்றினார்
console-request-event-replied = { $who } பதிலளித்தார்
console-request-event-replied-canned = { $who } பதிலளித்தார் (ஆயத்தப் பதிலிலிருந்து)
console-request-event-wrote = { $who } எழுதினார்
console-request-event-note = { $who } உள் குறிப்பு சேர்த்தார்
# $from and $to are statuses or priorities in words.
console-request-event-status = { $who } நிலையை { $from } இலிருந்து { $to } க்கு மாற்றினார்
console-request-event-priority = { $who } முன்னுரிமையை அமைத்தார்: { $from } → { $to }
console-request-event-assigned = { $who } இதை { $assignee } க்கு ஒதுக்கினார்
console-request-event-unassigned = { $who } ஒதுக்கீட்டை நீக்கினார்
# $tags are the tags added (+) and removed (−), as typed.
console-request-event-tags = { $who } குறிச்சொற்களை மாற்றினார்: { $tags }
console-request-event-due = { $who } கெடுவை { $when } என அமைத்தார்
console-request-event-due-cleared = { $who } கெடு தேதியை நீக்கினார்
console-request-event-resolution = { $who } தீர்வுக் குறிப்பை எழுதினார்
console-request-event-duplicate = { $who } இதை நகலாக இணைத்தார்
console-request-event-viewed = { $who } இதைத் திறந்தார்
console-request-event-submitted = { $who } விண்ணப்பத்தைச் சமர்ப்பித்தார்
console-request-event-changes-requested = { $who } மாற்றங்களுக்காக விண்ணப்பத்தைத் திருப்பி அனுப்பினார்
# $status is a fund application's status code.
console-request-event-application =
    { $status ->
        [submitted] { $who } விண்ணப்பத்தைச் சமர்ப்பிக்கப்பட்டதாகப் பதிவு செய்தார்
        [under_review] { $who } விண்ணப்பத்தைப் பரிசீலனையில் உள்ளதாகப் பதிவு செய்தார்
        [changes_requested] { $who } விண்ணப்பத்தில் மாற்றங்கள் கோரப்பட்டதாகப் பதிவு செய்தார்
        [approved] { $who } விண்ணப்பத்தை அங்கீகரிக்கப்பட்டதாகப் பதிவு செய்தார்
        [declined] { $who } விண்ணப்பத்தை நிராகரிக்கப்பட்டதாகப் பதிவு செய்தார்
       *[other] { $who } விண்ணப்ப நிலையை { $status } எனப் பதிவு செய்தார்
    }
console-request-event-conflict = { $who } நலன் முரண்பாட்டை அறிவித்தார்
# An event this console has no words for: $event is its code.
console-request-event-other = { $who }: { $event }
# A request's fields, as history events and conflicts name them inside a sentence.
console-request-field-title = தலைப்பு
console-request-field-description = விவரம்
console-request-field-category = பிரிவு
console-request-field-country = நாடு
console-request-field-city = நகரம்
console-request-field-application = விண்ணப்பம்

## The fund: an application's panel inside a fund query

console-fund-application = நிதி விண்ணப்பம்
# A draft application's stage (the other stages are the status codes' words).
console-fund-draft = வரைவு, சமர்ப்பிக்கப்படவில்லை
console-fund-no-round = சுற்று குறிப்பிடப்படவில்லை
console-fund-cap = உச்சவரம்பு { $amount }
console-fund-approved-amount = அங்கீகரிக்கப்பட்டது { $amount }
console-fund-requested = கோரிய தொகை { $amount }
# $name is an organisation's name as the applicant typed it.
console-fund-lead = முதன்மை அமைப்பு: { $name }
console-fund-partner = கூட்டாளர்: { $name }
# $text is what the applicant typed.
console-fund-objectives = நோக்கங்கள்: { $text }
console-fund-risks = மதிப்பிடப்பட்ட அபாயங்கள்: { $text }
console-fund-mitigation = தணிப்பு: { $text }
console-fund-partners = கூட்டாளர்களும் வளங்களும்: { $text }
console-fund-timeline = கால அட்டவணை: { $text }
# $milestones lists the milestones; each is a name as typed and its due date (YYYY-MM-DD).
console-fund-milestones = மைல்கற்கள்: { $milestones }
console-fund-milestone = { $name } (கெடு { $due })
console-fund-column-category = பிரிவு
console-fund-column-line = இனம்
console-fund-column-quantity = அளவு
console-fund-column-unit = அலகு விலை
console-fund-column-total = மொத்தம்

## The fund: review and decision

console-fund-conflicted = இந்த விண்ணப்பத்தில் நீங்கள் நலன் முரண்பாட்டை அறிவித்துள்ளீர்கள்: மதிப்பாய்வுகளும் மதிப்பெண்களும் உங்களுக்குத் தெரியாது, நீங்கள் முடிவெடுக்கவும் முடியாது.
console-fund-review = மதிப்பாய்வு
# $conflicts lists who declared a conflict, each as console-fund-conflict.
console-fund-conflicts = அறிவிக்கப்பட்ட முரண்பாடுகள்: { $conflicts }
# $reason is the reason as typed.
console-fund-conflict = { $who } ({ $reason })
# A scoring criterion of the round, as typed when the round was set up, and its scale.
console-fund-criterion = { $criterion } (0–5)
console-fund-save-review = என் மதிப்பாய்வைச் சேமி
# A reviewer's scores, as a list of numbers.
console-fund-scores = { $who }: { $scores }
console-fund-comment-placeholder = நிதி மேலாளர்களுக்கான உள் கருத்து
console-fund-add-comment = உள் கருத்தைச் சேர்
console-fund-decision = முடிவு
console-fund-decided = முடிவு எடுக்கப்பட்டது.
console-fund-changes-placeholder = விண்ணப்பதாரர் மாற்ற வேண்டியவை (அவருக்குப் பதிலாகச் செல்லும்)
console-fund-ask-changes = மாற்றங்களைக் கோரு
# The example amount is read as typed: keep its digits and separators.
console-fund-approve-placeholder = தொகை, எ.கா. 8,500
console-fund-approve = அங்கீகரி
console-fund-decline-placeholder = நிராகரிப்பதற்கான காரணம்
console-fund-decline = நிராகரி
console-fund-waiting = விண்ணப்பதாரர் சமர்ப்பிப்பதற்காகக் காத்திருக்கிறது.
console-fund-conflict-prompt = உங்களுக்கு ஏன் நலன் முரண்பாடு உள்ளது? (பதிவுக்காக வைக்கப்படும்)
console-fund-declare-conflict = நலன் முரண்பாட்டை அறிவி
# An amount typed that cannot be read; keep the example's digits and separators.
console-fund-not-an-amount = பூஜ்ஜியத்துக்கு மேற்பட்ட தொகையை உள்ளிடுங்கள், எ.கா. 12,500.00.

## The fund: a grant and its tranches

console-fund-grant = மானியம்
console-fund-grant-approved = அங்கீகரிக்கப்பட்டது { $amount }
console-fund-grant-paid = செலுத்தப்பட்டது { $amount }
console-fund-grant-closed = மூடப்பட்டது { $when }
# A progress report's head; $final is "yes" for the final report. $milestone is its name as typed.
console-fund-report-head =
    { $final ->
        [yes] இறுதி அறிக்கை: { $milestone }
       *[other] முன்னேற்ற அறிக்கை: { $milestone }
    }
console-fund-tranche-placeholder = தொகை
console-fund-tranche-label = { $milestone } க்கான தவணை
console-fund-pay-tranche = தவணையைச் செலுத்து

## The fund: rounds

console-fund-rounds = நிதிச் சுற்றுகள்
console-fund-rounds-empty = இதுவரை சுற்றுகள் இல்லை.
console-fund-round-dates = { $opens } முதல் { $closes } வரை
console-fund-ledger = பேரேடு (CSV)
console-fund-round-edit = மாற்று அல்லது மூடு
console-fund-round-new = புதிய சுற்றை அமை
# $name is the round's name as typed.
console-fund-round-change = { $name } ஐ மாற்று
console-fund-round-name = பெயர்
console-fund-round-currency = நாணயம்
console-fund-round-pool = மொத்த நிதி
console-fund-round-cap = ஒரு மானியத்துக்கான உச்சவரம்பு
console-fund-round-opens = தொடங்கும் தேதி
console-fund-round-closes = முடியும் தேதி
console-fund-round-eligibility = தகுதிச் சரிபார்ப்புப் பட்டியல் (ஒரு வரிக்கு ஒன்று)
console-fund-round-criteria = மதிப்பெண் அளவுகோல்கள் (ஒரு வரிக்கு ஒன்று)
console-fund-round-attachments = தேவையான இணைப்புகள் (ஒரு வரிக்கு ஒன்று)
console-fund-round-create = சுற்றை அமை
console-fund-round-save = சுற்றைச் சேமி
console-fund-round-created = சுற்று அமைக்கப்பட்டது
console-fund-round-saved = சுற்று சேமிக்கப்பட்டது
# A round's money as a chart: each bar's name, and each bar read out with its amount.
console-fund-chart-pool = மொத்த நிதி
console-fund-chart-committed = ஒதுக்கப்பட்டது
console-fund-chart-disbursed = வழங்கப்பட்டது
console-fund-chart-remaining = மீதம்
console-fund-chart-fact = { $name }: { $amount }

## People: users

console-people-users = பயனர்கள்
console-people-username = பயனர் பெயர்
console-people-password = கடவுச்சொல்
console-people-role = பொறுப்பு
console-people-country = நாடு
console-people-city = நகரம்
console-people-countries = கவனிக்கும் நாடுகள்
# What an empty list of countries means.
console-people-countries-all = அனைத்தும்
# The language the apps speak to the person; a dash means their device's.
console-people-language = மொழி
console-people-status = நிலை
# An error from the hub about one field: the field in words, and the hub's words.
console-people-field-error = { $field }: { $message }
console-people-you = (நீங்கள்)
console-people-active = செயலில்
console-people-deactivated = செயலிழக்கப்பட்டது
console-people-save = சேமி
console-people-saved = { $name } சேமிக்கப்பட்டது
console-people-deactivate = செயலிழக்கச் செய்
console-people-reactivate = மீண்டும் செயல்படுத்து
console-people-deactivate-confirm = { $name } ஐச் செயலிழக்கச் செய்யவா? அவரது எல்லாச் சாதனங்களும் உடனே வெளியேற்றப்படும்.
console-people-deactivated-toast = { $name } செயலிழக்கப்பட்டார்
console-people-reactivated-toast = { $name } மீண்டும் செயல்படுத்தப்பட்டார்
console-people-reset = கடவுச்சொல்லை மீட்டமை
console-people-reset-code = { $name } க்கான ஒருமுறைக் குறியீடு (ஒருமுறை மட்டும், { $until } வரை செல்லும்):
console-people-reset-code-note = இதைத் தொலைபேசியில் அல்லது நேரில் அவரிடம் கொடுங்கள். இது மீண்டும் காட்டப்படாது. உள்நுழையும்போது இதைக் கொண்டு அவர் புதிய கடவுச்சொல்லை அமைப்பார்.
console-people-done = முடிந்தது
console-people-data = தரவு…
console-people-data-about = { $name } பற்றிய தரவு
console-people-devices = சாதனங்கள்
console-people-add-title = பயனரைச் சேர்
console-people-add = சேர்
console-people-added = { $name } சேர்க்கப்பட்டார்

## People: a person's data

console-people-export = அவரது தரவைப் பதிவிறக்கு
console-people-export-text = மையம் அவரைப் பற்றி வைத்துள்ள அனைத்தும், ஒரே JSON கோப்பாக: அவரது கணக்கு, சாதனங்கள், அவர் சமர்ப்பித்த கோரிக்கைகள் அவற்றின் வரலாற்றுடன், பிற கோரிக்கைகளில் அவர் எழுதியவை, தணிக்கைத் தடம். இந்தப் பதிவிறக்கம் தணிக்கைப் பதிவில் பதியப்படும்.
console-people-erase-text = அவரது கோரிக்கையின் பேரில் அழித்தல்: அவர் சமர்ப்பித்த எல்லாக் கோரிக்கைகளிலும் அடையாளம் நீக்கப்படும், பிற கோரிக்கைகளிலிருந்து அவரது சொற்கள் நீக்கப்படும், அவரது கணக்கு காலி செய்யப்பட்டுச் செயலிழக்கப்படும், அவரது சாதனங்கள் வெளியேற்றப்பட்டு அழிக்கப்படும். இதைத் திரும்பப் பெற முடியாது.
console-people-erase-confirm = உறுதிப்படுத்த { $name } என்று தட்டச்சு செய்யுங்கள்
console-people-erase = அழி
console-people-erased =
    { $rewritten ->
        [one] அழிக்கப்பட்டது: அவரது { $anonymised } கோரிக்கைகளில் அடையாளம் நீக்கப்பட்டது, { $rewritten } பிற கோரிக்கையிலிருந்து அவரது சொற்கள் நீக்கப்பட்டன.
       *[other] அழிக்கப்பட்டது: அவரது { $anonymised } கோரிக்கைகளில் அடையாளம் நீக்கப்பட்டது, { $rewritten } பிற கோரிக்கைகளிலிருந்து அவரது சொற்கள் நீக்கப்பட்டன.
    }
console-people-close = மூடு

## People: devices

console-people-your-devices = உங்கள் சாதனங்கள்
console-people-their-devices = அவரது சாதனங்கள்
console-people-devices-text = ஒவ்வொரு உள்நுழைவும் ஒரு சாதனம். தொலைந்த அல்லது இனி பயன்படுத்தாத சாதனத்தைத் திரும்பப் பெறுங்கள்: அது உடனே வெளியேற்றப்படும், அடுத்த முறை இணையும்போது அதில் உள்ளவற்றை அழிக்கும்.
console-people-device-name = பெயர்
console-people-device-platform = தளம்
console-people-device-signed-in = உள்நுழைந்தது
console-people-device-last-seen = கடைசியாகப் பார்த்தது
console-people-device-last-sync = கடைசி ஒத்திசைவு
console-people-no-devices = சாதனங்கள் இல்லை.
# $name is the device's name.
console-people-revoke-confirm = "{ $name }" ஐத் திரும்பப் பெறவா? அது உடனே வெளியேற்றப்படும்.
console-people-revoke = திரும்பப் பெறு
console-people-revoked-toast = திரும்பப் பெறப்பட்டது
console-people-revoked = திரும்பப் பெறப்பட்டது { $when }

## People: the audit log

console-people-audit = தணிக்கைப் பதிவு
console-people-audit-person = நபர்
console-people-audit-everyone = அனைவரும்
console-people-audit-action = செயல்
console-people-audit-every-action = எல்லாச் செயல்களும்
console-people-audit-since = இதிலிருந்து
console-people-audit-request-id = கோரிக்கை எண்
console-people-audit-show = காட்டு
console-people-audit-download = CSV பதிவிறக்கு
console-people-audit-older = பழையவை
console-people-audit-when = எப்போது
console-people-audit-what = என்ன
console-people-audit-who = யார்
console-people-audit-device = சாதனம்
console-people-audit-about = எதைப் பற்றி
console-people-audit-detail = விவரம்
console-people-audit-empty = இந்த வடிகட்டிகளுக்கு எதுவும் பதிவாகவில்லை.
console-people-audit-a-request = ஒரு கோரிக்கை
console-people-audit-command-line = கட்டளை வரி
console-people-audit-unknown = தெரியவில்லை

## Reports

console-reports-title = அறிக்கைகள்
console-reports-from = தொடக்கத் தேதி
console-reports-to = இறுதித் தேதி
console-reports-show = காட்டு
console-reports-download = CSV பதிவிறக்கு
# $total is $count, written in bold.
console-reports-total =
    { $count ->
        [one] { $total } கோரிக்கை பெறப்பட்டது
       *[other] { $total } கோரிக்கைகள் பெறப்பட்டன
    }
# $duration is a span of time (console-reports-minutes, -hours, -days).
console-reports-first-answer = முதல் பதிலுக்கான இடைநிலை நேரம்: { $duration } ({ $answered } பதிலளிக்கப்பட்டன)
console-reports-resolution = தீர்வுக்கான இடைநிலை நேரம்: { $duration } ({ $resolved } தீர்க்கப்பட்டன)
console-reports-minutes = { $minutes } நிமி.
console-reports-hours = { NUMBER($hours, minimumFractionDigits: 1, maximumFractionDigits: 1) } மணி.
console-reports-days =
    { NUMBER($days, minimumFractionDigits: 1, maximumFractionDigits: 1) ->
        [one] { NUMBER($days, minimumFractionDigits: 1, maximumFractionDigits: 1) } நாள்
       *[other] { NUMBER($days, minimumFractionDigits: 1, maximumFractionDigits: 1) } நாட்கள்
    }
console-reports-by-status = நிலை வாரியாக
console-reports-by-kind = வகை வாரியாக
console-reports-by-country = நாடு வாரியாக
console-reports-by-category = பிரிவு வாரியாக
console-reports-by-assignee = பொறுப்பாளர் வாரியாக
console-reports-none = இந்தக் காலத்தில் எதுவும் இல்லை.
console-reports-unassigned = ஒதுக்கப்படாதவை
# A chart's bar read out: what it counts and how many.
console-reports-chart-fact = { $name }: { $count }

## Canned responses

console-canned-title = ஆயத்தப் பதில்கள்
console-canned-empty = இதுவரை ஆயத்தப் பதில்கள் இல்லை.
console-canned-new = புதிய ஆயத்தப் பதில்
# A new card for the same canned response in another language; $title is the response's title.
console-canned-new-version = { $title }, வேறொரு மொழியில்
console-canned-add-version = வேறொரு மொழியில் சேர்
console-canned-field-title = தலைப்பு
console-canned-field-language = மொழி
console-canned-field-language-codes = மொழி (en, bn, hi, ur, si, ta, dv, ne)
console-canned-field-text = உரை
console-canned-save = சேமி
console-canned-add = சேர்
console-canned-remove = நீக்கு
console-canned-saved = சேமிக்கப்பட்டது
console-canned-added = சேர்க்கப்பட்டது
console-canned-removed = நீக்கப்பட்டது

## Codes only the console shows: the audit log's actions and the details some carry

code-sign_in = உள்நுழைந்தார்
code-sign_in_failed = உள்நுழைவு மறுக்கப்பட்டது
code-sign_out = வெளியேறினார்
code-device_revoked = சாதனம் திரும்பப் பெறப்பட்டது
code-user_created = பயனர் சேர்க்கப்பட்டார்
code-user_changed = பயனர் விவரம் மாற்றப்பட்டது
code-user_deactivated = பயனர் செயலிழக்கப்பட்டார்
code-user_reactivated = பயனர் மீண்டும் செயல்படுத்தப்பட்டார்
code-reset_code_issued = மீட்டமைப்புக் குறியீடு வழங்கப்பட்டது
code-password_reset = மீட்டமைப்புக் குறியீட்டால் கடவுச்சொல் அமைக்கப்பட்டது
code-export = ஏற்றுமதி செய்யப்பட்டது
code-person_erased = நபர் அழிக்கப்பட்டார்
code-request_anonymised = கோரிக்கையில் அடையாளம் நீக்கப்பட்டது
code-request_viewed = கோரிக்கை பார்க்கப்பட்டது
# Why a sign-in was refused.
code-wrong_password = தவறான கடவுச்சொல்
code-unknown_user = தெரியாத பயனர் பெயர்
code-throttled = அதிக முயற்சிகள்
code-deactivated = கணக்கு செயலிழக்கப்பட்டது
code-bad_reset_code = தவறான அல்லது காலாவதியான மீட்டமைப்புக் குறியீடு
# Why a request was anonymised.
code-retention = வைத்திருக்கும் காலம் முடிந்தது
code-erasure = அதன் கோரிக்கையாளர் அழிக்கப்பட்டார்
# What was exported, or which part of a request was read.
code-requests = கோரிக்கைகள்
code-audit = தணிக்கைப் பதிவு
code-ledger = நிதிப் பேரேடு
code-person = ஒரு நபரின் தரவு
code-review = நிதி மதிப்பாய்வு
# Who acted when no person did.
code-command_line = கட்டளை வரி

## Events: trainings, workshops, dialogues and exchange visits the hub runs.
console-queue-events = நிகழ்வுகள்
console-events-title = நிகழ்வுகள்
console-events-empty = வரவிருக்கும் நிகழ்வுகள் எதுவும் இல்லை. மேலே உள்ள படிவத்தில் ஒன்றை வெளியிடுங்கள்.
console-events-new = நிகழ்வை வெளியிடு
console-events-publish = வெளியிடு
console-events-published = நிகழ்வு வெளியிடப்பட்டது.
console-event-seats = இருக்கைகள்: { $seats } இல் { $admitted } நிரம்பின · { $waiting } பேர் காத்திருக்கின்றனர்
console-event-kind-training = பயிற்சி
console-event-kind-workshop = பட்டறை
console-event-kind-dialogue = உரையாடல்
console-event-kind-exchange_visit = அனுபவப் பரிமாற்றப் பயணம்
console-event-mode-in_person = நேரில்
console-event-mode-online = இணையவழி
console-event-field-title = தலைப்பு
console-event-field-kind = நிகழ்வின் வகை
console-event-field-starts = தொடங்கும் நேரம்
console-event-field-ends = முடியும் நேரம்
console-event-field-seats = இருக்கைகள்
console-event-field-mode = எங்கே நடைபெறும்
console-event-field-place = இடம், நேரில் நடைபெறும் நிகழ்வுக்கு
console-event-field-link = கலந்துகொள்வதற்கான இணைப்பு, இணையவழி நிகழ்வுக்கு
console-event-field-language = நடைபெறும் மொழி (bn போன்ற ஒரு குறியீடு)
console-event-field-description = எதைப் பற்றியது, யாருக்கானது
console-event-registrations = பதிவுகள்
console-event-registrations-empty = இதுவரை யாரும் பதிவு செய்யவில்லை.
console-event-column-person = நபர்
console-event-column-status = நிலை
console-event-column-attended = கலந்துகொண்டார்
console-event-status-admitted = இருக்கை கிடைத்தது
console-event-status-waiting = இருக்கைக்காகக் காத்திருக்கிறார்
console-event-attendance-saved = வருகை சேமிக்கப்பட்டது.

## Filing a request for a practitioner (it came by phone, message, email or in person)

console-queue-intake = களப் பணியாளருக்காகப் பதிவு செய்
console-intake-title = களப் பணியாளருக்காகக் கோரிக்கையைப் பதிவு செய்
console-intake-help = தொலைபேசி, செய்தி, மின்னஞ்சல் மூலமாகவோ நேரிலோ மையத்துக்கு வந்த கோரிக்கைக்கு. அந்தக் களப் பணியாளர் அதன் கோரிக்கையாளர் ஆவார்; அவர் தமது கைபேசியில் அதைப் பார்ப்பார்.
console-intake-requester = களப் பணியாளர்
# $name is the practitioner's username.
console-intake-picked = { $name } க்காகப் பதிவு செய்யப்படுகிறது
console-intake-nobody = உங்கள் நாடுகளில் பொருந்தும் களப் பணியாளர் யாரும் இல்லை.
# The empty first choice of a list.
console-intake-choose = தேர்ந்தெடுங்கள்…
console-intake-choose-person = இந்தக் கோரிக்கை எந்தக் களப் பணியாளருக்கானது என்று தேர்ந்தெடுங்கள்.
console-intake-channel = மையத்துக்கு வந்த வழி
console-intake-kind = கோரிக்கையின் வகை
console-intake-field-title = தலைப்பு
console-intake-description = அவருக்கு என்ன தேவை
console-intake-category = கருப்பொருள்
console-intake-country = நாடு
console-intake-city = நகரம்
console-intake-file = கோரிக்கையைப் பதிவு செய்
console-intake-filed = { $name } க்காகப் பதிவு செய்யப்பட்டது.
# On a request's page: $who is the staff member who filed it, $channel how it reached them.
console-request-intake = { $who } பதிவு செய்தார் ({ $channel })

## The guidance library, run from the console

console-queue-library = வழிகாட்டல் நூலகம்
console-library-title = வழிகாட்டல் நூலகம்
console-library-help = களப் பணியாளர்கள் தங்கள் கைபேசியில் படிப்பவை, ஆஃப்லைனிலும். கைபேசிகள் ஒத்திசைக்கும்போது மாற்றங்கள் அவற்றைச் சென்றடையும்.
console-library-new = புதிய உருப்படியை எழுது
console-library-empty = நூலகத்தில் இன்னும் எதுவும் இல்லை.
console-library-retired = விலக்கப்பட்டது
console-library-edit = மாற்று
console-library-retire = விலக்கு
console-library-restore = மீட்டமை
console-library-translate = வேறொரு மொழியைச் சேர்
console-library-retired-done = விலக்கப்பட்டது: கைபேசிகள் இனி இதைக் காட்டாது.
console-library-restored = நூலகத்தில் மீட்டமைக்கப்பட்டது.
# $title is the version's title.
console-library-editing = “{ $title }” ஐ மாற்றுதல்
console-library-translating = “{ $title }”, வேறொரு மொழியில்
console-library-field-title = தலைப்பு
console-library-field-summary = சுருக்கம் (ஒன்றிரண்டு வாக்கியங்கள்)
console-library-field-body = உரை
console-library-field-topic = கருப்பொருள்
console-library-field-language = மொழி (en, bn அல்லது ur போன்ற ஒரு குறியீடு)
console-library-save = மாற்றத்தைச் சேமி
console-library-publish = வெளியிடு
console-library-cancel = ரத்து செய்
console-library-saved = சேமிக்கப்பட்டது. கைபேசிகள் ஒத்திசைக்கும்போது இதைப் பெறும்.
console-library-published = நூலகத்தில் வெளியிடப்பட்டது.

## Feedback on events, from the people who attended

console-feedback-title = நிகழ்வுகள் பற்றிய கருத்துகள்
console-feedback-back = நிகழ்வுகளுக்குத் திரும்ப
console-feedback-csv = எல்லாப் பதில்களையும் பதிவிறக்கு (CSV)
console-feedback-empty = இதுவரை கருத்துகள் எதுவும் இல்லை. நிகழ்வு முடிந்ததும் அதில் கலந்துகொண்டவர்களிடம் கருத்து கேட்கப்படும்.
console-feedback-by-month = மாத வாரியாக
console-feedback-by-event = நிகழ்வு வாரியாக
console-feedback-by-city = நகர வாரியாக
console-feedback-event = நிகழ்வு
console-feedback-city = நகரம்
console-feedback-answers = பதில்கள்
console-feedback-rating = எப்படி இருந்தது (5க்கு)
console-feedback-usefulness = எவ்வளவு பயனுள்ளது (5க்கு)
console-feedback-comments = அவர்கள் சேர்த்தவை
console-feedback-chart = மாதவாரி சராசரி மதிப்பெண்கள்
console-feedback-answers-count = { $count ->
    [one] { $count } பதில்
   *[other] { $count } பதில்கள்
  }

## The directory

console-queue-directory = அடைவு
console-directory-title = வலையமைப்பின் அடைவு
console-directory-help = உறுப்பு நகரங்களும் உதவக்கூடிய நபர்களும். உங்கள் நாடுகளில் உள்ள பதிவுகளை நீங்கள் மாற்றுகிறீர்கள்; தம்மைப் பற்றிப் பிறர் எதைப் பார்க்கலாம் என்பதை ஒவ்வொருவரும் தமது கைபேசியில் தேர்ந்தெடுக்கிறார்.
console-directory-cities = உறுப்பு நகரங்கள்
console-directory-people = நபர்கள்
console-directory-new-city = நகரத்தைச் சேர்
console-directory-new-person = நபரைச் சேர்
console-directory-no-cities = இன்னும் உறுப்பு நகரம் எதுவும் இல்லை.
console-directory-no-people = இன்னும் யாரும் பட்டியலிடப்படவில்லை.
console-directory-edit = மாற்று
console-directory-editing = { $name } ஐ மாற்றுதல்
console-directory-save = சேமி
console-directory-saved = அடைவில் சேமிக்கப்பட்டது.
console-directory-hidden = பிறருக்கு மறைக்கப்பட்டது
console-directory-unlisted = பட்டியலிடப்படவில்லை
console-directory-updated = மாற்றப்பட்டது { $when }
console-directory-field-country = நாடு
console-directory-field-city = நகரம்
console-directory-field-status = வலையமைப்பில் அதன் நிலை
console-directory-field-since = எப்போதிலிருந்து
console-directory-field-focal = தொடர்பு அலுவலர்கள்
console-directory-usernames = அவர்களின் பயனர் பெயர்கள், காற்புள்ளிகளால் பிரிக்கப்பட்டவை.
console-directory-field-user = பயனர் பெயர்
console-directory-user-help = பட்டியலிட வேண்டிய நபரின் கணக்கு: அதைக் கொண்டு அவர் உள்நுழைந்து, பிறர் எதைப் பார்க்கலாம் என்று தேர்ந்தெடுப்பார்.
console-directory-field-name = பிறர் பார்க்கும் பெயர்
console-directory-field-kind = அவர் வழங்கும் உதவி
console-directory-languages-help = காற்புள்ளிகளால் பிரிக்கப்பட்ட மொழிக் குறியீடுகள், எ.கா. bn, ta, ur.
console-directory-commas = காற்புள்ளிகளால் பிரிக்கப்பட்டவை.
console-directory-listed = அடைவில் பட்டியலிடப்பட்டுள்ளது
console-directory-shown-note = அந்த நபர் வேறுவிதமாகத் தேர்ந்தெடுக்கும் வரை, புதிய பதிவுகளில் மின்னஞ்சல், தொலைபேசி தவிர அனைத்தும் காட்டப்படும்.

## Cities' needs

console-queue-needs = நகரங்களின் தேவைகள்
console-needs-title = உறுப்பு நகரங்களின் தேவைகள்
console-needs-help = ஒவ்வொரு காலாண்டிலும் உறுப்பு நகரங்கள் தங்களுக்குத் தேவை என்று தெரிவித்தவை, நாடு வாரியாகக் கூட்டப்பட்டுள்ளன; கோரிக்கைகள், அவற்றின் நகரங்கள் சேவை செய்யும் பிரிவினர் வாரியாகப் பிரிக்கப்பட்டுள்ளன.
console-needs-csv = CSV பதிவிறக்கு
console-needs-empty = இதுவரை எந்த நகரமும் தனது தேவைகளைத் தெரிவிக்கவில்லை.
console-needs-by-group = நகரம் சேவை செய்யும் பிரிவினர் வாரியாகக் கோரிக்கைகள்
console-needs-by-group-help = நகரத்தின் அண்மைய மதிப்பீட்டின்படி, ஒரு கோரிக்கை அதன் நகரம் சேவை செய்யும் ஒவ்வொரு பிரிவின் கீழும் கணக்கிடப்படும்.
console-needs-requests = கோரிக்கைகள்
console-needs-open = இன்னும் திறந்தவை
console-needs-unassessed = தெரிவிக்காத நகரங்கள்
console-needs-latest = ஒவ்வொரு நகரத்தின் அண்மைய பதில்கள்
console-needs-period = காலாண்டு
console-needs-cities = நகரங்கள்
console-needs-urgent-count = அதிகம் { $high }, நடுத்தரம் { $medium }
console-needs-chart = ஒவ்வொரு துறையின் சராசரி அவசரத் தன்மை, காலாண்டு வாரியாக (0 இல்லை முதல் 3 அதிகம் வரை)

## Handing a request to a successor

console-request-event-handed-over = { $who } கோரிக்கையை { $from } இடமிருந்து { $to } இடம் ஒப்படைத்தார்
console-handover-title = பொறுப்பேற்பவரிடம் ஒப்படைத்தல்
console-handover-help = ஒரு நகரத்தின் தலைமை மாறும்போது, கோரிக்கையும் அதன் நிதி விண்ணப்பமும் அதே நகரத்தில் பொறுப்பேற்கும் களப் பணியாளரிடம் செல்லும். அன்றிலிருந்து அது அவருடையது, அவரது கைபேசியிலும்; முன்பிருந்தவர் இனி அதைப் பார்க்க மாட்டார்.
console-handover-successor = பொறுப்பேற்பவரின் பயனர் பெயர்
console-handover-save = ஒப்படை
console-handover-done = { $successor } இடம் ஒப்படைக்கப்பட்டது.

## Referrals

console-referral-title = பரிந்துரைக்கப்பட்டவர்கள்
console-referral-to = கோரிக்கையாளரை யாரிடம் பரிந்துரைப்பது
console-referral-note = ஏன் அவர் என்று, அவர் படிக்கும் சில சொற்களில்
console-referral-save = பரிந்துரை செய்
console-referral-done = பரிந்துரைக்கப்பட்டது. அவரது கைபேசியில் அவரிடம் கேட்கப்படும்; அவர் ஏற்றுக்கொண்டதும் உரையாடலில் இணைவார்.
console-referral-outcome = அதன் விளைவு என்ன
console-referral-record = விளைவைப் பதிவு செய்
console-referral-recorded = விளைவு பதிவு செய்யப்பட்டது.
console-referral-status-offered = கேட்கப்பட்டது
console-referral-status-accepted = ஏற்றுக்கொண்டார்
console-referral-status-declined = நிராகரித்தார்
console-referral-status-closed = மூடப்பட்டது

## Shared practice

console-practices-link = உறுப்பினர்கள் பகிர்ந்த நடைமுறைகள்
console-practices-title = உறுப்பினர்கள் பகிர்ந்த நடைமுறைகள்
console-practices-help = உறுப்பினர்கள் தங்கள் நகரங்களிலிருந்து பகிர்பவற்றை மதிப்பாய்வு செய்யுங்கள்: அவர்களுடன் சேர்ந்து மாற்றுங்கள், ஒரு குறிப்புடன் திருப்பி அனுப்புங்கள், அல்லது அவர்களின் பெயருடனும் நகரத்துடனும் நூலகத்தில் வெளியிடுங்கள்.
console-practices-empty = இதுவரை எந்த உறுப்பினரும் நடைமுறை எதையும் பகிரவில்லை.
console-practices-by = எழுதியவர்: { $author }, { $city }, { $country }
console-practices-note = எழுதியவருக்கான குறிப்பு
console-practices-edit = உரையை மாற்று
console-practices-save = சேமி
console-practices-saved = சேமிக்கப்பட்டது.
console-practices-publish = நூலகத்தில் வெளியிடு
console-practices-published = நூலகத்தில் வெளியிடப்பட்டது.
console-practices-send-back = இந்தக் குறிப்புடன் திருப்பி அனுப்பு
console-practices-sent-back = எழுதியவருக்குத் திருப்பி அனுப்பப்பட்டது.
console-practices-field-title = தலைப்பு
console-practices-field-done = என்ன செய்யப்பட்டது
console-practices-field-risk = அது எதிர்கொண்ட அபாயம்
console-practices-field-partners = இதில் பணியாற்றியவர்கள்
console-practices-field-outcome = அதன் விளைவு என்ன
console-practices-field-contacts = யாரிடம் கேட்கலாம்
console-practices-stage-submitted = மதிப்பாய்வுக்குக் காத்திருக்கிறது
console-practices-stage-changes_requested = திருப்பி அனுப்பப்பட்டது
console-practices-stage-published = நூலகத்தில் உள்ளது
console-practices-stage-withdrawn = எழுதியவர் திரும்பப் பெற்றார்

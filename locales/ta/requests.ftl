# The field app's forms (a new request, a fund application) and a request's own screen.
# Amounts ($cap, $total, $amount, $cost) arrive already formatted; $reason is the app's own
# explanation of a failure; $number counts from 1.

## Both forms (a new request, editing one)

form-title = தலைப்பு
form-topic = கருப்பொருள்
form-country = நாடு
form-city = நகரம்
# The empty first choice of a list (a country, a budget category).
form-choose = தேர்ந்தெடுங்கள்…
form-needs-attention = சில புலங்களை நீங்கள் சரிபார்க்க வேண்டும். நீங்கள் தட்டச்சு செய்த எதுவும் இழக்கப்படவில்லை.
form-could-not-save = சேமிக்க முடியவில்லை: { $reason }. நீங்கள் தட்டச்சு செய்த எதுவும் இழக்கப்படவில்லை.

## A new request

new-screen-help = மையத்திடம் கேளுங்கள்
new-screen-fund = நிதி விசாரணை
new-screen-exchange = பரிமாற்றப் பயணத்தைக் கோருங்கள்
# Switches between the two kinds of request: a screen reader reads this name for the pair.
new-kind = கோரிக்கையின் வகை
new-kind-help = உதவி மேசை
new-kind-fund = ஆதரவு நிதி
new-title-hint = மையம் முதலில் பார்க்கும் சில சொற்கள்.
new-description-help = உங்களுக்கு என்ன தேவை?
new-description-hint-help = உங்களுக்கு என்ன தேவை, யாருக்காக, எப்போதுக்குள் என்று எழுதுங்கள். ஆபத்தில் உள்ளவர்களின் பெயர்களைக் குறிப்பிடாதீர்கள்.
new-description-fund = உங்கள் கேள்வி அல்லது யோசனை
new-description-hint-exchange = எந்த நகரத்துக்குச் செல்ல விரும்புகிறீர்கள், ஏன், என்ன கற்றுக்கொள்ள விரும்புகிறீர்கள், யார் செல்வார்கள், எப்போது என்று எழுதுங்கள்.
new-description-hint-fund = தகுதி அல்லது நடைமுறை பற்றிக் கேளுங்கள், அல்லது நிதி கோரும் முயற்சியை விவரியுங்கள்.
new-choose-topic = கருப்பொருளைத் தேர்ந்தெடுங்கள்…
new-include-budget = பட்ஜெட்டுடன் கூடிய மானிய விண்ணப்பத்தையும் சேர்க்கவும்
new-submit = சேமித்து அனுப்பு
new-saved-note = முதலில் இந்தக் கைபேசியில் சேமிக்கப்பட்டு, இணைப்பு கிடைத்தவுடன் மையத்துக்கு அனுப்பப்படும்.
new-draft-back = உங்கள் முடிக்காத வரைவு திரும்பக் கிடைத்துள்ளது.
new-saved-online = சேமிக்கப்பட்டது. அது மையத்துக்குச் சென்றுகொண்டிருக்கிறது.
new-saved-offline = இந்தக் கைபேசியில் சேமிக்கப்பட்டது. நீங்கள் மீண்டும் இணைப்பில் வந்ததும் மையத்துக்குச் செல்லும்.

## A grant application and its budget (in a new fund query, and when editing one)

budget-legend = மானிய விண்ணப்பம்
budget-cap-note = ஒவ்வொரு சுற்றும் அதன் சொந்த உச்ச வரம்பை நிர்ணயிக்கிறது (வேறுவிதமாகக் கூறாவிட்டால் { $cap }). பட்ஜெட் உருப்படிகளின் மொத்தம் நீங்கள் கோரும் தொகைக்குச் சமமாக இருக்க வேண்டும்.
budget-round = நிதிச் சுற்று
budget-choose-round = சுற்றைத் தேர்ந்தெடுங்கள்…
budget-no-round = இன்னும் எந்தச் சுற்றும் தெரியவில்லை: ஒருமுறை இணைப்பில் வாருங்கள்
# A round in the list of rounds: its name (as the hub wrote it) and its cap.
budget-round-option = { $name } ({ $cap } வரை)
budget-lead = முன்னணி அமைப்பு
budget-partner = உள்ளாட்சிப் பங்காளர்
budget-objectives = நோக்கங்கள்
budget-objectives-hint = இந்த முயற்சி உங்கள் உள்ளூர் செயல் திட்டத்துக்கு எவ்வாறு உதவுகிறது.
budget-plan = உங்கள் உள்ளூர் செயல் திட்டத்திலிருந்து
budget-risk = அது மதிப்பிட்ட அபாயங்கள்
budget-mitigation = இந்த முயற்சி அவற்றை எவ்வாறு குறைக்கிறது
budget-partners = பங்காளர்களும் வளங்களும்
budget-timeline = கால அட்டவணை
budget-timeline-hint = எடுத்துக்காட்டாக: மார்ச் முதல் ஆகஸ்ட் 2026 வரை.
budget-milestone-number = மைல்கல் { $number }
budget-milestone = மைல்கல்
budget-milestone-due = இறுதித் தேதி
budget-milestone-remove = நீக்கு
    .aria-label = மைல்கல் { $number } ஐ நீக்கு
budget-add-milestone = + மைல்கல்லைச் சேர்
budget-lines = பட்ஜெட் உருப்படிகள்
budget-line = உருப்படி { $number }
budget-line-remove = நீக்கு
    .aria-label = பட்ஜெட் உருப்படி { $number } ஐ நீக்கு
budget-line-category = வகை
budget-line-description = எதற்கான செலவு
budget-line-quantity = அளவு
# $currency is the currency's ISO code, such as USD.
budget-unit-cost = அலகு விலை ({ $currency })
budget-line-total = உருப்படி மொத்தம் { $total }
budget-add-line = + பட்ஜெட் உருப்படியைச் சேர்
# $currency is the currency's ISO code. The placeholder shows how an amount is typed.
budget-amount = நீங்கள் கோரும் தொகை ({ $currency })
    .placeholder = { NUMBER(0, minimumFractionDigits: 2) }
budget-use-total = உருப்படிகளின் மொத்தத்தைப் பயன்படுத்து

## The totals box under the budget

budget-lines-total = பட்ஜெட் உருப்படிகளின் மொத்தம்
budget-requested = நீங்கள் கோருவது
budget-cap = சுற்றின் உச்ச வரம்பு
budget-over-cap = உச்ச வரம்பைத் தாண்டியுள்ளது: இந்தச் சுற்று அதிகபட்சம் { $cap } வழங்கும்.
budget-unbalanced = உருப்படிகளின் மொத்தமும் நீங்கள் கோரும் தொகையும் சமமாக இருக்க வேண்டும்.
budget-no-lines = நீங்கள் கோரும் தொகையை உருவாக்கும் பட்ஜெட் உருப்படிகளைச் சேருங்கள்.
budget-ok = ✓ உருப்படிகளின் மொத்தம் நீங்கள் கோரும் தொகைக்குச் சமம், உச்ச வரம்புக்குள் உள்ளது.

## A request's own screen

detail-screen-request = கோரிக்கை
detail-screen-fund = நிதி விசாரணை
detail-missing = இந்தக் கோரிக்கை இன்னும் இந்தச் சாதனத்தில் இல்லை.
detail-missing-note = அடுத்த ஒத்திசைவில் வந்து சேரும்.
# Where the request is from: a city (as its requester typed it) and a country.
detail-place = { $city }, { $country }
detail-filed = பதிவு செய்தது { $date }
detail-shared-write = ஒரு சக ஊழியர் இதை உங்கள் நகரக் குழுவுடன் பகிர்ந்துள்ளார்: நீங்கள் இதைப் படிக்கவும் மையத்துக்கு எழுதவும் முடியும்.
detail-shared-read = ஒரு சக ஊழியர் இதை உங்கள் நகரக் குழு படிப்பதற்காகப் பகிர்ந்துள்ளார்.
# The hub filed the request for this person after hearing from them; $channel is how (a phone
# call, a messaging app, ...).
detail-filed-for-you = மையம் இந்தக் கோரிக்கையை உங்களுக்காகப் பதிவு செய்துள்ளது ({ $channel }). உங்கள் மற்ற கோரிக்கைகளைப் போலவே இதையும் கவனித்து, இங்கே பதிலளியுங்கள்.
# The hub found the same request filed twice. .link is the words of the link to the other
# request; the link stands where { $link } is.
detail-merged = மையம் இந்தக் கோரிக்கையை { $link } உடன் இணைத்து, அங்கே பதிலளிக்கிறது.
    .link = மற்றொரு கோரிக்கை
# $resolution is the hub's note on how it resolved the request, as its staff typed it.
detail-resolved = தீர்க்கப்பட்டது: { $resolution }
detail-asked-own = நீங்கள் கேட்டது
detail-asked-other = கேட்கப்பட்டது
detail-edit = திருத்து
detail-edit-heading = கோரிக்கையைத் திருத்து
detail-description = உங்களுக்குத் தேவையானது
detail-save = மாற்றங்களைச் சேமி
detail-cancel = ரத்து செய்
detail-edit-back = நீங்கள் சேமிக்காத மாற்றங்கள் திரும்பக் கிடைத்துள்ளன.
detail-changes-saved = மாற்றங்கள் இந்தக் கைபேசியில் சேமிக்கப்பட்டன.

## The grant application as filed

detail-application = மானிய விண்ணப்பம்
detail-amount-asked = கோரிய தொகை
detail-risks = மதிப்பிடப்பட்ட அபாயங்கள்
detail-mitigation = தணிப்பு நடவடிக்கைகள்
detail-milestones = மைல்கற்கள்
# One milestone in a list of them: its name (as the requester typed it) and its due date.
detail-milestone = { $name } (இறுதித் தேதி { $due })
# The head of the table's column of budget lines.
detail-line = பட்ஜெட் உருப்படி
# The head of the table's column of quantities, kept short.
detail-quantity = அளவு
detail-total = மொத்தம்
# What one unit of a budget line costs.
detail-unit-cost = ஒன்றுக்கு { $cost }

## Fields two devices changed while apart

conflict-title = ஆஃப்லைனில் இருந்தபோது இரண்டு சாதனங்கள் வெவ்வேறு தலைப்புகளை அமைத்தன.
    .aria-label = தலைப்பைத் தேர்ந்தெடுங்கள்
conflict-topic = ஆஃப்லைனில் இருந்தபோது இரண்டு சாதனங்கள் வெவ்வேறு கருப்பொருள்களை அமைத்தன.
    .aria-label = கருப்பொருளைத் தேர்ந்தெடுங்கள்
conflict-country = ஆஃப்லைனில் இருந்தபோது இரண்டு சாதனங்கள் வெவ்வேறு நாடுகளை அமைத்தன.
    .aria-label = நாட்டைத் தேர்ந்தெடுங்கள்
conflict-city = ஆஃப்லைனில் இருந்தபோது இரண்டு சாதனங்கள் வெவ்வேறு நகரங்களை அமைத்தன.
    .aria-label = நகரத்தைத் தேர்ந்தெடுங்கள்
conflict-amount = ஆஃப்லைனில் இருந்தபோது இரண்டு சாதனங்கள் வெவ்வேறு கோரிய தொகைகளை அமைத்தன.
    .aria-label = கோரிய தொகையைத் தேர்ந்தெடுங்கள்
# A field this version of the app has no words for; $field is its name in the record.
conflict-other = ஆஃப்லைனில் இருந்தபோது இரண்டு சாதனங்கள் { $field } க்கு வெவ்வேறு மதிப்புகளை அமைத்தன.
    .aria-label = { $field } ஐத் தேர்ந்தெடுங்கள்
conflict-which = எது சரியானது?
conflict-saved = உங்கள் தேர்வு சேமிக்கப்பட்டது.
conflict-failed = உங்கள் தேர்வைச் சேமிக்க முடியவில்லை: { $reason }

## Sharing a request with the requester's city team

share-label = எனது நகரக் குழுவுடன் பகிர்
share-none = பகிரப்படவில்லை
share-read = படிக்க
share-write = படிக்கவும் எழுதவும்
share-note = இந்த நகரத்தில் கணக்கு உள்ள களப் பணியாளர்களும் இதைத் தங்கள் கைபேசிகளில் பார்ப்பார்கள். மையத்தின் உள் குறிப்புகள் ஒருபோதும் பகிரப்படுவதில்லை.
share-saved = இந்தக் கைபேசியில் சேமிக்கப்பட்டது.
share-failed = பகிர்வை மாற்ற முடியவில்லை: { $reason }

## The conversation with the hub

conversation-heading = உரையாடல்
conversation-empty = இன்னும் செய்திகள் இல்லை. மையத்தின் பதில்கள் இங்கே தோன்றும்; அவற்றை ஆஃப்லைனிலும் படிக்கலாம்.
conversation-from-hub = மையம்
conversation-from-you = நீங்கள்
conversation-from-colleague = ஒரு சக ஊழியர்
conversation-message = உங்கள் செய்தி
    .placeholder = மையத்துக்கு எழுதுங்கள்…
conversation-send = அனுப்பு
conversation-sent = மையத்துக்கு அனுப்பப்பட்டது.
conversation-saved-offline = இந்தக் கைபேசியில் சேமிக்கப்பட்டது. நீங்கள் மீண்டும் இணைப்பில் வந்ததும் மையத்துக்குச் செல்லும்.
conversation-failed = செய்தியைச் சேமிக்க முடியவில்லை: { $reason }

## A fund application on the requester's phone

fund-heading = உங்கள் விண்ணப்பம்
fund-status-draft = வரைவு: இன்னும் சமர்ப்பிக்கப்படவில்லை
fund-status-submitted = சமர்ப்பிக்கப்பட்டது
fund-status-under-review = பரிசீலனையில்
fund-status-changes-requested = மையம் மாற்றங்களைக் கோருகிறது
fund-status-approved = அங்கீகரிக்கப்பட்டது
fund-status-approved-amount = அங்கீகரிக்கப்பட்டது: { $amount }
fund-status-declined = நிராகரிக்கப்பட்டது
fund-edit = விண்ணப்பத்தைத் திருத்து
fund-submit = மையத்துக்குச் சமர்ப்பி
fund-submitted = சமர்ப்பிக்கப்பட்டது. அது மையத்தை அடைந்ததும் நடைமுறைக்கு வரும்.
fund-edit-heading = உங்கள் விண்ணப்பத்தைத் திருத்துங்கள்
fund-save = விண்ணப்பத்தைச் சேமி
fund-cancel = ரத்து செய்
fund-saved = விண்ணப்பம் இந்தக் கைபேசியில் சேமிக்கப்பட்டது.

## Progress reports on an application

# A report filed, in a list of them: the milestone it is on (as the requester named it).
fund-report = அறிக்கை: { $milestone }
fund-report-final = இறுதி அறிக்கை: { $milestone }
fund-report-file = முன்னேற்ற அறிக்கையைச் சமர்ப்பி
fund-report-milestone = மைல்கல்
# What a report is on when the application names no milestones; it is saved with the report.
fund-report-progress = முன்னேற்றம்
fund-report-body = செய்யப்பட்டவை
fund-report-is-final = இது இறுதி அறிக்கை
fund-report-save = அறிக்கையைச் சேமி
fund-report-saved = அறிக்கை சேமிக்கப்பட்டது.

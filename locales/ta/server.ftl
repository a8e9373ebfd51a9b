# What the server itself writes for people: REST API errors and the headers of its CSV exports.

## Errors every route can answer with

error-unauthorized = முதலில் உள்நுழையுங்கள்: செல்லுபடியான உள்நுழைவு தேவை.
error-token-expired = இந்தச் சாதனம் நீண்ட நேரம் பயன்படுத்தப்படவில்லை: மீண்டும் உள்நுழையுங்கள்.
error-device-revoked = இந்தச் சாதனம் வேறு இடத்திலிருந்து வெளியேற்றப்பட்டது: { -brand } இதில் வைத்துள்ளவற்றை நீக்குங்கள்.
error-too-many-requests = அதிக முறை முயன்றுவிட்டீர்கள்: { $seconds ->
        [one] ஒரு வினாடி
       *[other] { $seconds } வினாடிகள்
    } கழித்து மீண்டும் முயலுங்கள்.
error-bad-credentials = பயனர் பெயர் அல்லது கடவுச்சொல் தவறு.
error-too-large = கோரிக்கை அனுமதிக்கப்பட்ட { $bytes } பைட்டுகளைவிடப் பெரியது.
error-forbidden = இதைச் செய்ய உங்களுக்கு அனுமதி இல்லை.
error-not-found = கிடைக்கவில்லை.
error-internal = சர்வரில் ஏதோ தவறு நடந்தது; நீங்கள் சேமித்த எதுவும் இழக்கப்படவில்லை.

## The header row of the CSV exports, one message per column (other languages use words).

csv-id = எண்
csv-at = நேரம்
csv-kind = வகை
csv-category = பிரிவு
csv-country = நாடு
csv-city = நகரம்
csv-status = நிலை
csv-priority = முன்னுரிமை
csv-assignee = பொறுப்பாளர்
csv-tags = குறிச்சொற்கள்
csv-duplicate_of = இதன் நகல்
csv-received_at = பெற்ற நேரம்
csv-first_response_at = முதல் பதில் நேரம்
csv-resolved_at = தீர்த்த நேரம்
csv-sla_due_at = SLA இறுதி நேரம்
csv-message_count = செய்திகளின் எண்ணிக்கை
csv-requested_cents = கோரிய தொகை (சதம்)
csv-round_id = சுற்று எண்
csv-request_id = கோரிக்கை எண்
csv-entry = பதிவு வகை
csv-amount_cents = தொகை (சதம்)
csv-currency = நாணயம்
csv-actor = செய்தவர்
csv-actor_role = செய்தவரின் பொறுப்பு
csv-note = குறிப்பு
csv-action = செயல்
csv-actor_id = செய்தவரின் எண்
csv-device_id = சாதன எண்
csv-subject = பொருள்
csv-detail = விவரம்

## The name a device gets when its owner gives none at sign-in: what it is.

device-default-android = Android கைபேசி
device-default-ios = iPhone அல்லது iPad
device-default-windows = Windows கணினி
device-default-macos = Mac
device-default-linux = Linux கணினி
device-default-other = பெயரிடப்படாத சாதனம்

## Accounts (the console's People screen, sign-in, resetting a password)

account-username-invalid = பயனர் பெயரில் 1 முதல் 64 வரை எழுத்துகள், எண்கள், புள்ளிகள், இணைப்புக்கோடுகள் அல்லது அடிக்கோடுகள் இருக்கலாம்.
account-password-too-short = கடவுச்சொல்லில் குறைந்தது { $min } எழுத்துகள் இருக்க வேண்டும்.
account-password-too-long = கடவுச்சொல்லில் அதிகபட்சம் { $max } எழுத்துகள் இருக்கலாம்.
# $value is what was given; $expected lists the codes allowed.
account-unknown-code = “{ $value }” இங்கு அறியப்படாதது. இவற்றில் ஒன்றைத் தேர்ந்தெடுங்கள்: { $expected }.
account-city-invalid = நகரப் பெயரில் அதிகபட்சம் { $max } எழுத்துகள் இருக்கலாம்; கட்டுப்பாட்டு எழுத்துகள் இருக்கக்கூடாது.
account-countries-not-staff = உதவி அலுவலர்களையும் நிதி மேலாளர்களையும் மட்டுமே குறிப்பிட்ட நாடுகளுக்கு வரம்பிட முடியும்.
account-username-taken = இந்தப் பயனர் பெயர் ஏற்கெனவே வேறொருவரிடம் உள்ளது.
account-self-demote = உங்கள் நிர்வாகி பொறுப்பை நீங்களே நீக்க முடியாது; வேறொரு நிர்வாகி நீக்கலாம்.
account-self-deactivate = உங்கள் சொந்தக் கணக்கை நீங்களே செயலிழக்கச் செய்ய முடியாது; வேறொரு நிர்வாகி செய்யலாம்.
signin-password-empty = உங்கள் கடவுச்சொல்லை உள்ளிடுங்கள்.
device-name-too-long = சாதனப் பெயரில் அதிகபட்சம் 60 எழுத்துகள் இருக்கலாம்.
device-name-control-characters = சாதனப் பெயரில் கட்டுப்பாட்டு எழுத்துகள் இருக்கக்கூடாது.
erase-self = உங்கள் சொந்தக் கணக்கை நீங்களே அழிக்க முடியாது; வேறொரு நிர்வாகி அழிக்கலாம்.
erase-confirm = உறுதிப்படுத்த அந்த நபரின் பயனர் பெயரைத் தட்டச்சு செய்யுங்கள். அழித்ததைத் திரும்பப் பெற முடியாது.

## The fund (decisions, grants, rounds)

fund-not-an-application = விண்ணப்பம் உள்ள நிதி விசாரணையில் மட்டுமே முடிவெடுக்க முடியும்.
fund-no-application = இந்தக் கோரிக்கையில் நிதி விண்ணப்பம் எதுவும் இல்லை.
fund-no-round = விண்ணப்பத்தில் நிதிச் சுற்று எதுவும் குறிப்பிடப்படவில்லை.
fund-round-missing = விண்ணப்பத்தில் குறிப்பிட்ட நிதிச் சுற்று இப்போது இல்லை.
fund-not-submitted = விண்ணப்பம் சமர்ப்பிக்கப்படவில்லை, அல்லது மாற்றங்களுக்காகத் திருப்பி அனுப்பப்பட்டது.
fund-already-decided = இந்த விண்ணப்பத்தில் ஏற்கெனவே முடிவு எடுக்கப்பட்டுவிட்டது.
# $remaining is an amount with its currency, such as USD 2,500.00.
fund-pool-exhausted = இந்தச் சுற்றில் { $remaining } மட்டுமே மீதம் உள்ளது; இந்தத் தொகைக்கு அது போதாது. எதுவும் ஒதுக்கப்படவில்லை.
fund-pool-below-committed = புதிய மொத்த நிதியைவிட அதிகமான தொகை ஏற்கெனவே ஒதுக்கப்பட்டுள்ளது.
fund-not-approved = அங்கீகரிக்கப்பட்ட மானியத்துக்கு மட்டுமே தொகை செலுத்தப்படும்.
fund-grant-closed = இறுதி அறிக்கையுடன் இந்த மானியம் மூடப்பட்டது.

## Reports, guidance and canned responses

reports-not-a-date = தேதியை ஆண்டு-மாதம்-நாள் என உள்ளிடுங்கள், எ.கா. 2026-12-31.
reports-from-after-to = தொடக்கத் தேதி இறுதித் தேதிக்கு முன் இருக்க வேண்டும்.
guidance-unknown-version-of = இந்த எண்ணில் வழிகாட்டல் எதுவும் இல்லை.
canned-unknown-version-of = இந்த எண்ணில் ஆயத்தப் பதில் எதுவும் இல்லை.

## Notifications

push-endpoint-not-url = புஷ் சந்தாவின் முனையம் முழு இணைய முகவரியாக இருக்க வேண்டும்.
push-endpoint-not-https = மையம் அறிவிப்புகளை HTTPS வழியாக மட்டுமே அனுப்புகிறது.
push-endpoint-unknown-host = மையம் அறிவிப்புகளை அறியப்பட்ட புஷ் சேவைகளுக்கு மட்டுமே அனுப்புகிறது.
push-endpoint-private = தனியார் வலையமைப்புக்குள் உள்ள முகவரிகளுக்கு மையம் அறிவிப்புகளை அனுப்புவதில்லை.
push-endpoint-unusual = இந்தப் புஷ் முகவரியில் பயனர் பெயர் அல்லது வழக்கத்துக்கு மாறான போர்ட் உள்ளது; மையம் அதற்கு அனுப்புவதில்லை.
push-keys-invalid = இவை புஷ் சந்தாவின் சாவிகள் அல்ல.
notification-preferences-invalid = இந்தத் தேர்வை இங்கே நீங்கள் செய்ய முடியாது.
notification-email-invalid = name@example.org போன்ற மின்னஞ்சல் முகவரியை உள்ளிடவும்.
# $max is a number.
notification-ids-too-many = ஒரே நேரத்தில் அதிகபட்சம் { $max } அறிவிப்புகளைக் குறிக்கவும்.

## Digests (email to staff: counts and a link only)

# $count is a number.
notification-digest-subject = { $count ->
    [one] மையத்தில் உங்களுக்காக ஒரு பணி காத்திருக்கிறது
   *[other] மையத்தில் உங்களுக்காக { $count } பணிகள் காத்திருக்கின்றன
}
notification-digest-intro = உங்கள் கடைசிச் சுருக்கத்துக்குப் பிறகு:
notification-digest-new-request = { $count ->
    [one] ஒரு புதிய கோரிக்கை
   *[other] { $count } புதிய கோரிக்கைகள்
}
notification-digest-urgent-request = { $count ->
    [one] ஒரு புதிய அவசரக் கோரிக்கை
   *[other] { $count } புதிய அவசரக் கோரிக்கைகள்
}
notification-digest-field-replied = { $count ->
    [one] உங்கள் கோரிக்கைகளுக்குக் களத்திலிருந்து ஒரு பதில்
   *[other] உங்கள் கோரிக்கைகளுக்குக் களத்திலிருந்து { $count } பதில்கள்
}
notification-digest-assigned = { $count ->
    [one] உங்களுக்கு ஒதுக்கப்பட்ட ஒரு கோரிக்கை
   *[other] உங்களுக்கு ஒதுக்கப்பட்ட { $count } கோரிக்கைகள்
}
notification-digest-sla-breaching = { $count ->
    [one] சேவை வரம்பை நெருங்கும் ஒரு கோரிக்கை
   *[other] சேவை வரம்பை நெருங்கும் { $count } கோரிக்கைகள்
}
# $link is the console's address.
notification-digest-open = அவற்றைப் பார்க்கக் கன்சோலைத் திறக்கவும்: { $link }

## Events
event-over = இந்த நிகழ்வு முடிந்துவிட்டது; இனி பதிவுகள் ஏற்கப்படாது.
event-not-admitted = இந்த நபர் இன்னும் காத்திருப்புப் பட்டியலில் உள்ளார்: இருக்கை கிடைத்தவர் மட்டுமே கலந்துகொண்டவராகக் கருதப்பட முடியும்.
feedback-not-attended = ஒரு நிகழ்வில் கலந்துகொண்டதாகக் குறிக்கப்பட்டவர்கள் மட்டுமே அதைப் பற்றிக் கருத்துத் தெரிவிக்க முடியும்.
feedback-not-over = இந்த நிகழ்வு இன்னும் முடியவில்லை; அது முடிந்ததும் கருத்துத் தெரிவிக்கலாம்.
directory-city-listed = இந்த நகரம் ஏற்கெனவே அடைவில் உள்ளது. அதற்குப் பதிலாக அதன் பதிவை மாற்றுங்கள்.
directory-already-listed = இந்த நபர் ஏற்கெனவே அடைவில் உள்ளார். அதற்குப் பதிலாக அவரது பதிவை மாற்றுங்கள்.
needs-city-not-member = இந்த நகரம் இப்போது வலையமைப்பின் உறுப்பினர் அல்ல; எனவே அதன் தேவைகள் பற்றிக் கேட்கப்படுவதில்லை.
handover-already-theirs = இந்தக் கோரிக்கை ஏற்கெனவே அவருடையது.
handover-elsewhere = ஒரு கோரிக்கை அதன் சொந்த நகரத்தில் உள்ள ஒருவரிடம் மட்டுமே ஒப்படைக்கப்படும்: இந்தக் கணக்கு வேறொரு நகரத்தில் உள்ளது, அல்லது எந்த நகரத்திலும் இல்லை.
referral-to-requester = கோரிக்கையாளர் தம்மிடமே பரிந்துரைக்கப்படுவதில்லை.
referral-already = இந்தக் கோரிக்கையில் இந்த நபரிடம் ஏற்கெனவே பரிந்துரைக்கப்பட்டுள்ளது.
referral-answered = இந்தப் பரிந்துரைக்கு ஏற்கெனவே பதிலளிக்கப்பட்டுள்ளது.
practice-not-now = இந்த நடைமுறையை இப்போது இவ்வாறு மாற்ற முடியாது: அது வெளியிடப்பட்டுவிட்டது அல்லது திரும்பப் பெறப்பட்டுவிட்டது.
practice-heading-done = என்ன செய்யப்பட்டது
practice-heading-risk = அது எதிர்கொண்ட அபாயம்
practice-heading-partners = இதில் பணியாற்றியவர்கள்
practice-heading-outcome = அதன் விளைவு என்ன
practice-heading-contacts = யாரிடம் கேட்கலாம்

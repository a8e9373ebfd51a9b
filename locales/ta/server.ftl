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

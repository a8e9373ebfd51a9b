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

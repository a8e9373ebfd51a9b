# What is wrong with something a person typed, shown next to the field (both apps).
# $max is a count; $cap, $total and $requested are amounts, already formatted.

problem-empty = தயவுசெய்து இதை நிரப்புங்கள்.
problem-empty-title = உங்கள் கோரிக்கைக்குச் சுருக்கமான தலைப்பு ஒன்றைக் கொடுங்கள்.
problem-empty-description = மையத்திடமிருந்து உங்களுக்கு என்ன தேவை என்று எழுதுங்கள்.
problem-empty-line-description = இந்தப் பட்ஜெட் உருப்படி எதற்கான செலவு என்று எழுதுங்கள்.
problem-empty-budget-category = பட்ஜெட் வகையைத் தேர்ந்தெடுங்கள்.
problem-empty-topic = கருப்பொருளைத் தேர்ந்தெடுங்கள்.
problem-empty-kind = கோரிக்கையின் வகையைத் தேர்ந்தெடுங்கள்.
problem-empty-country = நாட்டைத் தேர்ந்தெடுங்கள்.
problem-empty-city = உங்கள் நகரத்தை உள்ளிடுங்கள்.
problem-empty-message = முதலில் ஒரு செய்தியை எழுதுங்கள்.
problem-too-long = இதை { $max } எழுத்துகளுக்குள் வையுங்கள்.
problem-too-many-messages = இந்த உரையாடல் { $max } செய்திகள் என்ற வரம்பை எட்டிவிட்டது.
problem-too-many-lines = ஒரு பட்ஜெட்டில் அதிகபட்சம் { $max } உருப்படிகள் இருக்கலாம்.
problem-too-many-seats = ஒரு நிகழ்வில் அதிகபட்சம் { $max } இருக்கைகள் இருக்கலாம்.
problem-ends-before-start = இது தொடக்கத்துக்கு முன் இருக்கக் கூடாது.
problem-link-not-https = https:// என்று தொடங்கும் முகவரியை உள்ளிடுங்கள்.
# Filing a request for a practitioner (staff, in the console).
problem-empty-channel = கோரிக்கை மையத்துக்கு எப்படி வந்தது என்று குறிப்பிடுங்கள்.
problem-requester-unknown = இந்தக் கணக்கு செயலில் உள்ள எந்தக் களப் பணியாளருடையதும் அல்ல. பட்டியலிலிருந்து ஒருவரைத் தேர்ந்தெடுங்கள்.
problem-requester-not-practitioner = கோரிக்கைகள் களப் பணியாளர்களுக்காகப் பதிவு செய்யப்படுகின்றன; இந்தக் கணக்கு மைய ஊழியருடையது.
problem-not-yours-to-file = இந்தக் கோரிக்கையை வேறொருவருக்காக நீங்கள் பதிவு செய்ய முடியாது.
problem-channel-only-for-intake = வேறொருவருக்காகப் பதிவு செய்யப்பட்ட கோரிக்கையில் மட்டுமே அது மையத்துக்கு எப்படி வந்தது என்று குறிப்பிடப்படும்.
problem-too-large = இந்தப் பதிவு மையம் ஏற்கும் அளவைவிடப் பெரிதாகிவிட்டது. புதிய கோரிக்கையைத் தொடங்குங்கள்.
problem-unknown-value = பட்டியலில் உள்ள விருப்பங்களில் ஒன்றைத் தேர்ந்தெடுங்கள்.
problem-no-amount = நீங்கள் கோரும் தொகையை உள்ளிடுங்கள்.
problem-no-quantity = குறைந்தது 1 என்ற அளவை உள்ளிடுங்கள்.
problem-not-positive = இது பூஜ்ஜியத்தைவிட அதிகமாக இருக்க வேண்டும்.
problem-negative = இது எதிர்மறை எண்ணாக இருக்கக் கூடாது.
problem-over-cap = இந்தச் சுற்றில் ஒரு விண்ணப்பத்துக்கு அதிகபட்சம் { $cap } வழங்கப்படும். குறைவாகக் கோருங்கள்.
problem-budget-mismatch = பட்ஜெட் உருப்படிகளின் மொத்தம் { $total }, ஆனால் நீங்கள் கோருவது { $requested }. இரண்டையும் சமமாக்குங்கள்.
problem-overflow = இந்த எண் மிகப் பெரியது.
problem-control-character = இந்த உரையிலிருந்து கண்ணுக்குத் தெரியாத கட்டுப்பாட்டு எழுத்துகளை நீக்குங்கள்.
problem-not-allowed = இது அனுமதிக்கப்படவில்லை: { $reason }
problem-invalid = இது செல்லுபடியாகாது: { $reason }
problem-not-a-whole-number = { 3 } போன்ற ஒரு முழு எண்ணை உள்ளிடுங்கள்.
problem-not-an-amount = { NUMBER(1250.5, minimumFractionDigits: 2) } போன்ற ஒரு தொகையை உள்ளிடுங்கள்.
# Feedback on an event: both questions are answered with a score from 1 to 5.
problem-choose-a-score = 1 முதல் 5 வரை ஒரு மதிப்பெண்ணைத் தேர்ந்தெடுங்கள்.
problem-account-unknown = இந்தப் பயனர் பெயரில் செயலில் உள்ள கணக்கு எதுவும் இல்லை.
problem-shown-by-person = தமது சுயவிவரத்தில் பிறர் எதைப் பார்க்கலாம் என்பதை அந்த நபர் மட்டுமே தேர்ந்தெடுக்க முடியும்.
problem-profile-stays = ஒரு சுயவிவரம் அதற்குரிய நபருடனேயே இருக்கும்; அதை வேறொரு கணக்குக்கு மாற்ற முடியாது.
problem-email-invalid = name@example.org போன்ற ஒரு மின்னஞ்சல் முகவரியை உள்ளிடுங்கள்.
problem-phone-invalid = இலக்கங்கள், இடைவெளிகள், + - ( ) ஆகியவற்றை மட்டுமே கொண்ட தொலைபேசி எண்ணை உள்ளிடுங்கள்.
problem-date-invalid = 2024-03-01 போன்று, ஆண்டு-மாதம்-நாள் என்ற வடிவில் ஒரு தேதியை உள்ளிடுங்கள்.
problem-language-tag-invalid = bn, ta அல்லது ur போன்ற ஒரு மொழிக் குறியீட்டை உள்ளிடுங்கள்.
problem-referral-unknown = இந்தக் கணக்குடைய யாரும் அடைவில் இல்லை: பட்டியலில் உள்ள ஒருவரிடமோ, ஓர் உறுப்பு நகரத்தின் தொடர்பு அலுவலரிடமோ பரிந்துரை செய்யுங்கள்.

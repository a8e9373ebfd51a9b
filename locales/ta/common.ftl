# Words both apps use: the product's name, the codes records carry and where a request is.
# `code-<code>` is a code's words; `code-short-<code>` a shorter form for tight places.
# The field app names the requester's own statuses with `status-<code>`.

-brand = HubDesk
brand-name = { -brand }

## Kinds of request

code-help_desk = உதவி மேசைக் கோரிக்கை
code-fund_query = ஆதரவு நிதி விசாரணை
code-short-help_desk = உதவி மேசை
code-short-fund_query = நிதி விசாரணை

## How a request staff filed for a practitioner reached the hub

code-phone_call = தொலைபேசி அழைப்பு
code-messaging = செய்தியிடல் செயலி
code-email = மின்னஞ்சல்
code-workshop = பயிலரங்கில்
code-in_person = நேரில்

## Topics (the hub's areas of work)

code-peer_learning = நகரங்களுக்கு இடையே பரஸ்பரக் கற்றல்
code-capacity_building = திறன் மேம்பாடு மற்றும் பயிற்சி
code-cooperation = ஒத்துழைப்பு (தேசிய-உள்ளூர், பல தரப்பு)
code-local_voices = உள்ளூர் குரல்களை உயர்த்துதல்
code-youth_engagement = இளைஞர்களும் உள்ளாட்சியும்
code-local_action_planning = உள்ளூர் செயல் திட்டமிடல்
code-support_fund = தொழில்நுட்ப ஆதரவு நிதி
code-exchange_visit = சக நகரத்துக்குப் பரிமாற்றப் பயணம்
code-other = மற்றவை
code-short-cooperation = ஒத்துழைப்பு
code-short-youth_engagement = இளைஞர் பங்கேற்பு

## Countries

code-BD = வங்காளதேசம்
code-IN = இந்தியா
code-LK = இலங்கை
code-MV = மாலத்தீவு
code-PK = பாகிஸ்தான்

## Budget categories

code-personnel = பணியாளர்கள்
code-activities_events = செயல்பாடுகள் மற்றும் நிகழ்வுகள்
code-materials = பொருட்கள்
code-travel = பயணம்
code-monitoring_evaluation = கண்காணிப்பு மற்றும் மதிப்பீடு

## Sharing with a city team

code-read = படிக்கலாம்
code-write = படிக்கவும் திருத்தவும் முடியும்

## Who wrote a message

code-requester = கோரிக்கையாளர்
code-staff = மைய ஊழியர்கள்

## A request's status, as the hub's staff call it

code-new = புதியது
code-triaged = வகைப்படுத்தப்பட்டது
code-in_progress = நடைபெறுகிறது
code-waiting_on_requester = கோரிக்கையாளருக்காகக் காத்திருக்கிறது
code-resolved = தீர்க்கப்பட்டது
code-closed = மூடப்பட்டது

## A request's status, as the field app tells its requester

status-new = புதியது
status-triaged = மையம் பார்த்தது
status-in_progress = நடைபெறுகிறது
status-waiting_on_requester = உங்களுக்காகக் காத்திருக்கிறது
status-resolved = தீர்க்கப்பட்டது
status-closed = மூடப்பட்டது

## Priorities

code-low = குறைவு
code-normal = சாதாரணம்
code-high = அதிகம்
code-urgent = அவசரம்

## Roles

code-practitioner = களப் பணியாளர்
code-agent = உதவி அலுவலர்
code-fund_manager = நிதி மேலாளர்
code-admin = நிர்வாகி

## A fund application's status

code-submitted = சமர்ப்பிக்கப்பட்டது
code-under_review = பரிசீலனையில்
code-changes_requested = மாற்றங்கள் கோரப்பட்டுள்ளன
code-approved = அங்கீகரிக்கப்பட்டது
code-declined = நிராகரிக்கப்பட்டது

## A signed-in device's platform ("other" is above)

code-android = Android
code-ios = iPhone அல்லது iPad
code-windows = Windows
code-macos = Mac
code-linux = Linux

## Why the client refused something (the page shows these for errors the client names)

client-forbidden = உங்கள் பொறுப்பில் இதைச் செய்ய அனுமதி இல்லை.
client-not-on-device = அந்தக் கோரிக்கை இன்னும் இந்தச் சாதனத்தில் இல்லை. அடுத்த முறை நீங்கள் இணைப்பில் இருக்கும்போது வந்து சேரும்.
client-not-an-amount = தொகையை உள்ளிடுங்கள், எ.கா. { NUMBER(12500, minimumFractionDigits: 2) }.
client-amount-not-positive = பூஜ்ஜியத்துக்கு மேற்பட்ட தொகையை உள்ளிடுங்கள்.

## Where a request is

sync-device = இந்தச் சாதனத்தில் மட்டும்
sync-sending = அனுப்பப்படுகிறது…
sync-hub = மையத்திடம் உள்ளது

## The directory: where a city stands with the network, and what a person offers

code-applicant = சேர விண்ணப்பித்துள்ளது
code-member = உறுப்பு நகரம்
code-former = முன்னாள் உறுப்பினர்
code-expert = நிபுணர்
code-peer = சக களப் பணியாளர்

## The fields of a directory entry

directory-field-organisation = அமைப்பு
directory-field-about = அறிமுகம்
directory-field-topics = கருப்பொருள்கள்
directory-field-languages = மொழிகள்
directory-field-cities = இணைந்து பணியாற்றிய நகரங்கள்
directory-field-email = மின்னஞ்சல்
directory-field-phone = தொலைபேசி
directory-since = { $when } முதல்
directory-focal-points = தொடர்பு அலுவலர்கள்: { $names }

## A city's needs: the groups its work serves, the areas asked about, how pressing each is

code-youth = இளைஞர்கள்
code-women = பெண்கள்
code-minorities = சிறுபான்மையினர்
code-persons_with_disabilities = மாற்றுத்திறனாளிகள்
code-older_people = முதியோர்
code-migrants = புலம்பெயர்ந்தோரும் இடம்பெயர்ந்தோரும்
code-urban_poor = நகர்ப்புற ஏழைகள்
needs-area-training = பயிற்சி
needs-area-technical_support = தொழில்நுட்ப ஆதரவு
needs-area-capacity = திறன் (பணியாளர்கள், அமைப்புகள், உபகரணங்கள்)
needs-urgency-0 = இல்லை
needs-urgency-1 = குறைவு
needs-urgency-2 = நடுத்தரம்
needs-urgency-3 = அதிகம்
needs-groups = உங்கள் நகரத்தின் பணி சேவை செய்யும் பிரிவினர்

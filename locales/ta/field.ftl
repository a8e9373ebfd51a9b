# The field app (the practitioners' phone app): frame, sign-in, lock, account, the list of
# requests and guidance. Forms and a request's own screen are in requests.ftl.

## What shows before the catalogue is loaded (kept for the next start)

boot-loading = { -brand } ஏற்றப்படுகிறது…
boot-retrying = { -brand } ஏற்றப்படும்போது இணைப்பு துண்டிக்கப்பட்டது. மீண்டும் முயல்கிறது…

## The frame

app-meta =
    .content = தெற்காசிய பிராந்திய மையத்திடம் உதவி கேளுங்கள், அதன் பதில்களைப் பின்தொடருங்கள், அதன் வழிகாட்டல்களைப் படியுங்கள் — இணைய இணைப்பு இருந்தாலும் இல்லாவிட்டாலும்.
nav-back =
    .aria-label = பின்செல்
nav-main =
    .aria-label = முதன்மை
tab-requests = கோரிக்கைகள்
tab-new = மையத்திடம் கேளுங்கள்
tab-guidance = வழிகாட்டல்
tab-account = கணக்கு
sync-offline = ஆஃப்லைன்
# A screen's name in the window title.
app-title = { $screen } · { -brand }
# $error is the browser's own description of what went wrong (often in English).
app-screen-failed = இந்தத் திரையைத் திறக்க முடியவில்லை: { $error }
app-start-failed = { -brand } தொடங்க முடியவில்லை: { $error }
app-open-elsewhere = இந்தச் சாதனத்தில் { -brand } ஏற்கெனவே வேறொரு தாவலில் அல்லது சாளரத்தில் திறந்துள்ளது.
app-open-elsewhere-note = எதுவும் இருமுறை எழுதப்படாமல் இருக்க, ஒரே நேரத்தில் ஒன்றில் மட்டுமே உங்கள் பணியை வைத்திருக்க முடியும். மற்றதை மூடிவிட்டு மீண்டும் முயலுங்கள்.
app-try-again = மீண்டும் முயலுங்கள்
app-signed-out = வெளியேறிவிட்டீர்கள். உங்களுடைய எதுவும் இந்தக் கைபேசியில் இல்லை.
# Someone else signs in on a phone that keeps another person's work.
app-other-person = இந்தக் கைபேசியில் { $username } அவர்களின் பணி உள்ளது. தொடர, { $username } என்ற பெயரில் உள்நுழையுங்கள்.

## Banners under the top bar

banner-session-rejected = இந்தக் கைபேசியின் உள்நுழைவை மையம் ஏற்கவில்லை. உங்கள் பணியை அனுப்ப மீண்டும் உள்நுழையுங்கள்; இங்குள்ள எதுவும் இழக்கப்படவில்லை.
banner-session-rejected-action = உள்நுழை
banner-offline = ஆஃப்லைன். நீங்கள் எழுதுவது இந்தக் கைபேசியில் வைக்கப்பட்டு, மீண்டும் இணைப்பு கிடைத்ததும் அனுப்பப்படும்.
banner-update = { -brand } இன் புதிய பதிப்பு தயார்.
banner-update-action = மீண்டும் ஏற்று

## The sync indicator in the top bar (short) and what it explains when tapped.
## $count and $waiting count requests with changes only on this phone.

sync-sign-in = ஒத்திசைக்க உள்நுழையுங்கள்
sync-sending-count = { $count } அனுப்பப்படுகிறது…
sync-up-to-date = புதுப்பித்த நிலையில்
sync-offline-waiting = ஆஃப்லைன் · { $count } காத்திருக்கின்றன
sync-connecting = இணைக்கிறது…
sync-connecting-waiting = இணைக்கிறது… · { $count } காத்திருக்கின்றன
# A long catch-up with the hub: $docs records and $kb kilobytes left.
sync-catching-up-short = { $docs } மீதம் · { $kb } KB
sync-catching-up =
    மையத்துடன் ஒத்திசைக்கிறது: இன்னும் { $docs ->
        [one] { $docs } பதிவு
       *[other] { $docs } பதிவுகள்
    } மற்றும் { $kb } KB மீதம் உள்ளன. நீங்கள் தொடர்ந்து பணியாற்றலாம்.
sync-explain-connected =
    மையத்துடன் இணைந்துள்ளது. { $waiting ->
        [0] இந்தக் கைபேசியில் உள்ள அனைத்தும் மையத்திடம் உள்ளன.
        [one] { $waiting } கோரிக்கையின் மாற்றங்கள் இந்தக் கைபேசியில் மட்டுமே உள்ளன.
       *[other] { $waiting } கோரிக்கைகளின் மாற்றங்கள் இந்தக் கைபேசியில் மட்டுமே உள்ளன.
    }
sync-explain-offline =
    இணைய இணைப்பு இல்லை. { $waiting ->
        [0] இந்தக் கைபேசியில் உள்ள அனைத்தும் மையத்திடம் உள்ளன.
        [one] { $waiting } கோரிக்கையின் மாற்றங்கள் இந்தக் கைபேசியில் மட்டுமே உள்ளன. இணைப்பு மீண்டும் கிடைத்ததும் அவை அனுப்பப்படும்.
       *[other] { $waiting } கோரிக்கைகளின் மாற்றங்கள் இந்தக் கைபேசியில் மட்டுமே உள்ளன. இணைப்பு மீண்டும் கிடைத்ததும் அவை அனுப்பப்படும்.
    }
sync-explain-connecting =
    மையத்துடன் இன்னும் இணைக்கப்படவில்லை. { $waiting ->
        [0] இந்தக் கைபேசியில் உள்ள அனைத்தும் மையத்திடம் உள்ளன.
        [one] { $waiting } கோரிக்கையின் மாற்றங்கள் இந்தக் கைபேசியில் மட்டுமே உள்ளன.
       *[other] { $waiting } கோரிக்கைகளின் மாற்றங்கள் இந்தக் கைபேசியில் மட்டுமே உள்ளன.
    }
# $seconds: when the next attempt to reach the hub is made.
sync-explain-retrying =
    மையத்துடன் இன்னும் இணைக்கப்படவில்லை. { $seconds } வினாடிகளில் மீண்டும் முயலும். { $waiting ->
        [0] இந்தக் கைபேசியில் உள்ள அனைத்தும் மையத்திடம் உள்ளன.
        [one] { $waiting } கோரிக்கையின் மாற்றங்கள் இந்தக் கைபேசியில் மட்டுமே உள்ளன.
       *[other] { $waiting } கோரிக்கைகளின் மாற்றங்கள் இந்தக் கைபேசியில் மட்டுமே உள்ளன.
    }

## Signing in

signin-tagline = தெற்காசிய பிராந்திய மையத்தின் உதவி மேசை, உங்கள் கையில்.
signin-username = பயனர் பெயர்
signin-password = கடவுச்சொல்
signin-submit = உள்நுழை
signin-busy = உள்நுழைகிறது…
signin-empty = உங்கள் பயனர் பெயரையும் கடவுச்சொல்லையும் உள்ளிடுங்கள்.
signin-unreachable = மையத்தை அணுக முடியவில்லை. உள்நுழைய ஒருமுறை இணைய இணைப்பு தேவை; அதன் பிறகு இணைப்பு இல்லாமலும் இந்தச் செயலி இயங்கும்.
signin-wrong = அந்தப் பயனர் பெயரும் கடவுச்சொல்லும் பொருந்தவில்லை.
signin-failed = உள்நுழைவு தோல்வியடைந்தது (HTTP { $status }).
signin-staff = இந்தச் செயலி களப் பணியாளர்களுக்கானது. மைய ஊழியர்கள் /console/ இல் உள்ள கன்சோலில் பணியாற்றுகிறார்கள்.
signin-network-note = ஒருமுறை உள்நுழைய உங்களுக்கு இணைய இணைப்பு தேவை. அதன் பிறகு, { -brand } இணைப்பு இல்லாமலேயே இயங்கும்: அனைத்தும் இந்தக் கைபேசியில் வைக்கப்பட்டு, இணைப்பு மீண்டும் கிடைத்ததும் அனுப்பப்படும்.
signin-again = உங்கள் பணியை மையத்துக்கு அனுப்ப மீண்டும் உள்நுழையுங்கள். இந்தச் சாதனத்தில் உள்ள எதுவும் இழக்கப்படவில்லை.
# The phone locked itself after $days days without reaching the hub.
signin-offline-locked =
    { $days ->
        [one] இந்தக் கைபேசி { $days } நாளுக்கு மேலாக மையத்தை அணுகவில்லை, எனவே { -brand } அதைப் பூட்டிவிட்டது.
       *[other] இந்தக் கைபேசி { $days } நாட்களுக்கு மேலாக மையத்தை அணுகவில்லை, எனவே { -brand } அதைப் பூட்டிவிட்டது.
    }
signin-offline-locked-next = தொடர, இணைய இணைப்புடன் உள்நுழைந்து, பின்னர் உங்கள் PIN-ஐ உள்ளிடுங்கள். நீங்கள் இன்னும் அனுப்பாதவை மறையாக்கம் செய்யப்பட்டு இந்தக் கைபேசியிலேயே உள்ளன.
# The owner forgot the PIN; $unsent requests have changes that were never sent.
signin-forgot-title = உள்நுழைந்தால் இந்தக் கைபேசி புதிதாகத் தொடங்கும்.
signin-forgot-text =
    { $unsent ->
        [0] மையத்தை அடைந்த அனைத்தும் திரும்பக் கிடைக்கும். மனம் மாறிவிட்டதா? அதற்குப் பதிலாக PIN-ஐ உள்ளிட, பக்கத்தை மீண்டும் ஏற்றுங்கள்.
        [one] { $unsent } கோரிக்கையில் மையத்தை ஒருபோதும் அடையாத மாற்றங்கள் உள்ளன; அவை இழக்கப்படும். மையத்தை அடைந்த அனைத்தும் திரும்பக் கிடைக்கும். மனம் மாறிவிட்டதா? அதற்குப் பதிலாக PIN-ஐ உள்ளிட, பக்கத்தை மீண்டும் ஏற்றுங்கள்.
       *[other] { $unsent } கோரிக்கைகளில் மையத்தை ஒருபோதும் அடையாத மாற்றங்கள் உள்ளன; அவை இழக்கப்படும். மையத்தை அடைந்த அனைத்தும் திரும்பக் கிடைக்கும். மனம் மாறிவிட்டதா? அதற்குப் பதிலாக PIN-ஐ உள்ளிட, பக்கத்தை மீண்டும் ஏற்றுங்கள்.
    }
# Why the phone is empty: it deleted what it kept on $when (a date and time).
signin-wiped-pins-title = இந்தக் கைபேசியில் பல முறை தவறான PIN உள்ளிடப்பட்டது.
signin-wiped-pins-text = { $when } அன்று, கடைசித் தவறான முயற்சிக்குப் பிறகு, { -brand } இங்கு வைத்திருந்த அனைத்தையும், வரைவுகள் மற்றும் அனுப்பாத பணிகள் உட்பட, நீக்கிவிட்டது. மீண்டும் உள்நுழையுங்கள்; மையத்தை அடைந்தவை இன்னும் அங்கே உள்ளன.
signin-wiped-revoked-title = இந்தக் கைபேசி வேறு இடத்திலிருந்து { -brand } இலிருந்து வெளியேற்றப்பட்டது.
signin-wiped-revoked-text = { $when } அன்று, இதன் அணுகல் நீக்கப்பட்டதாக மையம் தெரிவித்தது; அதை நீங்கள் வேறொரு சாதனத்திலிருந்தோ அல்லது ஒரு மைய நிர்வாகியோ செய்திருக்கலாம். எனவே { -brand } இங்கு வைத்திருந்த அனைத்தையும், வரைவுகள் மற்றும் அனுப்பாத பணிகள் உட்பட, நீக்கிவிட்டது. இது தவறு என்றால், மீண்டும் உள்நுழையுங்கள்; மையத்தை அடைந்தவை இன்னும் அங்கே உள்ளன.

## The lock: choosing a PIN, and unlocking with it

lock-choose-title = இந்தக் கைபேசிக்கு ஒரு PIN-ஐத் தேர்ந்தெடுங்கள்
# $min and $max digits; the phone locks itself after $minutes minutes unused.
lock-choose-text =
    கைபேசியை யார் எடுத்தாலும் படிக்க முடியாதபடி, { -brand } உங்கள் கோரிக்கைகளை இந்தக் கைபேசியில் மறையாக்கம் செய்து வைக்கிறது. { $min } முதல் { $max } இலக்கங்கள் கொண்ட PIN-ஐத் தேர்ந்தெடுங்கள்: { -brand } திறக்கும் ஒவ்வொரு முறையும், { $minutes ->
        [one] { $minutes } நிமிடம்
       *[other] { $minutes } நிமிடங்கள்
    } பயன்படுத்தாமல் இருந்த பிறகும் அதை உள்ளிட வேண்டும்.
lock-new-pin = புதிய PIN
lock-pin-again = அதே PIN மீண்டும்
lock-save = PIN-ஐச் சேமி
lock-saving = இந்தக் கைபேசியைப் பூட்டுகிறது…
lock-pins-differ = இரண்டு PIN-களும் ஒன்றாக இல்லை. ஒரே PIN-ஐ இருமுறை தட்டச்சு செய்யுங்கள்.
lock-forget-note = நீங்கள் மறந்துவிட்டால், இணைய இணைப்புடன் மீண்டும் உள்நுழையலாம்; இந்தக் கைபேசி மையத்துக்கு அனுப்பாதவை மட்டுமே இழக்கப்படும்.
lock-locked-title = { -brand } பூட்டப்பட்டுள்ளது
lock-enter-pin = திறக்க, { $username } இன் PIN-ஐ உள்ளிடுங்கள்.
lock-pin = PIN
lock-unlock = திற
lock-unlocking = திறக்கிறது…
lock-empty = உங்கள் PIN-ஐ உள்ளிடுங்கள்.
# $left wrong tries remain before the phone deletes what it keeps.
lock-wrong-pin =
    அந்த PIN சரியில்லை. { $left ->
        [one] இன்னும் { $left } முயற்சி மட்டுமே உள்ளது
       *[other] இன்னும் { $left } முயற்சிகள் உள்ளன
    }; அதன் பிறகு { -brand } இந்தக் கைபேசியில் வைத்திருப்பவற்றை நீக்கிவிடும்.
lock-forgot-summary = உங்கள் PIN மறந்துவிட்டதா?
lock-forgot-text = PIN இல்லாமல், { -brand } இந்தக் கைபேசியில் வைத்திருப்பவற்றை யாராலும் படிக்க முடியாது, மையத்தால்கூட முடியாது. நீங்கள் இணைய இணைப்புடன் மீண்டும் உள்நுழைந்து இந்தக் கைபேசியைப் புதிதாகத் தொடங்கலாம்: மையத்தை அடைந்த அனைத்தும் திரும்பக் கிடைக்கும், கைபேசியை விட்டு வெளியேறாதவை இழக்கப்படும்.
lock-forgot-unsent =
    { $unsent ->
        [0] இந்தக் கைபேசிக்குத் தெரிந்தவரை, இதில் உள்ள அனைத்தும் மையத்தை அடைந்துவிட்டன.
        [one] { $unsent } கோரிக்கையில் மையத்துக்கு இன்னும் அனுப்பாத மாற்றங்கள் உள்ளன; அவை இழக்கப்படும்.
       *[other] { $unsent } கோரிக்கைகளில் மையத்துக்கு இன்னும் அனுப்பாத மாற்றங்கள் உள்ளன; அவை இழக்கப்படும்.
    }
lock-start-afresh = மீண்டும் உள்நுழைந்து புதிதாகத் தொடங்கு
# What is wrong with a new PIN ($min and $max are the shortest and longest PIN).
lock-pin-digits-only = PIN இலக்கங்களை மட்டுமே கொண்டிருக்க வேண்டும்.
lock-pin-too-short = PIN-இல் குறைந்தது { $min } இலக்கங்கள் இருக்க வேண்டும்.
lock-pin-too-long = PIN-இல் அதிகபட்சம் { $max } இலக்கங்கள் இருக்கலாம்.
lock-pin-repeated = ஒரே இலக்கம் திரும்பத் திரும்ப வரும் PIN-ஐ எளிதில் ஊகித்துவிடலாம்.
lock-pin-in-a-row = வரிசையாக வரும் இலக்கங்களைக் கொண்ட PIN-ஐ (123456 போன்றது) எளிதில் ஊகித்துவிடலாம்.

## Account

account-title = கணக்கு
account-role = பொறுப்பு
account-place = இடம்
account-place-value = { $city }, { $country }
account-on-phone = இந்தக் கைபேசியில்
account-requests = கோரிக்கைகள்
# $total requests on the phone, $waiting of them with changes the hub does not have yet.
account-requests-count =
    { $waiting ->
        [0] { $total }, அனைத்தும் மையத்திடம் உள்ளன
       *[other] { $total } ({ $waiting } இன்னும் மையத்திடம் இல்லை)
    }
account-guidance = வழிகாட்டல்
account-guidance-count = ஆஃப்லைனில் படிக்க { $count } சேமிக்கப்பட்டுள்ளன
account-drafts = வரைவுகள்
account-language = மொழி
account-language-offline = இணைய இணைப்பு இல்லாமல் இந்த மொழியை ஏற்ற முடியாது. கைபேசி இணைப்பில் இருக்கும்போது மீண்டும் முயலுங்கள்.
account-devices = உங்கள் சாதனங்கள்
account-devices-offline = கைபேசி இணைப்பில் இருக்கும்போது காட்டப்படும்.
# $name is the device's name; $when a date and time.
account-device-this-phone = { $name } (இந்தக் கைபேசி)
account-device-signed-out = { $when } அன்று வெளியேறியது
account-device-last-seen = கடைசியாகப் பார்த்தது { $when }
account-revoke = அதை வெளியேற்று
account-revoke-confirm = "{ $name }" ஐ வெளியேற்றவா? அது தொலைந்திருந்தால், அடுத்த முறை இணைப்பில் வரும்போது { -brand } அதில் வைத்திருப்பவற்றை அது நீக்கிவிடும்.
account-revoke-failed = அது மையத்தை அடையவில்லை. இணைய இணைப்புடன் மீண்டும் முயலுங்கள்.
account-sign-out = வெளியேறு
account-sign-out-question = வெளியேறவா?
account-sign-out-text = உங்கள் கோரிக்கைகளும் வழிகாட்டல்களும் இந்தக் கைபேசியிலிருந்து நீக்கப்படும். அவை மையத்திடம் இருக்கும்: அவற்றைத் திரும்பப் பெற மீண்டும் உள்நுழையுங்கள்.
account-at-risk-title = சில பணிகள் இந்தக் கைபேசியில் மட்டுமே உள்ளன
account-at-risk-text = வெளியேறினால், { -brand } இந்தக் கைபேசியில் வைத்திருக்கும் அனைத்தும் நீக்கப்படும். இவை இன்னும் மையத்திடம் இல்லை, இழக்கப்படும்:
# A request not yet with the hub: its title, and where it is ($sync: device or sending).
account-unsent-request =
    { $title } ({ $sync ->
        [sending] அனுப்பப்படுகிறது…
       *[device] இந்தச் சாதனத்தில் மட்டும்
    })
account-unsent-drafts =
    { $count ->
        [one] முடிக்காத { $count } வரைவு
       *[other] முடிக்காத { $count } வரைவுகள்
    }
account-keep-note = அவற்றை வைத்திருக்க, இணையத்துடன் இணைந்து, அவை “{ sync-hub }” எனக் காட்டும் வரை காத்திருங்கள்.
account-keep-signed-in = என்னை உள்நுழைந்த நிலையில் வை
account-sign-out-delete = வெளியேறி அவற்றை நீக்கு
account-signing-out = வெளியேறுகிறது…

## The list of requests

list-title = எனது கோரிக்கைகள்
list-new = + புதியது
list-empty = இங்கு இன்னும் எதுவும் இல்லை.
list-empty-note = மையத்திடம் உதவி கேளுங்கள் அல்லது ஆதரவு நிதி பற்றிக் கேளுங்கள். நீங்கள் எழுதுவது இணைப்பு இல்லாதபோதும் இந்தக் கைபேசியில் வைக்கப்பட்டு, இணைப்பு கிடைக்கும்போது மையத்துக்கு அனுப்பப்படும்.
list-empty-action = மையத்திடம் கேளுங்கள்
list-chip-team = உங்கள் நகரக் குழுவிடமிருந்து
list-chip-replied = மையம் பதிலளித்தது
list-chip-conflict = உங்கள் தேர்வு தேவை

## Drafts

# A form left unfinished; $title is what was typed as its title.
draft-unfinished-request = முடிக்காத கோரிக்கை: { $title }
draft-unfinished-fund = முடிக்காத நிதி விசாரணை: { $title }
draft-untitled = தலைப்பு இல்லை
draft-saving = வரைவு சேமிக்கப்படுகிறது…
draft-saved = வரைவு இந்தச் சாதனத்தில் சேமிக்கப்பட்டது
draft-failed = வரைவை இந்தச் சாதனத்தில் சேமிக்க முடியவில்லை. இந்தத் திரையைத் திறந்தே வையுங்கள்.

## Guidance

guidance-title = வழிகாட்டல்
guidance-intro = மையம் வெளியிடும் வழிகாட்டல்கள்: உள்ளூர் செயல் திட்டத்தை எப்படி எழுதுவது, ஆதரவு நிதியின் விதிமுறைகள், மாதிரிப் படிவங்கள், பிற நகரங்களின் நல்ல நடைமுறைகள்.
guidance-saved = ஆஃப்லைனில் படிக்க இந்தக் கைபேசியில் சேமிக்கப்பட்டது
guidance-empty = இந்தக் கைபேசியில் இன்னும் வழிகாட்டல் எதுவும் இல்லை.
guidance-empty-note = மையம் வெளியிடுபவை அடுத்த முறை நீங்கள் இணைப்பில் இருக்கும்போது வந்து சேரும்; அவற்றை ஆஃப்லைனிலும் படிக்கலாம்.
guidance-missing = இந்த வழிகாட்டல் இன்னும் இந்தக் கைபேசியில் இல்லை. அடுத்த முறை நீங்கள் இணைப்பில் இருக்கும்போது வந்து சேரும்.
# $date is a date.
guidance-published = வெளியிடப்பட்டது { $date }
# Under an item in the list: the other languages it exists in, such as "Bengali and Urdu".
guidance-also-in = பிற மொழிகளிலும் உள்ளது: { $languages }
# Before the links to an item's versions in other languages.
guidance-versions = பிற மொழிகளில்:

## Events: the hub's trainings, workshops, dialogues and exchange visits (a link on the
## guidance screen opens them).
events-link = பயிற்சிகள் மற்றும் நிகழ்வுகள்
# Under the list of events: asks the hub to arrange a visit to another city in the network.
events-ask-exchange = சக நகரத்துக்குப் பரிமாற்றப் பயணத்தைக் கோருங்கள்
events-title = நிகழ்வுகள்
events-intro = மையம் நடத்தும் பயிற்சிகள், பயிலரங்குகள், கலந்துரையாடல்கள் மற்றும் பரிமாற்றப் பயணங்கள். இணைய இணைப்பு இருந்தாலும் இல்லாவிட்டாலும் இங்கே பதிவு செய்யுங்கள்: பதிவுகள் மையத்தை அடையும் வரிசைப்படி இருக்கைகள் வழங்கப்படும்.
events-empty = வரவிருக்கும் நிகழ்வுகள் எதுவும் இல்லை. பின்னர் மீண்டும் பாருங்கள்.
events-as-of = இந்தக் கைபேசி கடைசியாக மையத்தை அடைந்த { $when } நிலவரப்படி.
events-hub-http = மையம் பிழையுடன் பதிலளித்தது (HTTP { $status }). பின்னர் மீண்டும் முயலுங்கள்.
events-kind-training = பயிற்சி
events-kind-workshop = பயிலரங்கு
events-kind-dialogue = கலந்துரையாடல்
events-kind-exchange_visit = பரிமாற்றப் பயணம்
events-online = இணைய வழியில்
events-seats = { $seats } இருக்கைகளில் { $admitted } நிரம்பியுள்ளன
events-seats-full = { $seats } இருக்கைகளும் நிரம்பிவிட்டன · { $waiting } பேர் காத்திருக்கின்றனர்
events-register = பதிவு செய்
events-cancel = எனது பதிவை ரத்து செய்
events-dismiss = சரி
events-status-admitted = உங்களுக்கு இருக்கை கிடைத்துள்ளது.
events-status-waiting = நீங்கள் காத்திருப்புப் பட்டியலில் உள்ளீர்கள். யாராவது தங்கள் பதிவை ரத்து செய்தால் உங்களுக்கு இருக்கை கிடைக்கும்.
events-status-queued-register = உங்கள் பதிவு இந்தக் கைபேசியில் உள்ளது. கைபேசி இணைப்பில் இருக்கும்போது அது அனுப்பப்படும்.
events-status-queued-cancel = உங்கள் பதிவு ரத்து இந்தக் கைபேசியில் உள்ளது. கைபேசி இணைப்பில் இருக்கும்போது அது அனுப்பப்படும்.

## Feedback after an event the person attended

feedback-title = நிகழ்வு எப்படி இருந்தது என்று மையத்துக்குச் சொல்லுங்கள்
feedback-scale = 1 என்றால் மோசம், 5 என்றால் மிகச் சிறப்பு.
feedback-rating = நிகழ்வு எப்படி இருந்தது?
feedback-usefulness = உங்கள் பணிக்கு இது எவ்வளவு பயனுள்ளது?
feedback-comment = வேறு ஏதாவது சொல்ல விரும்புகிறீர்களா? (விருப்பமானால்)
feedback-send = அனுப்பு
feedback-queued = நன்றி. உங்கள் பதில் இந்தக் கைபேசியில் சேமிக்கப்பட்டுள்ளது. கைபேசி இணைப்பில் இருக்கும்போது அது மையத்துக்கு அனுப்பப்படும்.

## The directory

directory-link = நபர்களும் நகரங்களும்
directory-title = அடைவு
directory-intro = உறுப்பு நகரங்களும் உதவக்கூடிய நபர்களும்: இந்தப் பணியைச் செய்து அனுபவம் பெற்ற நிபுணர்களும் களப் பணியாளர்களும். இது இந்தக் கைபேசியில் வைக்கப்பட்டுள்ளதால், ஆஃப்லைனிலும் இதில் தேடலாம்.
directory-search = அடைவில் தேடு
directory-search-hint = பெயர், கருப்பொருள், மொழி அல்லது நகரம்
directory-people = நபர்கள்
directory-cities = உறுப்பு நகரங்கள்
directory-empty = இந்தத் தேடலுக்குப் பொருந்தும் எதுவும் அடைவில் இல்லை.
directory-not-yet = அடைவு இன்னும் இந்தக் கைபேசியை வந்தடையவில்லை. இணைய இணைப்பு இருக்கும்போது இந்தத் திரையை மீண்டும் திறவுங்கள்.
directory-as-of = இந்தக் கைபேசி கடைசியாக மையத்தை அடைந்த { $when } நிலவரப்படி.
directory-hub-http = மையம் பிழையுடன் பதிலளித்தது (HTTP { $status }). பின்னர் மீண்டும் முயலுங்கள்.
directory-mine = உங்கள் பதிவு
directory-mine-note = உங்கள் பெயர், நீங்கள் வழங்கும் உதவி, உங்கள் நகரம் ஆகியவை எப்போதும் காட்டப்படும். வேறு எவற்றைப் பிறர் பார்க்கலாம் என்று தேர்ந்தெடுங்கள்; மையம் எப்போதும் அனைத்தையும் பார்க்கும்.
directory-mine-shown = பிறர் பார்ப்பவை
directory-mine-listed = என்னை அடைவில் பட்டியலிடு
directory-mine-save = சேமி
directory-mine-queued = இந்தக் கைபேசியில் சேமிக்கப்பட்டது; நீங்கள் இணைப்பில் இருக்கும்போது இது மையத்தைச் சென்றடையும்.

## A city's needs

needs-link = இந்தக் காலாண்டில் உங்கள் நகரத்தின் தேவைகள்
needs-title = நகரத் தேவைகள்
needs-intro = காலாண்டுக்கு ஒருமுறை, ஒவ்வொரு உறுப்பு நகரமும் தனக்கு என்ன தேவை என்பதை மையத்துக்குத் தெரிவிக்கிறது. உங்கள் பதில்களைக் கொண்டே மையம் தனது பயிற்சிகளையும் ஆதரவையும் திட்டமிடுகிறது. இதை ஆஃப்லைனிலும் நிரப்பலாம்; நீங்கள் இணைப்பில் இருக்கும்போது இது அனுப்பப்படும்.
needs-none = நீங்கள் ஓர் உறுப்பு நகரத்தின் தொடர்பு அலுவலர் அல்ல; எனவே நிரப்ப வேண்டியது எதுவும் இல்லை.
needs-city = { $city }, { $period }
needs-topics = எந்தக் கருப்பொருள்களில்
needs-detail = உங்கள் சொந்த வார்த்தைகளில் (விருப்பமானால்)
needs-send = மையத்துக்கு அனுப்பு
needs-queued = இந்தக் கைபேசியில் சேமிக்கப்பட்டது; நீங்கள் இணைப்பில் இருக்கும்போது இது மையத்தைச் சென்றடையும்.
needs-sent = அனுப்பப்பட்டது { $when }. காலாண்டு முடியும் வரை உங்கள் பதில்களை மாற்றலாம்.

## Handing a request to a successor

detail-handed-to-you = உங்கள் நகரத்தின் தலைமை மாறியபோது, { $date } அன்று இது உங்களிடம் ஒப்படைக்கப்பட்டது. இப்போது இது உங்களுடையது.
handover-title = உங்களுக்குப் பின் பொறுப்பேற்பவரிடம் ஒப்படைத்தல்
handover-note = இந்த நகரத்தில் உங்கள் பணியை வேறொருவர் ஏற்றால், இந்தக் கோரிக்கையை அதன் உரையாடலுடனும், நிதி விண்ணப்பம் இருந்தால் அதனுடனும் அவரிடம் ஒப்படையுங்கள். அன்றிலிருந்து அது அவருடையது; நீங்கள் இனி அதைப் பார்க்க மாட்டீர்கள்.
handover-successor = உங்களுக்குப் பின் பொறுப்பேற்பவரின் பயனர் பெயர்
handover-send = ஒப்படை
handover-offline = ஒப்படைக்க மையத்துடன் இணைப்பு தேவை. நீங்கள் இணைப்பில் இருக்கும்போது மீண்டும் முயலுங்கள்.
handover-failed = மையத்தால் இதை ஒப்படைக்க முடியவில்லை (HTTP { $status }). பின்னர் மீண்டும் முயலுங்கள்.
handover-done = { $successor } இடம் ஒப்படைக்கப்பட்டது. அடுத்த முறை மையத்தை அடையும்போது இது இந்தக் கைபேசியிலிருந்து நீக்கப்படும்.

## Referrals

referral-offers-title = உங்கள் உதவி கோரப்பட்டுள்ளது
referral-offer-note = இந்தக் கோரிக்கையில் நீங்கள் உதவ முடியும் என்று மையம் கருதுகிறது. நீங்கள் ஏற்றுக்கொண்டால், இதைப் படித்து அதன் உரையாடலில் இணைவீர்கள்; நீங்கள் இணைக்கப்பட்டதைக் கோரிக்கையாளர் பார்ப்பார்.
referral-accept = ஏற்றுக்கொள்
referral-decline = நிராகரி
referral-offline = பதிலளிக்க மையத்துடன் இணைப்பு தேவை. நீங்கள் இணைப்பில் இருக்கும்போது மீண்டும் முயலுங்கள்.
referral-hub-http = மையம் பிழையுடன் பதிலளித்தது (HTTP { $status }). பின்னர் மீண்டும் முயலுங்கள்.
list-chip-referred = உங்களிடம் பரிந்துரைக்கப்பட்டது
detail-referred-to-you = மையம் இந்தக் கோரிக்கையை உங்களிடம் பரிந்துரைத்துள்ளது. நீங்கள் இதைப் படித்து, அதன் உரையாடலில் எழுதலாம்.
detail-connected-with = மையம் உங்களை { $names } உடன் இணைத்துள்ளது.

## Shared practice

practice-link = ஒரு நல்ல நடைமுறையைப் பகிருங்கள்
practice-title = ஒரு நல்ல நடைமுறையைப் பகிருங்கள்
practice-intro = பிறர் கற்றுக்கொள்ளக்கூடிய, உங்கள் நகரம் செய்த ஒன்று: என்ன செய்யப்பட்டது, அது எந்த அபாயத்தை எதிர்கொண்டது, அதன் விளைவு என்ன என்பதை மையத்துக்குச் சொல்லுங்கள். மையம் உங்களுடன் சேர்ந்து அதை மதிப்பாய்வு செய்து, உங்கள் பெயருடனும் உங்கள் நகரத்துடனும் நூலகத்தில் வெளியிடும். இதை ஆஃப்லைனிலும் எழுதலாம்; நீங்கள் இணைப்பில் இருக்கும்போது இது அனுப்பப்படும்.
practice-mine = நீங்கள் பகிர்ந்த நடைமுறைகள்
practice-choose = தேர்ந்தெடுங்கள்…
practice-field-title = தலைப்பு
practice-field-topic = கருப்பொருள்
practice-field-done = என்ன செய்யப்பட்டது
practice-field-risk = அது எதிர்கொண்ட அபாயம் அல்லது சிக்கல்
practice-field-partners = இதில் பணியாற்றியவர்கள் (விருப்பமானால்)
practice-field-outcome = அதன் விளைவு என்ன
practice-field-contacts = இது பற்றி யாரிடம் கேட்கலாம் (விருப்பமானால்)
practice-share = மையத்துடன் பகிர்
practice-send-change = மாற்றத்தை அனுப்பு
practice-changing = “{ $title }” ஐ மாற்றுகிறீர்கள்.
practice-change = மாற்று
practice-withdraw = திரும்பப் பெறு
practice-queued = இந்தக் கைபேசியில் சேமிக்கப்பட்டது; நீங்கள் இணைப்பில் இருக்கும்போது இது மையத்தைச் சென்றடையும்.
practice-hub-http = மையம் பிழையுடன் பதிலளித்தது (HTTP { $status }). பின்னர் மீண்டும் முயலுங்கள்.
practice-stage-submitted = மதிப்பாய்வுக்காக மையத்திடம் உள்ளது
practice-stage-changes_requested = மையம் மாற்றங்களைக் கேட்கிறது
practice-stage-published = நூலகத்தில் உள்ளது
practice-stage-withdrawn = திரும்பப் பெறப்பட்டது
guidance-search = நூலகத்தில் தேடு
guidance-credit = பகிர்ந்தவர்: { $name }, { $city }, { $country }

# The field app (the practitioners' phone app): its frame, sign-in, lock, account, the list of
# requests and guidance. Forms and a request's own screen are in requests.ftl.

## What shows before the catalogue is loaded (kept for the next start)

boot-loading = { -brand } ލޯޑުވަނީ…
boot-retrying = { -brand } ލޯޑުވަމުން ދަނިކޮށް ނެޓްވޯކް ކެނޑިއްޖެ. އަލުން މަސައްކަތް ކުރަނީ…

## The frame

app-meta =
    .content = ދެކުނު އޭޝިއާގެ ސަރަޙައްދީ ހަބުން އެހީއަށް އެދި، އޭގެ ޖަވާބުތައް ބައްލަވައި، އިރުޝާދު ކިޔުއްވާ، ނެޓްވޯކް ހުރިޔަސް ނެތަސް.
nav-back =
    .aria-label = ފަހަތަށް
nav-main =
    .aria-label = މައި
tab-requests = ރިކުއެސްޓްތައް
tab-new = ހަބުން އައްސަވާ
tab-guidance = އިރުޝާދު
tab-account = އެކައުންޓް
sync-offline = އޮފްލައިން
# A screen's name in the window title; the screens that have none show the brand alone.
app-title = { $screen } · { -brand }
# $error is the browser's own description of what went wrong (often in English).
app-screen-failed = މި ސްކްރީން ހުޅުވިއެއް ނުދިޔަ: { $error }
app-start-failed = { -brand } ފެށިއެއް ނުދިޔަ: { $error }
app-open-elsewhere = { -brand } މި ޑިވައިސްގެ އެހެން ޓެބެއް ނުވަތަ ވިންޑޯއެއްގައި މިހާރުވެސް ހުޅުވިފައި އެބައޮތް.
app-open-elsewhere-note = އެއްވެސް އެއްޗެއް ދެފަހަރު ނުލިޔެވޭތޯ، ތިޔަބޭފުޅާގެ މަސައްކަތް ރައްކާކުރެވޭނީ އެއް ފަހަރާ އެއް ތަނަކުން. އަނެއް ތަން ބަންދުކުރައްވާފައި، އަލުން މަސައްކަތް ކުރައްވާ.
app-try-again = އަލުން މަސައްކަތް ކުރައްވާ
app-signed-out = ސައިން އައުޓް ކުރެވިއްޖެ. ތިޔަބޭފުޅާގެ އެއްވެސް އެއްޗެއް މި ފޯނުގައި ނެތް.
# Someone else signs in on a phone that keeps another person's work.
app-other-person = މި ފޯނުގައި އެބައޮތީ { $username } ގެ މަސައްކަތް. ކުރިއަށް ދިއުމަށް { $username } ގެ ގޮތުގައި ސައިން އިން ކުރައްވާ.

## Banners under the top bar

banner-session-rejected = ހަބުން މި ފޯނުގެ ސައިން އިން ބަލައެއް ނުގަތް. ތިޔަބޭފުޅާގެ މަސައްކަތް ފޮނުވުމަށް އަލުން ސައިން އިން ކުރައްވާ، މިތާ އެއްވެސް އެއްޗެއް ގެއްލިފައެއް ނުވޭ.
banner-session-rejected-action = ސައިން އިން
banner-offline = އޮފްލައިން. ތިޔަބޭފުޅާ ލިޔުއްވާ އެއްޗެހި މި ފޯނުގައި ރައްކާވެ، އަލުން އޮންލައިން ވުމުން ފޮނުވޭނެ.
banner-update = { -brand } ގެ އާ ވާޝަނެއް ތައްޔާރު.
banner-update-action = ރީލޯޑް ކުރައްވާ

## The sync indicator in the top bar (short) and what it explains when tapped.
## $count and $waiting count requests with changes only on this phone.

sync-sign-in = ސިންކް ކުރުމަށް ސައިން އިން ކުރައްވާ
sync-sending-count = { $count } ފޮނުވަނީ…
sync-up-to-date = އަޕްޑޭޓް
sync-offline-waiting = އޮފްލައިން · { $count } މަޑުކުރަނީ
sync-connecting = ގުޅެނީ…
sync-connecting-waiting = ގުޅެނީ… · { $count } މަޑުކުރަނީ
# A long catch-up with the hub: $docs records and $kb kilobytes left.
sync-catching-up-short = { $docs } ބާކީ · { $kb } KB
sync-catching-up =
    ހަބާ އެއްވަރުވަނީ: އަދި { $docs ->
        [one] { $docs } ރެކޯޑު
       *[other] { $docs } ރެކޯޑު
    } އާއި { $kb } KB ބާކީ. ތިޔަބޭފުޅާއަށް މަސައްކަތް ކުރަމުން ގެންދެވޭނެ.
sync-explain-connected =
    ހަބާ ގުޅިފައި. { $waiting ->
        [0] މި ފޯނުގައިވާ ހުރިހާ އެއްޗެއް ހަބަށް ލިބިފައި.
        [one] { $waiting } ރިކުއެސްޓެއްގައި ހުރި ބަދަލުތައް އޮތީ މި ފޯނުގައި އެކަނި.
       *[other] { $waiting } ރިކުއެސްޓްގައި ހުރި ބަދަލުތައް އޮތީ މި ފޯނުގައި އެކަނި.
    }
sync-explain-offline =
    ނެޓްވޯކް ނެތް. { $waiting ->
        [0] މި ފޯނުގައިވާ ހުރިހާ އެއްޗެއް ހަބަށް ލިބިފައި.
        [one] { $waiting } ރިކުއެސްޓެއްގައި ހުރި ބަދަލުތައް އޮތީ މި ފޯނުގައި އެކަނި. ނެޓްވޯކް ލިބުމުން އެ ބަދަލުތައް ފޮނުވޭނެ.
       *[other] { $waiting } ރިކުއެސްޓްގައި ހުރި ބަދަލުތައް އޮތީ މި ފޯނުގައި އެކަނި. ނެޓްވޯކް ލިބުމުން އެ ބަދަލުތައް ފޮނުވޭނެ.
    }
sync-explain-connecting =
    އަދި ހަބާ ނުގުޅޭ. { $waiting ->
        [0] މި ފޯނުގައިވާ ހުރިހާ އެއްޗެއް ހަބަށް ލިބިފައި.
        [one] { $waiting } ރިކުއެސްޓެއްގައި ހުރި ބަދަލުތައް އޮތީ މި ފޯނުގައި އެކަނި.
       *[other] { $waiting } ރިކުއެސްޓްގައި ހުރި ބަދަލުތައް އޮތީ މި ފޯނުގައި އެކަނި.
    }
# $seconds: when the next attempt to reach the hub is made.
sync-explain-retrying =
    އަދި ހަބާ ނުގުޅޭ. { $seconds } ސިކުންތު ފަހުން އަލުން މަސައްކަތް ކުރާނެ. { $waiting ->
        [0] މި ފޯނުގައިވާ ހުރިހާ އެއްޗެއް ހަބަށް ލިބިފައި.
        [one] { $waiting } ރިކުއެސްޓެއްގައި ހުރި ބަދަލުތައް އޮތީ މި ފޯނުގައި އެކަނި.
       *[other] { $waiting } ރިކުއެސްޓްގައި ހުރި ބަދަލުތައް އޮތީ މި ފޯނުގައި އެކަނި.
    }

## Signing in

signin-tagline = ދެކުނު އޭޝިއާގެ ސަރަޙައްދީ ހަބުގެ ހެލްޕް ޑެސްކް، ތިޔަބޭފުޅާގެ ޖީބުގައި.
signin-username = ޔޫޒަރނޭމް
signin-password = ޕާސްވޯޑް
signin-submit = ސައިން އިން
signin-busy = ސައިން އިން ވަނީ…
signin-empty = ތިޔަބޭފުޅާގެ ޔޫޒަރނޭމް އާއި ޕާސްވޯޑް ލިޔުއްވާ.
signin-unreachable = ހަބާ ގުޅޭކަށް ނެތް. ސައިން އިން ވުމަށް އެއްފަހަރު ނެޓްވޯކް ބޭނުންވޭ، އޭގެ ފަހުން އެޕް އޮފްލައިންކޮށް ބޭނުންކުރެވޭނެ.
signin-wrong = އެ ޔޫޒަރނޭމް އާއި ޕާސްވޯޑް ދިމާއެއް ނުވޭ.
signin-failed = ސައިން އިން ނުވެވުނު (HTTP { $status }).
signin-staff = މި އެޕް ހަދާފައިވަނީ ފީލްޑްގައި މަސައްކަތްކުރާ ޕްރެކްޓިޝަނަރުންނަށް. ހަބުގެ މުވައްޒަފުން މަސައްކަތް ކުރަނީ /console/ ގައިވާ ކޮންސޯލުގައި.
signin-network-note = ފުރަތަމަ ފަހަރު ސައިން އިން ވުމަށް ނެޓްވޯކް ބޭނުންވޭ. އޭގެ ފަހުން { -brand } ނެޓްވޯކް ނެތިވެސް ބޭނުންކުރެވޭނެ: ހުރިހާ އެއްޗެއް މި ފޯނުގައި ރައްކާވެ، ނެޓްވޯކް ލިބުމުން ފޮނުވޭނެ.
signin-again = ތިޔަބޭފުޅާގެ މަސައްކަތް ހަބަށް ފޮނުވުމަށް އަލުން ސައިން އިން ކުރައްވާ. މި ޑިވައިސްގައިވާ އެއްވެސް އެއްޗެއް ގެއްލިފައެއް ނުވޭ.
# The phone locked itself after $days days without reaching the hub.
signin-offline-locked =
    { $days ->
        [one] މި ފޯނު { $days } ދުވަހަށްވުރެ ގިނަ ދުވަހު ހަބާ ނުގުޅުމުން، { -brand } އިން މި ފޯނު ލޮކްކޮށްފި.
       *[other] މި ފޯނު { $days } ދުވަހަށްވުރެ ގިނަ ދުވަހު ހަބާ ނުގުޅުމުން، { -brand } އިން މި ފޯނު ލޮކްކޮށްފި.
    }
signin-offline-locked-next = ކުރިއަށް ދިއުމަށް އޮންލައިންކޮށް ސައިން އިން ކުރައްވާފައި، ދެން ތިޔަބޭފުޅާގެ PIN ޖައްސަވާ. އަދި ނުފޮނުވާ އެއްޗެހި، އެންކްރިޕްޓްކޮށް، މި ފޯނުގައި އަދިވެސް އެބަހުރި.
# The owner forgot the PIN; $unsent requests have changes that were never sent.
signin-forgot-title = ސައިން އިން ވުމުން މި ފޯނު އަލުން ފެށޭނެ.
signin-forgot-text =
    { $unsent ->
        [0] ހަބަށް ފޯރި ހުރިހާ އެއްޗެއް އަނބުރާ ލިބޭނެ. ޚިޔާލު ބަދަލުވީތަ؟ އޭގެ ބަދަލުގައި PIN ޖެއްސެވުމަށް ޕޭޖު ރީލޯޑް ކުރައްވާ.
        [one] { $unsent } ރިކުއެސްޓެއްގައި ހަބަށް ނުފޯރާ ބަދަލުތަކެއް އެބަހުރި، އެ ބަދަލުތައް ގެއްލިގެން ދާނެ. ހަބަށް ފޯރި ހުރިހާ އެއްޗެއް އަނބުރާ ލިބޭނެ. ޚިޔާލު ބަދަލުވީތަ؟ އޭގެ ބަދަލުގައި PIN ޖެއްސެވުމަށް ޕޭޖު ރީލޯޑް ކުރައްވާ.
       *[other] { $unsent } ރިކުއެސްޓްގައި ހަބަށް ނުފޯރާ ބަދަލުތަކެއް އެބަހުރި، އެ ބަދަލުތައް ގެއްލިގެން ދާނެ. ހަބަށް ފޯރި ހުރިހާ އެއްޗެއް އަނބުރާ ލިބޭނެ. ޚިޔާލު ބަދަލުވީތަ؟ އޭގެ ބަދަލުގައި PIN ޖެއްސެވުމަށް ޕޭޖު ރީލޯޑް ކުރައްވާ.
    }
# Why the phone is empty: it deleted what it kept on $when (a date and time).
signin-wiped-pins-title = މި ފޯނުގައި ވަރަށް ގިނަ ފަހަރު ގޯސް PIN ޖަހާފައިވޭ.
signin-wiped-pins-text = { $when } ގައި، އެންމެ ފަހުގެ ގޯސް PIN ޖެހުމުން، { -brand } މިތާ ރައްކާކޮށްފައި ހުރި ހުރިހާ އެއްޗެއް ފޮހެލީ، ޑްރާފްޓްތަކާއި ނުފޮނުވާ މަސައްކަތްވެސް ހިމެނޭ ގޮތަށް. އަލުން ސައިން އިން ކުރައްވާ، ހަބަށް ފޯރި އެއްޗެހި އަދިވެސް އެތާ އެބަހުރި.
signin-wiped-revoked-title = މި ފޯނު { -brand } އިން އެހެން ތަނަކުން ސައިން އައުޓް ކުރެވިއްޖެ.
signin-wiped-revoked-text = { $when } ގައި ހަބުން މި ފޯނަށް ބުނީ، ތިޔަބޭފުޅާ އެހެން ޑިވައިސްއަކުން ނުވަތަ ހަބުގެ އެޑްމިނިސްޓްރޭޓަރަކު މި ފޯނުގެ އެކްސެސް ނަގާލާފައިވާ ކަމަށް. އެހެންވެ { -brand } މިތާ ރައްކާކޮށްފައި ހުރި ހުރިހާ އެއްޗެއް ފޮހެލީ، ޑްރާފްޓްތަކާއި ނުފޮނުވާ މަސައްކަތްވެސް ހިމެނޭ ގޮތަށް. އެއީ ކުށެއް ނަމަ އަލުން ސައިން އިން ކުރައްވާ، ހަބަށް ފޯރި އެއްޗެހި އަދިވެސް އެތާ އެބަހުރި.

## The lock: choosing a PIN, and unlocking with it

lock-choose-title = މި ފޯނަށް PIN އެއް ހޮވާލައްވާ
# $min and $max digits; the phone locks itself after $minutes minutes unused.
lock-choose-text =
    ފޯނު ނަގާ އެއްވެސް މީހަކަށް ތިޔަބޭފުޅާގެ ރިކުއެސްޓްތައް ނުކިޔޭނެހެން، { -brand } އެ އެއްޗެހި މި ފޯނުގައި ރައްކާކުރަނީ އެންކްރިޕްޓްކޮށް. { $min } އިން { $max } އަށް ނަންބަރު ހުންނަ PIN އެއް ހޮވާލައްވާ: { -brand } ހުޅުއްވާ ކޮންމެ ފަހަރަކު، އަދި { $minutes ->
        [one] { $minutes } މިނިޓު
       *[other] { $minutes } މިނިޓު
    } ބޭނުން ނުކުރައްވާ ހުރުމުން، އެ PIN ޖައްސަވަން ޖެހޭނެ.
lock-new-pin = އާ PIN
lock-pin-again = އެ PIN އަލުން
lock-save = PIN ރައްކާކުރައްވާ
lock-saving = މި ފޯނު ލޮކް ކުރަނީ…
lock-pins-differ = ދެ PIN އެއް ނޫން. އެއް PIN ދެފަހަރު ޖައްސަވާ.
lock-forget-note = PIN ހަނދާން ނެތިއްޖެ ނަމަ، އޮންލައިންކޮށް އަލުން ސައިން އިން ކުރައްވާ، ގެއްލޭނީ މި ފޯނުން ހަބަށް އަދި ނުފޮނުވާ އެއްޗެހި އެކަނި.
lock-locked-title = { -brand } ލޮކްކޮށްފައި
lock-enter-pin = ހުޅުވުމަށް { $username } ގެ PIN ޖައްސަވާ.
lock-pin = PIN
lock-unlock = ހުޅުވާ
lock-unlocking = ހުޅުވަނީ…
lock-empty = ތިޔަބޭފުޅާގެ PIN ޖައްސަވާ.
# $left wrong tries remain before the phone deletes what it keeps.
lock-wrong-pin =
    އެ PIN ރަނގަޅެއް ނޫން. { -brand } މި ފޯނުގައި ރައްކާކުރާ އެއްޗެހި ފޮހެލުމުގެ ކުރިން، އަދި { $left ->
        [one] { $left } ފަހަރު
       *[other] { $left } ފަހަރު
    } މަސައްކަތް ކުރެވޭނެ.
lock-forgot-summary = PIN ހަނދާން ނެތުނީތަ؟
lock-forgot-text = PIN ނެތި { -brand } މި ފޯނުގައި ރައްކާކުރާ އެއްޗެހި އެއްވެސް މީހަކަށް ނުކިޔޭނެ، ހަބަށްވެސް ނުކިޔޭނެ. އޮންލައިންކޮށް އަލުން ސައިން އިން ކުރައްވައިގެން މި ފޯނު އަލުން ފައްޓަވާލެވޭނެ: ހަބަށް ފޯރި ހުރިހާ އެއްޗެއް އަނބުރާ ލިބޭނެ، ފޯނުން ބޭރަށް ނުދިޔަ އެއްޗެހި ގެއްލިގެން ދާނެ.
lock-forgot-unsent =
    { $unsent ->
        [0] މި ފޯނަށް އެނގޭ ވަރަކުން، މީގައިވާ ހުރިހާ އެއްޗެއް ހަބަށް ފޯރައިފި.
        [one] { $unsent } ރިކުއެސްޓެއްގައި ހަބަށް އަދި ނުފޮނުވާ ބަދަލުތަކެއް އެބަހުރި، އެ ބަދަލުތައް ގެއްލިގެން ދާނެ.
       *[other] { $unsent } ރިކުއެސްޓްގައި ހަބަށް އަދި ނުފޮނުވާ ބަދަލުތަކެއް އެބަހުރި، އެ ބަދަލުތައް ގެއްލިގެން ދާނެ.
    }
lock-start-afresh = އަލުން ސައިން އިން ކޮށް، އަލުން ފައްޓަވާ
# What is wrong with a new PIN ($min and $max are the shortest and longest PIN).
lock-pin-digits-only = PIN ގައި ހުންނަންވާނީ ނަންބަރު އެކަނި.
lock-pin-too-short = PIN ގައި މަދުވެގެން { $min } ނަންބަރު ހުންނަން ޖެހޭނެ.
lock-pin-too-long = PIN ގައި އެންމެ ގިނަވެގެން ހުރެވޭނީ { $max } ނަންބަރު.
lock-pin-repeated = އެއް ނަންބަރު ތަކުރާރުކޮށްފައިވާ PIN އެއް ވަރަށް ފަސޭހައިން އެނގިދާނެ.
lock-pin-in-a-row = ތަރުތީބުން އަންނަ ނަންބަރުތަކުގެ PIN އެއް (މިސާލަކަށް 123456) ވަރަށް ފަސޭހައިން އެނގިދާނެ.

## Account

account-title = އެކައުންޓް
account-role = ރޯލް
account-place = ތަން
account-place-value = { $city }، { $country }
account-on-phone = މި ފޯނުގައި
account-requests = ރިކުއެސްޓްތައް
# $total requests on the phone, $waiting of them with changes the hub does not have yet.
account-requests-count =
    { $waiting ->
        [0] { $total }، ހުރިހާ އެއްޗެއް ހަބަށް ލިބިފައި
       *[other] { $total } ({ $waiting } އަދި ހަބަށް ނުލިބޭ)
    }
account-guidance = އިރުޝާދު
account-guidance-count = { $count } އޮފްލައިންކޮށް ކިޔުމަށް ރައްކާކޮށްފައި
account-drafts = ޑްރާފްޓްތައް
account-language = ބަސް
account-language-offline = ނެޓްވޯކް ނެތި މި ބަސް ލޯޑެއް ނުކުރެވޭނެ. ފޯނު އޮންލައިން ވުމުން އަލުން މަސައްކަތް ކުރައްވާ.
account-devices = ތިޔަބޭފުޅާގެ ޑިވައިސްތައް
account-devices-offline = ފޯނު އޮންލައިން ވުމުން ފެންނާނެ.
# $name is the device's name; $when a date and time.
account-device-this-phone = { $name } (މި ފޯނު)
account-device-signed-out = { $when } ގައި ސައިން އައުޓް ކުރެވުނު
account-device-last-seen = އެންމެ ފަހުން ފެނުނީ { $when }
account-revoke = އެ ޑިވައިސް ސައިން އައުޓް ކުރައްވާ
account-revoke-confirm = "{ $name }" ސައިން އައުޓް ކުރައްވަންތަ؟ އެ ޑިވައިސް ގެއްލިފައިވާ ނަމަ، ދެން އޮންލައިން ވާ ހިނދު { -brand } އެ ޑިވައިސްގައި ރައްކާކުރާ އެއްޗެހި ފޮހެލާނެ.
account-revoke-failed = އެކަން ހަބަށް ނުފޯރުނު. ނެޓްވޯކާއެކު އަލުން މަސައްކަތް ކުރައްވާ.
account-sign-out = ސައިން އައުޓް
account-sign-out-question = ސައިން އައުޓް ކުރައްވަންތަ؟
account-sign-out-text = ތިޔަބޭފުޅާގެ ރިކުއެސްޓްތަކާއި އިރުޝާދު މި ފޯނުން ފޮހެވޭނެ. އެ އެއްޗެހި ހަބުގައި ރައްކާވެފައި ހުންނާނެ: އަނބުރާ ހޯއްދެވުމަށް އަލުން ސައިން އިން ކުރައްވާ.
account-at-risk-title = ބައެއް މަސައްކަތް ހުރީ މި ފޯނުގައި އެކަނި
account-at-risk-text = ސައިން އައުޓް ކުރެއްވުމުން { -brand } މި ފޯނުގައި ރައްކާކުރާ ހުރިހާ އެއްޗެއް ފޮހެވޭނެ. މި އެއްޗެހި އަދި ހަބަށް ނުލިބޭ، އަދި ގެއްލިގެން ދާނެ:
# A request not yet with the hub: its title, and where it is ($sync: device or sending).
account-unsent-request =
    { $title } ({ $sync ->
        [sending] ފޮނުވަނީ…
       *[device] މި ޑިވައިސްގައި އެކަނި
    })
account-unsent-drafts =
    { $count ->
        [one] { $count } ނުނިމޭ ޑްރާފްޓް
       *[other] { $count } ނުނިމޭ ޑްރާފްޓް
    }
account-keep-note = އެ އެއްޗެހި ސަލާމަތްކުރުމަށް ނެޓްވޯކަކާ ގުޅުއްވައި، އެ އެއްޗެހީގައި “{ sync-hub }” ފެންނަންދެން މަޑުކުރައްވާ.
account-keep-signed-in = ސައިން އިން ކޮށްގެން ބަހައްޓާ
account-sign-out-delete = ސައިން އައުޓްކޮށް އެ އެއްޗެހި ފޮހެލާ
account-signing-out = ސައިން އައުޓް ވަނީ…

## The list of requests

list-title = އަޅުގަނޑުގެ ރިކުއެސްޓްތައް
list-new = + އާ
list-empty = މިތާ އަދި އެއްވެސް އެއްޗެއް ނެތް.
list-empty-note = ހަބުން އެހީއަށް އެދުއްވާ، ނުވަތަ އެހީގެ ފަންޑާ ބެހޭގޮތުން ސުވާލުކުރައްވާ. ތިޔަބޭފުޅާ ލިޔުއްވާ އެއްޗެހި، އޮފްލައިންގައިވެސް، މި ފޯނުގައި ރައްކާވެ، ނެޓްވޯކް ލިބުމުން ހަބަށް ފޮނުވޭނެ.
list-empty-action = ހަބުން އައްސަވާ
list-chip-team = ތިޔަބޭފުޅާގެ ސިޓީ ޓީމުން
list-chip-replied = ހަބުން ޖަވާބު ދީފި
list-chip-conflict = ތިޔަބޭފުޅާގެ ނިންމުން ބޭނުންވޭ

## Drafts

# A form left unfinished; $title is what was typed as its title.
draft-unfinished-request = ނުނިމޭ ރިކުއެސްޓް: { $title }
draft-unfinished-fund = ނުނިމޭ ފަންޑު ސުވާލު: { $title }
draft-untitled = ސުރުޚީއެއް ނެތް
draft-saving = ޑްރާފްޓް ރައްކާކުރަނީ…
draft-saved = ޑްރާފްޓް މި ޑިވައިސްގައި ރައްކާކުރެވިއްޖެ
draft-failed = ޑްރާފްޓް މި ޑިވައިސްގައި ރައްކާ ނުކުރެވުނު. މި ސްކްރީން ހުޅުވާލައްވައިގެން ބަހައްޓަވާ.

## Guidance

guidance-title = އިރުޝާދު
guidance-intro = ހަބުން ޝާއިޢުކުރާ އިރުޝާދު: ލޯކަލް އެކްޝަން ޕްލޭނެއް ލިޔާނެ ގޮތް، އެހީގެ ފަންޑުގެ ޤަވާޢިދު، ޓެމްޕްލޭޓްތަކާއި އެހެން ސިޓީތަކުގެ ރަނގަޅު ތަޖުރިބާތައް.
guidance-saved = އޮފްލައިންކޮށް ކިޔުމަށް މި ފޯނުގައި ރައްކާކޮށްފައި
guidance-empty = މި ފޯނުގައި އަދި އެއްވެސް އިރުޝާދެއް ނެތް.
guidance-empty-note = ހަބުން ޝާއިޢުކުރާ އެއްޗެހި ލިބޭނީ ދެން ތިޔަބޭފުޅާ އޮންލައިން ވާ ހިނދު، އަދި އޮފްލައިންގައިވެސް ކިޔެވޭނެ.
guidance-missing = މި އިރުޝާދު އަދި މި ފޯނުގައި ނެތް. އެ ލިބޭނީ ދެން ތިޔަބޭފުޅާ އޮންލައިން ވާ ހިނދު.
# $date is a date.
guidance-published = ޝާއިޢުކުރީ { $date }
# Under an item in the list: the other languages it exists in, such as "Bengali and Urdu".
guidance-also-in = { $languages } ބަހުންވެސް ލިބޭ
# Before the links to an item's versions in other languages.
guidance-versions = އެހެން ބަސްބަހުން:

## Events: the hub's trainings, workshops, dialogues and exchange visits (a link on the
## guidance screen opens them).
events-link = ތަމްރީނުތަކާއި އިވެންޓްތައް
# Under the list of events: asks the hub to arrange a visit to another city in the network.
events-ask-exchange = ބައިވެރި ސިޓީއަކަށް ތަޖުރިބާ ހިއްސާކުރުމުގެ ދަތުރަކަށް އެދުއްވާ
events-title = އިވެންޓްތައް
events-intro = ހަބުން ބާއްވާ ތަމްރީނުތަކާއި، ވޯކްޝޮޕްތަކާއި، ޙިވާރުތަކާއި، ތަޖުރިބާ ހިއްސާކުރުމުގެ ދަތުރުތައް. ނެޓްވޯކް ހުރިޔަސް ނެތަސް، މިތަނުން ރަޖިސްޓްރީ ކުރައްވާ: ސީޓު ލިބޭނީ ރަޖިސްޓްރީތައް ހަބަށް ފޯރާ ތަރުތީބުން.
events-empty = ކުރިއަށް އޮތް އެއްވެސް އިވެންޓެއް ނެތް. ފަހުން އަލުން ބައްލަވާ.
events-as-of = { $when } ގެ ހާލަތު، މި ފޯނު އެންމެ ފަހުން ހަބާ ގުޅުނު ވަގުތު.
events-hub-http = ހަބުން ޖަވާބު ދިނީ މައްސަލައަކާއެކު (HTTP { $status }). ފަހުން އަލުން މަސައްކަތް ކުރައްވާ.
events-kind-training = ތަމްރީނު
events-kind-workshop = ވޯކްޝޮޕް
events-kind-dialogue = ޙިވާރު
events-kind-exchange_visit = ތަޖުރިބާ ހިއްސާކުރުމުގެ ދަތުރު
events-online = އޮންލައިން
events-seats = { $seats } ސީޓުން { $admitted } ސީޓު ފުރިފައި
events-seats-full = ހުރިހާ { $seats } ސީޓު ފުރިފައި · { $waiting } މަޑުކުރަނީ
events-register = ރަޖިސްޓްރީ ކުރައްވާ
events-cancel = އަޅުގަނޑުގެ ރަޖިސްޓްރީ ކެންސަލްކޮށްލާ
events-dismiss = ރަނގަޅު
events-status-admitted = ތިޔަބޭފުޅާއަށް ސީޓެއް ލިބިއްޖެ.
events-status-waiting = ތިޔަބޭފުޅާގެ ނަން އޮތީ މަޑުކުރާ ލިސްޓުގައި. އެހެން މީހަކު ރަޖިސްޓްރީ ކެންސަލްކޮށްފިނަމަ ތިޔަބޭފުޅާއަށް ސީޓެއް ލިބޭނެ.
events-status-queued-register = ތިޔަބޭފުޅާގެ ރަޖިސްޓްރީ އޮތީ މި ފޯނުގައި. ފޯނު އޮންލައިން ވުމުން އެ ފޮނުވޭނެ.
events-status-queued-cancel = ތިޔަބޭފުޅާގެ ރަޖިސްޓްރީ ކެންސަލްކުރުން އޮތީ މި ފޯނުގައި. ފޯނު އޮންލައިން ވުމުން އެ ފޮނުވޭނެ.

## Feedback after an event the person attended

feedback-title = އިވެންޓް ދިޔަ ގޮތް ހަބަށް ބުނެދެއްވާ
feedback-scale = 1 އަކީ ދެރަ، 5 އަކީ ވަރަށް މޮޅު.
feedback-rating = އިވެންޓް ދިޔައީ ކިހިނެއް؟
feedback-usefulness = ތިޔަބޭފުޅާގެ މަސައްކަތަށް މިއީ ކިހާވަރަކަށް ބޭނުންތެރި ކަމެއް؟
feedback-comment = އިތުރަށް ބުނެދެއްވަން އެއްޗެއް އެބަ އޮތްތޯ؟ (ލާޒިމެއް ނޫން)
feedback-send = ފޮނުވާ
feedback-queued = ޝުކުރިއްޔާ. ތިޔަބޭފުޅާގެ ޖަވާބު އޮތީ މި ފޯނުގައި ރައްކާކޮށް. ފޯނު އޮންލައިން ވުމުން އެ ހަބަށް ފޮނުވޭނެ.

## The directory

directory-link = މީހުންނާއި ސިޓީތައް
directory-title = ޑިރެކްޓަރީ
directory-intro = މެމްބަރު ސިޓީތަކާއި އެހީތެރިވެދެވޭނެ މީހުން: މި މަސައްކަތް ކޮށްފައިވާ މާހިރުންނާއި ޕްރެކްޓިޝަނަރުން. މިއީ މި ފޯނުގައި ރައްކާކޮށްފައިވާ އެއްޗެއް ކަމުން، އޮފްލައިންގައިވެސް މީގައި ހޯއްދެވޭނެ.
directory-search = ޑިރެކްޓަރީގައި ހޯއްދަވާ
directory-search-hint = ނަމެއް، މައުޟޫޢެއް، ބަހެއް ނުވަތަ ސިޓީއެއް
directory-people = މީހުން
directory-cities = މެމްބަރު ސިޓީތައް
directory-empty = މި ހޯދުމާ ގުޅޭ އެއްވެސް އެއްޗެއް ޑިރެކްޓަރީގައި ނެތް.
directory-not-yet = ޑިރެކްޓަރީ އަދި މި ފޯނަށް ނުލިބޭ. ނެޓްވޯކް ލިބުމުން މި ސްކްރީން އަލުން ހުޅުއްވާ.
directory-as-of = { $when } ގެ ހާލަތު، މި ފޯނު އެންމެ ފަހުން ހަބާ ގުޅުނު ވަގުތު.
directory-hub-http = ހަބުން ޖަވާބު ދިނީ މައްސަލައަކާއެކު (HTTP { $status }). ފަހުން އަލުން މަސައްކަތް ކުރައްވާ.
directory-mine = ތިޔަބޭފުޅާގެ އެންޓްރީ
directory-mine-note = ތިޔަބޭފުޅާގެ ނަމާއި، ތިޔަބޭފުޅާ ފޯރުކޮށްދެއްވާ އެހީއާއި، ތިޔަބޭފުޅާގެ ސިޓީ އަބަދުވެސް ފެންނާނެ. އެހެން މީހުންނަށް އިތުރަށް ފެންނާނެ އެއްޗެހި ހޮވާލައްވާ؛ ހަބަށް އަބަދުވެސް ހުރިހާ އެއްޗެއް ފެންނާނެ.
directory-mine-shown = އެހެން މީހުންނަށް ފެންނާނެ
directory-mine-listed = އަޅުގަނޑުގެ ނަން ޑިރެކްޓަރީގައި ލިސްޓުކުރޭ
directory-mine-save = ރައްކާކުރޭ
directory-mine-queued = މި ފޯނުގައި ރައްކާކުރެވިއްޖެ؛ ތިޔަބޭފުޅާ އޮންލައިން ވުމުން އެ ހަބަށް ފޯރާނެ.

## A city's needs

needs-link = މި ކުއާޓަރުގައި ތިޔަބޭފުޅާގެ ސިޓީގެ ބޭނުންތައް
needs-title = ސިޓީގެ ބޭނުންތައް
needs-intro = ކޮންމެ ކުއާޓަރަކު އެއްފަހަރު، ކޮންމެ މެމްބަރު ސިޓީއަކުން އެ ސިޓީއަށް ބޭނުންވާ އެއްޗެހި ހަބަށް ބުނެދޭ. ހަބުން ތަމްރީނުތަކާއި އެހީ ރާވަނީ ތިޔަބޭފުޅާގެ ޖަވާބުތަކަށް ބަލައިގެން. މި ފޯމު އޮފްލައިންގައިވެސް ފުރިހަމަކުރެވޭނެ؛ ތިޔަބޭފުޅާ އޮންލައިން ވުމުން އެ ފޮނުވޭނެ.
needs-none = ތިޔަބޭފުޅާއަކީ މެމްބަރު ސިޓީއެއްގެ ފޯކަލް ޕޮއިންޓެއް ނޫން، އެހެންކަމުން ފުރިހަމަކުރަން އެއްވެސް އެއްޗެއް ނެތް.
needs-city = { $city }، { $period }
needs-topics = ކޮން މައުޟޫޢުތަކެއްގައި
needs-detail = ތިޔަބޭފުޅާގެ އަމިއްލަ ބަހުން (ލާޒިމެއް ނޫން)
needs-send = ހަބަށް ފޮނުވާ
needs-queued = މި ފޯނުގައި ރައްކާކުރެވިއްޖެ؛ ތިޔަބޭފުޅާ އޮންލައިން ވުމުން އެ ހަބަށް ފޯރާނެ.
needs-sent = ފޮނުވީ { $when }. ކުއާޓަރު ނިމެންދެން ތިޔަބޭފުޅާގެ ޖަވާބުތައް ބަދަލުކުރެވޭނެ.

## Handing a request to a successor

detail-handed-to-you = ތިޔަބޭފުޅާއާ ހަވާލުކުރެވުނީ { $date }، ތިޔަބޭފުޅާގެ ސިޓީގެ ވެރިން ބަދަލުވުމުން. މިހާރު މިއީ ތިޔަބޭފުޅާގެ ރިކުއެސްޓެއް.
handover-title = ތިޔަބޭފުޅާގެ ބަދަލުގައި އަންނަ މީހާއާ ހަވާލުކުރުން
handover-note = މި ސިޓީގައި ތިޔަބޭފުޅާގެ މަސައްކަތް އެހެން މީހަކު ބަލައިގަންނަނަމަ، މި ރިކުއެސްޓް، އޭގެ ވާހަކަދެއްކުމާއި ފަންޑުގެ އެޕްލިކޭޝަނެއް އޮތްނަމަ އެއާއެކު، އެމީހާއާ ހަވާލުކުރައްވާ. އެއަށްފަހު އެއީ އެމީހާގެ ރިކުއެސްޓެއް، އަދި ތިޔަބޭފުޅާއަށް އެ ދެން ނުފެންނާނެ.
handover-successor = ތިޔަބޭފުޅާގެ ބަދަލުގައި އަންނަ މީހާގެ ޔޫޒަރނޭމް
handover-send = ހަވާލުކުރޭ
handover-offline = ހަވާލުކުރުމަށް ހަބާ ގުޅިފައި ހުންނަން ޖެހޭ. އޮންލައިން ވުމުން އަލުން މަސައްކަތް ކުރައްވާ.
handover-failed = ހަބުން އެ ރިކުއެސްޓް ހަވާލު ނުކުރެވުނު (HTTP { $status }). ފަހުން އަލުން މަސައްކަތް ކުރައްވާ.
handover-done = { $successor }އާ ހަވާލުކުރެވިއްޖެ. ދެން ހަބާ ގުޅުމުން މި ފޯނުން އެ ރިކުއެސްޓް ފޮހެވޭނެ.

## Referrals

referral-offers-title = ތިޔަބޭފުޅާގެ އެހީ އެދިފައި
referral-offer-note = ހަބުގެ ޚިޔާލުގައި މި ރިކުއެސްޓަށް ތިޔަބޭފުޅާއަށް އެހީތެރިވެދެވޭނެ. ބަލައިގަންނަވައިފިނަމަ، ތިޔަބޭފުޅާއަށް މިއީ ކިޔައި، އޭގެ ވާހަކަދެއްކުމުގައި ބައިވެރިވެވޭނެ؛ ތިޔަބޭފުޅާ ގުޅުވައިދީފައިވާކަން ރިކުއެސްޓް ކުރި ފަރާތަށް ފެންނާނެ.
referral-accept = ބަލައިގަންނަވާ
referral-decline = ރައްދުކުރައްވާ
referral-offline = ޖަވާބުދިނުމަށް ހަބާ ގުޅިފައި ހުންނަން ޖެހޭ. އޮންލައިން ވުމުން އަލުން މަސައްކަތް ކުރައްވާ.
referral-hub-http = ހަބުން ޖަވާބު ދިނީ މައްސަލައަކާއެކު (HTTP { $status }). ފަހުން އަލުން މަސައްކަތް ކުރައްވާ.
list-chip-referred = ތިޔަބޭފުޅާއަށް ރެފަރކޮށްފައި
detail-referred-to-you = ހަބުން މި ރިކުއެސްޓް ތިޔަބޭފުޅާއަށް ރެފަރކޮށްފި. ތިޔަބޭފުޅާއަށް މިއީ ކިޔައި، އޭގެ ވާހަކަދެއްކުމުގައި ލިޔެވޭނެ.
detail-connected-with = ހަބުން ތިޔަބޭފުޅާ { $names }އާ ގުޅުވައިދީފި.

## Shared practice

practice-link = ރަނގަޅު ތަޖުރިބާއެއް ހިއްސާކުރައްވާ
practice-title = ރަނގަޅު ތަޖުރިބާއެއް ހިއްސާކުރައްވާ
practice-intro = ތިޔަބޭފުޅާގެ ސިޓީން ކުރި، އެހެން މީހުންނަށް ދަސްކުރެވިދާނެ ކަމެއް: ކުރި ކަމާއި، އެއިން ޙައްލުކުރި ނުރައްކަލާއި، އޭގެ ނަތީޖާ ހަބަށް ބުނެދެއްވާ. ހަބުން އެ ތިޔަބޭފުޅާއާއެކު ރިވިއުކޮށް، ތިޔަބޭފުޅާގެ ނަމާއި ތިޔަބޭފުޅާގެ ސިޓީއާއެކު ލައިބްރަރީގައި ޝާއިޢުކުރާނެ. މިއީ އޮފްލައިންގައިވެސް ލިޔެވޭނެ؛ ތިޔަބޭފުޅާ އޮންލައިން ވުމުން އެ ފޮނުވޭނެ.
practice-mine = ތިޔަބޭފުޅާ ހިއްސާކުރެއްވި ތަޖުރިބާތައް
practice-choose = ހޮވާލައްވާ…
practice-field-title = ސުރުޚީ
practice-field-topic = މައުޟޫޢު
practice-field-done = ކުރި ކަންތައް
practice-field-risk = އެއިން ޙައްލުކުރި ނުރައްކާ ނުވަތަ މައްސަލަ
practice-field-partners = އެ މަސައްކަތުގައި ބައިވެރިވި ފަރާތްތައް (ލާޒިމެއް ނޫން)
practice-field-outcome = އޭގެ ނަތީޖާ
practice-field-contacts = އެކަމާ ބެހޭގޮތުން ސުވާލުކުރެވޭނެ ފަރާތް (ލާޒިމެއް ނޫން)
practice-share = ހަބާ ހިއްސާކުރައްވާ
practice-send-change = ބަދަލު ފޮނުވާ
practice-changing = “{ $title }” ބަދަލުކުރަނީ.
practice-change = ބަދަލުކުރޭ
practice-withdraw = އަނބުރާ ނަގާލާ
practice-queued = މި ފޯނުގައި ރައްކާކުރެވިއްޖެ؛ ތިޔަބޭފުޅާ އޮންލައިން ވުމުން އެ ހަބަށް ފޯރާނެ.
practice-hub-http = ހަބުން ޖަވާބު ދިނީ މައްސަލައަކާއެކު (HTTP { $status }). ފަހުން އަލުން މަސައްކަތް ކުރައްވާ.
practice-stage-submitted = ރިވިއުކުރުމަށް ހަބުގައި
practice-stage-changes_requested = ހަބުން ބަދަލުތަކަށް އެދިފައި
practice-stage-published = ލައިބްރަރީގައި
practice-stage-withdrawn = އަނބުރާ ނަގާފައި
guidance-search = ލައިބްރަރީގައި ހޯއްދަވާ
guidance-credit = ހިއްސާކުރެއްވީ: { $name }، { $city }، { $country }

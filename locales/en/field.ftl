# The field app (the practitioners' phone app): its frame, sign-in, lock, account, the list of
# requests and guidance. Forms and a request's own screen are in requests.ftl.

## What shows before the catalogue is loaded (kept for the next start)

boot-loading = Loading { -brand }…
boot-retrying = The network dropped while { -brand } was loading. Trying again…

## The frame

app-meta =
    .content = Ask the South Asia Regional Hub for help, follow its replies and read its guidance, with or without a network.
nav-back =
    .aria-label = Back
nav-main =
    .aria-label = Main
tab-requests = Requests
tab-new = Ask the hub
tab-guidance = Guidance
tab-account = Account
sync-offline = Offline
# A screen's name in the window title; the screens that have none show the brand alone.
app-title = { $screen } · { -brand }
# $error is the browser's own description of what went wrong (often in English).
app-screen-failed = This screen could not open: { $error }
app-start-failed = { -brand } could not start: { $error }
app-open-elsewhere = { -brand } is already open in another tab or window on this device.
app-open-elsewhere-note = Only one can keep your work at a time, so that nothing is written twice. Close the other one, then try again.
app-try-again = Try again
app-signed-out = Signed out. Nothing of yours is left on this phone.
# Someone else signs in on a phone that keeps another person's work.
app-other-person = This phone holds the work of { $username }. Sign in as { $username } to go on.

## Banners under the top bar

banner-session-rejected = The hub did not accept this phone's sign-in. Sign in again to send your work; nothing here is lost.
banner-session-rejected-action = Sign in
banner-offline = Offline. What you write is kept on this phone and sent when you are back online.
banner-update = A new version of { -brand } is ready.
banner-update-action = Reload

## The sync indicator in the top bar (short: it shares the bar with the screen's title) and what
## it explains when tapped. $count and $waiting count requests with changes only on this phone.

sync-sign-in = Sign in to sync
sync-sending-count = Sending { $count }…
sync-up-to-date = Up to date
sync-offline-waiting = Offline · { $count } waiting
sync-connecting = Connecting…
sync-connecting-waiting = Connecting… · { $count } waiting
# A long catch-up with the hub: $docs records and $kb kilobytes left.
sync-catching-up-short = { $docs } left · { $kb } KB
sync-catching-up =
    Catching up with the hub: { $docs ->
        [one] { $docs } record
       *[other] { $docs } records
    } and { $kb } KB still to go. You can keep working.
sync-explain-connected =
    Connected to the hub. { $waiting ->
        [0] Everything on this phone is with the hub.
        [one] { $waiting } request has changes only on this phone.
       *[other] { $waiting } requests have changes only on this phone.
    }
sync-explain-offline =
    No network. { $waiting ->
        [0] Everything on this phone is with the hub.
        [one] { $waiting } request has changes only on this phone. They are sent when the network is back.
       *[other] { $waiting } requests have changes only on this phone. They are sent when the network is back.
    }
sync-explain-connecting =
    Not connected to the hub yet. { $waiting ->
        [0] Everything on this phone is with the hub.
        [one] { $waiting } request has changes only on this phone.
       *[other] { $waiting } requests have changes only on this phone.
    }
# $seconds: when the next attempt to reach the hub is made.
sync-explain-retrying =
    Not connected to the hub yet. Trying again in { $seconds } s. { $waiting ->
        [0] Everything on this phone is with the hub.
        [one] { $waiting } request has changes only on this phone.
       *[other] { $waiting } requests have changes only on this phone.
    }

## Signing in

signin-tagline = The South Asia Regional Hub's help desk, in your pocket.
signin-username = Username
signin-password = Password
signin-submit = Sign in
signin-busy = Signing in…
signin-empty = Enter your username and password.
signin-unreachable = The hub cannot be reached. Signing in needs a network once; after that the app works offline.
signin-wrong = That username and password do not match.
signin-failed = Signing in failed (HTTP { $status }).
signin-staff = This app is for practitioners in the field. Hub staff work in the console at /console/.
signin-network-note = You need a network to sign in once. After that, { -brand } works without one: everything is kept on this phone and sent when the network is back.
signin-again = Sign in again to send your work to the hub. Nothing on this device is lost.
# The phone locked itself after $days days without reaching the hub.
signin-offline-locked =
    { $days ->
        [one] This phone has not reached the hub for more than { $days } day, so { -brand } locked it.
       *[other] This phone has not reached the hub for more than { $days } days, so { -brand } locked it.
    }
signin-offline-locked-next = Sign in online to go on, then enter your PIN. What you have not sent yet is still on this phone, encrypted.
# The owner forgot the PIN; $unsent requests have changes that were never sent.
signin-forgot-title = Signing in starts this phone afresh.
signin-forgot-text =
    { $unsent ->
        [0] Everything that reached the hub comes back. Changed your mind? Reload the page to enter your PIN instead.
        [one] { $unsent } request has changes that never reached the hub; they will be lost. Everything that reached the hub comes back. Changed your mind? Reload the page to enter your PIN instead.
       *[other] { $unsent } requests have changes that never reached the hub; they will be lost. Everything that reached the hub comes back. Changed your mind? Reload the page to enter your PIN instead.
    }
# Why the phone is empty: it deleted what it kept on $when (a date and time).
signin-wiped-pins-title = Too many wrong PINs were entered on this phone.
signin-wiped-pins-text = On { $when }, after the last wrong try, { -brand } deleted everything it kept here, drafts and unsent work included. Sign in again; what reached the hub is still there.
signin-wiped-revoked-title = This phone was signed out of { -brand } from elsewhere.
signin-wiped-revoked-text = On { $when } the hub told it that its access was removed, by you from another device or by a hub administrator. So { -brand } deleted everything it kept here, drafts and unsent work included. If that was a mistake, sign in again; what reached the hub is still there.

## The lock: choosing a PIN, and unlocking with it

lock-choose-title = Choose a PIN for this phone
# $min and $max digits; the phone locks itself after $minutes minutes unused.
lock-choose-text =
    { -brand } keeps your requests on this phone encrypted, so nobody who picks it up can read them. Choose a PIN of { $min } to { $max } digits: you enter it each time { -brand } opens, and after { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } unused.
lock-new-pin = New PIN
lock-pin-again = The same PIN again
lock-save = Save PIN
lock-saving = Locking this phone…
lock-pins-differ = The two PINs are not the same. Type the same PIN twice.
lock-forget-note = If you forget it, you sign in again online; only what this phone has not sent to the hub is lost.
lock-locked-title = { -brand } is locked
lock-enter-pin = Enter the PIN of { $username } to open it.
lock-pin = PIN
lock-unlock = Unlock
lock-unlocking = Unlocking…
lock-empty = Enter your PIN.
# $left wrong tries remain before the phone deletes what it keeps.
lock-wrong-pin =
    That PIN is not right. { $left ->
        [one] { $left } try
       *[other] { $left } tries
    } left before { -brand } deletes what it keeps on this phone.
lock-forgot-summary = Forgot your PIN?
lock-forgot-text = Without the PIN nobody can read what { -brand } keeps on this phone, not even the hub. You can sign in again online and start this phone afresh: everything that reached the hub comes back, what never left the phone is lost.
lock-forgot-unsent =
    { $unsent ->
        [0] As far as this phone knows, everything on it has reached the hub.
        [one] { $unsent } request has changes not yet sent to the hub; they would be lost.
       *[other] { $unsent } requests have changes not yet sent to the hub; they would be lost.
    }
lock-start-afresh = Sign in again and start afresh
# What is wrong with a new PIN (the ids the wasm client's checkPin is to return; $min and $max
# are the shortest and longest PIN).
lock-pin-digits-only = A PIN is made of digits only.
lock-pin-too-short = A PIN needs at least { $min } digits.
lock-pin-too-long = A PIN has at most { $max } digits.
lock-pin-repeated = A PIN of one digit repeated is too easy to guess.
lock-pin-in-a-row = A PIN of digits in a row (such as 123456) is too easy to guess.

## Account

account-title = Account
account-role = Role
account-place = Place
account-place-value = { $city }, { $country }
account-on-phone = On this phone
account-requests = Requests
# $total requests on the phone, $waiting of them with changes the hub does not have yet.
account-requests-count =
    { $waiting ->
        [0] { $total }, all with the hub
       *[other] { $total } ({ $waiting } not yet with the hub)
    }
account-guidance = Guidance
account-guidance-count = { $count } saved for offline reading
account-drafts = Drafts
account-language = Language
account-language-offline = This language cannot be loaded without a network. Try again when this phone is online.
account-devices = Your devices
account-devices-offline = Shown when this phone is online.
# $name is the device's name; $when a date and time.
account-device-this-phone = { $name } (this phone)
account-device-signed-out = signed out { $when }
account-device-last-seen = last seen { $when }
account-revoke = Sign it out
account-revoke-confirm = Sign out "{ $name }"? If it is lost, it deletes what { -brand } keeps on it when it next goes online.
account-revoke-failed = That did not reach the hub. Try again with a network.
account-sign-out = Sign out
account-sign-out-question = Sign out?
account-sign-out-text = Your requests and guidance are removed from this phone. They stay with the hub: sign in again to get them back.
account-at-risk-title = Some work is only on this phone
account-at-risk-text = Signing out deletes everything { -brand } keeps on this phone. These are not with the hub yet and would be lost:
# A request not yet with the hub: its title, and where it is ($sync: device or sending).
account-unsent-request =
    { $title } ({ $sync ->
        [sending] sending…
       *[device] only on this device
    })
account-unsent-drafts =
    { $count ->
        [one] { $count } unfinished draft
       *[other] { $count } unfinished drafts
    }
account-keep-note = To keep them, connect to a network and wait until they show “{ sync-hub }”.
account-keep-signed-in = Keep me signed in
account-sign-out-delete = Sign out and delete them
account-signing-out = Signing out…

## The list of requests

list-title = My requests
list-new = + New
list-empty = Nothing here yet.
list-empty-note = Ask the hub for help or about the support fund. What you write is kept on this phone, even offline, and sent to the hub when there is a network.
list-empty-action = Ask the hub
list-chip-team = From your city team
list-chip-replied = Hub replied
list-chip-conflict = Needs your choice

## Drafts

# A form left unfinished; $title is what was typed as its title.
draft-unfinished-request = Unfinished request: { $title }
draft-unfinished-fund = Unfinished fund query: { $title }
draft-untitled = untitled
draft-saving = Saving draft…
draft-saved = Draft saved on this device
draft-failed = The draft could not be saved on this device. Keep this screen open.

## Guidance

guidance-title = Guidance
guidance-intro = Guidance the hub publishes: how to write a local action plan, the support fund's rules, templates and good practice from other cities.
guidance-saved = Saved on this phone for reading offline
guidance-empty = No guidance on this phone yet.
guidance-empty-note = What the hub publishes arrives the next time you are online, and stays readable offline.
guidance-missing = This guidance is not on this phone yet. It arrives the next time you are online.
# $date is a date.
guidance-published = Published { $date }
# Under an item in the list: the other languages it exists in, such as "Bengali and Urdu".
guidance-also-in = Also in { $languages }
# Before the links to an item's versions in other languages.
guidance-versions = Other languages:

## Events: the hub's trainings, workshops, dialogues and exchange visits (a link on the
## guidance screen opens them).
events-link = Trainings and events
# Under the list of events: asks the hub to arrange a visit to another city in the network.
events-ask-exchange = Ask for an exchange visit to a peer city
events-title = Events
events-intro = Trainings, workshops, dialogues and exchange visits the hub runs. Register here, with or without a network: seats go in the order registrations reach the hub.
events-empty = No events are coming up. Look again later.
events-as-of = As of { $when }, the last time this phone reached the hub.
events-hub-http = The hub answered with an error (HTTP { $status }). Try again later.
events-kind-training = Training
events-kind-workshop = Workshop
events-kind-dialogue = Dialogue
events-kind-exchange_visit = Exchange visit
events-online = Online
events-seats = { $admitted } of { $seats } seats taken
events-seats-full = All { $seats } seats taken · { $waiting } waiting
events-register = Register
events-cancel = Cancel my registration
events-dismiss = OK
events-status-admitted = You have a seat.
events-status-waiting = You are on the waiting list. You get a seat if someone cancels.
events-status-queued-register = Your registration is on this phone. It is sent when the phone is online.
events-status-queued-cancel = Your cancellation is on this phone. It is sent when the phone is online.

## Feedback after an event the person attended

feedback-title = Tell the hub how it went
feedback-scale = 1 is poor, 5 is excellent.
feedback-rating = How did it go?
feedback-usefulness = How useful is it for your work?
feedback-comment = Anything to add? (optional)
feedback-send = Send
feedback-queued = Thank you. Your answer is saved on this phone and goes to the hub when you are online.

## The directory

directory-link = People and cities
directory-title = Directory
directory-intro = Member cities and people who can help: experts and practitioners who have done the work. It is kept on this phone, so you can search it offline.
directory-search = Search the directory
directory-search-hint = A name, topic, language or city
directory-people = People
directory-cities = Member cities
directory-empty = Nothing in the directory matches this search.
directory-not-yet = The directory has not reached this phone yet. Open this screen again when you have a connection.
directory-as-of = As of { $when }, the last time this phone reached the hub.
directory-hub-http = The hub answered with an error (HTTP { $status }). Try again later.
directory-mine = Your entry
directory-mine-note = Your name, what you offer and your city are always shown. Choose what else others see; the hub always sees all of it.
directory-mine-shown = Others see
directory-mine-listed = List me in the directory
directory-mine-save = Save
directory-mine-queued = Saved on this phone; it will reach the hub when you are online.

## A city's needs

needs-link = Your city's needs this quarter
needs-title = City needs
needs-intro = Once a quarter, each member city tells the hub what it needs. The hub plans its trainings and support from your answers. You can fill this in offline; it is sent when you are online.
needs-none = You are not a focal point of a member city, so there is nothing to fill in.
needs-city = { $city }, { $period }
needs-topics = On which topics
needs-detail = In your own words (optional)
needs-send = Send to the hub
needs-queued = Saved on this phone; it will reach the hub when you are online.
needs-sent = Sent { $when }. You can change your answers until the quarter ends.

## Handing a request to a successor

detail-handed-to-you = Handed over to you on { $date }, when your city's leadership changed. It is yours now.
handover-title = Hand over to your successor
handover-note = If someone else takes over your work in this city, hand them this request, with its conversation and any fund application. From then on it is theirs, and you no longer see it.
handover-successor = Your successor's username
handover-send = Hand over
handover-offline = Handing over needs a connection to the hub. Try again when you are online.
handover-failed = The hub could not hand it over (HTTP { $status }). Try again later.
handover-done = Handed over to { $successor }. It leaves this phone when it next reaches the hub.

## Referrals

referral-offers-title = Asked to help
referral-offer-note = The hub thinks you can help with this request. If you accept, you read it and join its conversation; the requester sees that you were connected.
referral-accept = Accept
referral-decline = Decline
referral-offline = Answering needs a connection to the hub. Try again when you are online.
referral-hub-http = The hub answered with an error (HTTP { $status }). Try again later.
list-chip-referred = Referred to you
detail-referred-to-you = The hub referred this request to you. You read it and write in its conversation.
detail-connected-with = The hub connected you with { $names }.

## Shared practice

practice-link = Share a practice
practice-title = Share a practice
practice-intro = Something your city did that others could learn from: tell the hub what was done, the risk it answered and what came of it. The hub reviews it with you and publishes it to the library, with your name and your city. You can write it offline; it is sent when you are online.
practice-mine = Your practices
practice-choose = Choose…
practice-field-title = Title
practice-field-topic = Topic
practice-field-done = What was done
practice-field-risk = The risk or problem it answered
practice-field-partners = Who worked on it (optional)
practice-field-outcome = What came of it
practice-field-contacts = Whom to ask about it (optional)
practice-share = Share with the hub
practice-send-change = Send the change
practice-changing = Changing “{ $title }”.
practice-change = Change
practice-withdraw = Withdraw
practice-queued = Saved on this phone; it will reach the hub when you are online.
practice-hub-http = The hub answered with an error (HTTP { $status }). Try again later.
practice-stage-submitted = With the hub for review
practice-stage-changes_requested = The hub asks for changes
practice-stage-published = In the library
practice-stage-withdrawn = Withdrawn
guidance-search = Search the library
guidance-credit = Shared by { $name }, { $city }, { $country }

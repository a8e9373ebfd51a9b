# What the server itself writes for people: error messages of the REST API and the headers of
# the CSV files it exports.

## Errors every route can answer with

error-unauthorized = Sign in first: a valid sign-in is required.
error-token-expired = This device has been idle too long: sign in again.
error-device-revoked = This device was signed out from elsewhere: remove what { -brand } keeps on it.
error-too-many-requests = Too many attempts: try again in { $seconds ->
        [one] one second
       *[other] { $seconds } seconds
    }.
error-bad-credentials = Wrong username or password.
error-too-large = The request is larger than the { $bytes } bytes allowed.
error-forbidden = You may not do that.
error-not-found = Not found.
error-internal = Something went wrong on the server; nothing you saved was lost.

## The header row of the CSV exports, one message per column. In English the column's code
## itself, which spreadsheet formulas and scripts rely on; other languages use words.

csv-id = id
csv-at = at
csv-kind = kind
csv-category = category
csv-country = country
csv-city = city
csv-status = status
csv-priority = priority
csv-assignee = assignee
csv-tags = tags
csv-duplicate_of = duplicate_of
csv-received_at = received_at
csv-first_response_at = first_response_at
csv-resolved_at = resolved_at
csv-sla_due_at = sla_due_at
csv-message_count = message_count
csv-requested_cents = requested_cents
csv-round_id = round_id
csv-request_id = request_id
csv-entry = entry
csv-amount_cents = amount_cents
csv-currency = currency
csv-actor = actor
csv-actor_role = actor_role
csv-note = note
csv-action = action
csv-actor_id = actor_id
csv-device_id = device_id
csv-subject = subject
csv-detail = detail

## The name a device gets when its owner gives none at sign-in: what it is.

device-default-android = Android phone
device-default-ios = iPhone or iPad
device-default-windows = Windows computer
device-default-macos = Mac
device-default-linux = Linux computer
device-default-other = Unnamed device

## Accounts (the console's People screen, sign-in, resetting a password)

account-username-invalid = A username is 1 to 64 letters, digits, dots, hyphens or underscores.
account-password-too-short = A password needs at least { $min } characters.
account-password-too-long = A password has at most { $max } characters.
# $value is what was given; $expected lists the codes allowed.
account-unknown-code = “{ $value }” is not known here. Choose one of: { $expected }.
account-city-invalid = A city has at most { $max } characters and no control characters.
account-countries-not-staff = Only agents and fund managers can be limited to countries.
account-username-taken = Someone already has this username.
account-self-demote = You cannot take the admin role from yourself; another admin can.
account-self-deactivate = You cannot deactivate your own account; another admin can.
signin-password-empty = Enter your password.
device-name-too-long = A device name has at most 60 characters.
device-name-control-characters = A device name cannot contain control characters.
erase-self = You cannot erase your own account; another admin can.
erase-confirm = Type the person's username to confirm. Erasing cannot be undone.

## The fund (decisions, grants, rounds)

fund-not-an-application = Only a fund query with an application can be decided.
fund-no-application = This request carries no fund application.
fund-no-round = The application names no fund round.
fund-round-missing = The application's fund round no longer exists.
fund-not-submitted = The application has not been submitted, or was sent back for changes.
fund-already-decided = The application was decided already.
# $remaining is an amount with its currency, such as USD 2,500.00.
fund-pool-exhausted = The round has { $remaining } left, not enough for this amount. Nothing was committed.
fund-pool-below-committed = More is already committed than the new pool.
fund-not-approved = Only an approved grant pays out.
fund-grant-closed = The grant's final report closed it.

## Reports, guidance and canned responses

reports-not-a-date = Enter a date as year-month-day, such as 2026-12-31.
reports-from-after-to = The start date must be before the end date.
guidance-unknown-version-of = No guidance item has this id.
canned-unknown-version-of = No canned response has this id.

## Notifications

push-endpoint-not-url = A push subscription's endpoint must be a full web address.
push-endpoint-not-https = The hub sends notifications only over HTTPS.
push-endpoint-unknown-host = The hub sends notifications only to known push services.
push-endpoint-private = The hub does not send notifications to addresses inside a private network.
push-endpoint-unusual = This push address has a user name or an unusual port; the hub does not send to it.
push-keys-invalid = These are not the keys of a push subscription.
notification-preferences-invalid = This choice is not yours to make here.
notification-email-invalid = Enter an email address such as name@example.org.
# $max is a number.
notification-ids-too-many = Mark at most { $max } notifications at once.

## Digests (email to staff: counts and a link only)

# $count is a number.
notification-digest-subject = { $count ->
    [one] One thing waits for you at the hub
   *[other] { $count } things wait for you at the hub
}
notification-digest-intro = Since your last digest:
notification-digest-new-request = { $count ->
    [one] one new request
   *[other] { $count } new requests
}
notification-digest-urgent-request = { $count ->
    [one] one new urgent request
   *[other] { $count } new urgent requests
}
notification-digest-field-replied = { $count ->
    [one] one reply from the field on your requests
   *[other] { $count } replies from the field on your requests
}
notification-digest-assigned = { $count ->
    [one] one request assigned to you
   *[other] { $count } requests assigned to you
}
notification-digest-sla-breaching = { $count ->
    [one] one request close to its service level
   *[other] { $count } requests close to their service level
}
# $link is the console's address.
notification-digest-open = Open the console to see them: { $link }

## Events
event-over = This event is over; it takes no more registrations.
event-not-admitted = This person is still on the waiting list: only someone with a seat can have attended.
feedback-not-attended = Only people marked as having attended an event give feedback on it.
feedback-not-over = This event is not over yet; feedback opens when it ends.
directory-city-listed = This city is already in the directory. Change its entry instead.
directory-already-listed = This person is already in the directory. Change their entry instead.
needs-city-not-member = This city is no longer a member of the network, so it is not asked about its needs.
handover-already-theirs = This request is already theirs.
handover-elsewhere = A request is handed to someone in its own city: this account is in another city, or has none.
referral-to-requester = The requester is not referred to themselves.
referral-already = This person was referred on this request already.
referral-answered = This referral was answered already.
practice-not-now = This practice cannot be changed that way now: it is published or withdrawn.
practice-heading-done = What was done
practice-heading-risk = The risk it answered
practice-heading-partners = Who worked on it
practice-heading-outcome = What came of it
practice-heading-contacts = Whom to ask

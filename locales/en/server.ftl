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

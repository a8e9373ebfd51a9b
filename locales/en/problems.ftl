# What is wrong with something a person typed, shown next to the field (both apps; the messages
# the wasm client picks in client-wasm/src/forms.rs). $max is a count; $cap, $total and
# $requested are amounts, already written in the person's currency format.

problem-empty = Please fill this in.
problem-empty-title = Give your request a short title.
problem-empty-description = Say what you need from the hub.
problem-empty-line-description = Say what this budget line pays for.
problem-empty-budget-category = Choose a budget category.
problem-empty-topic = Choose a topic.
problem-empty-kind = Choose the type of request.
problem-empty-country = Choose a country.
problem-empty-city = Enter your city.
problem-empty-message = Write a message first.
problem-too-long = Keep this to { $max } characters or fewer.
problem-too-many-messages = This conversation has reached its limit of { $max } messages.
problem-too-many-lines = A budget may have at most { $max } lines.
problem-too-many-seats = An event may have at most { $max } seats.
problem-ends-before-start = This must not be before the start.
problem-link-not-https = Enter an address that starts with https://.
# Filing a request for a practitioner (staff, in the console).
problem-empty-channel = Say how the request reached the hub.
problem-requester-unknown = No active practitioner has this account. Choose someone from the list.
problem-requester-not-practitioner = Requests are filed for practitioners, and this account is hub staff.
problem-not-yours-to-file = You cannot file this request for someone else.
problem-channel-only-for-intake = Only a request filed for someone else says how it reached the hub.
problem-too-large = This record has grown too large for the hub. Start a new request.
problem-unknown-value = Choose one of the options in the list.
problem-no-amount = Enter the amount you are asking for.
problem-no-quantity = Enter a quantity of at least 1.
problem-not-positive = This must be more than zero.
problem-negative = This cannot be negative.
problem-over-cap = The round gives at most { $cap } per application. Ask for less.
problem-budget-mismatch = The budget lines add up to { $total }, but you ask for { $requested }. Make them equal.
problem-overflow = This number is too large.
problem-control-character = Remove the invisible control characters from this text.
problem-not-allowed = This is not allowed: { $reason }
problem-invalid = This is not valid: { $reason }
problem-not-a-whole-number = Enter a whole number, like { 3 }.
problem-not-an-amount = Enter an amount, like { NUMBER(1250.5, minimumFractionDigits: 2) }.
# Feedback on an event: both questions are answered with a score from 1 to 5.
problem-choose-a-score = Choose a score from 1 to 5.
problem-account-unknown = No active account has this username.
problem-shown-by-person = Only the person themself chooses what others see of their profile.
problem-profile-stays = A profile stays with its person; it cannot move to another account.
problem-email-invalid = Enter an email address, like name@example.org.
problem-phone-invalid = Enter a phone number with digits, spaces and + - ( ) only.
problem-date-invalid = Enter a date written year-month-day, like 2024-03-01.
problem-language-tag-invalid = Enter a language code, like bn, ta or ur.
problem-referral-unknown = No one in the directory has this account: refer someone listed, or a member city's focal point.

# সার্ভার নিজে মানুষের জন্য যা লেখে: REST API-এর ত্রুটির বার্তা এবং এর CSV ফাইলের শিরোনাম।

## Errors every route can answer with

error-unauthorized = আগে সাইন ইন করুন: বৈধ সাইন-ইন প্রয়োজন।
error-token-expired = এই ডিভাইসটি অনেকক্ষণ ধরে ব্যবহার হয়নি: আবার সাইন ইন করুন।
error-device-revoked = এই ডিভাইসটিকে অন্য জায়গা থেকে সাইন আউট করা হয়েছে: এতে { -brand } যা রেখেছে, তা মুছে ফেলুন।
error-too-many-requests = অনেক বেশিবার চেষ্টা করা হয়েছে: { $seconds ->
        [one] এক সেকেন্ড
       *[other] { $seconds } সেকেন্ড
    } পরে আবার চেষ্টা করুন।
error-bad-credentials = ইউজারনেম বা পাসওয়ার্ড ভুল।
error-too-large = অনুরোধটি অনুমোদিত সীমার ({ $bytes } বাইট) চেয়ে বড়।
error-forbidden = আপনার এটি করার অনুমতি নেই।
error-not-found = পাওয়া যায়নি।
error-internal = সার্ভারে কোনো সমস্যা হয়েছে; আপনার সংরক্ষিত কিছুই হারায়নি।

## The header row of the CSV exports, one message per column (other languages use words).

csv-id = আইডি
csv-at = সময়
csv-kind = ধরন
csv-category = বিষয়
csv-country = দেশ
csv-city = শহর
csv-status = অবস্থা
csv-priority = অগ্রাধিকার
csv-assignee = দায়িত্বপ্রাপ্ত
csv-tags = ট্যাগ
csv-duplicate_of = যে অনুরোধের ডুপ্লিকেট
csv-received_at = পাওয়ার সময়
csv-first_response_at = প্রথম উত্তরের সময়
csv-resolved_at = সমাধানের সময়
csv-sla_due_at = SLA-এর শেষ সময়
csv-message_count = বার্তার সংখ্যা
csv-requested_cents = চাওয়া অর্থ (সেন্টে)
csv-round_id = পর্বের আইডি
csv-request_id = অনুরোধের আইডি
csv-entry = এন্ট্রির ধরন
csv-amount_cents = অর্থের পরিমাণ (সেন্টে)
csv-currency = মুদ্রা
csv-actor = কর্তা
csv-actor_role = কর্তার ভূমিকা
csv-note = নোট
csv-action = কাজ
csv-actor_id = কর্তার আইডি
csv-device_id = ডিভাইসের আইডি
csv-subject = সংশ্লিষ্ট
csv-detail = বিস্তারিত

## The name a device gets when its owner gives none at sign-in: what it is.

device-default-android = Android ফোন
device-default-ios = iPhone বা iPad
device-default-windows = Windows কম্পিউটার
device-default-macos = Mac
device-default-linux = Linux কম্পিউটার
device-default-other = নামহীন ডিভাইস

## Accounts (the console's People screen, sign-in, resetting a password)

account-username-invalid = ইউজারনেমে 1 থেকে 64টি বর্ণ, অঙ্ক, ডট, হাইফেন বা আন্ডারস্কোর থাকে।
account-password-too-short = পাসওয়ার্ডে অন্তত { $min }টি অক্ষর থাকতে হবে।
account-password-too-long = পাসওয়ার্ডে সর্বোচ্চ { $max }টি অক্ষর থাকতে পারে।
# $value: যা দেওয়া হয়েছে; $expected: অনুমোদিত কোডগুলোর তালিকা।
account-unknown-code = “{ $value }” এখানে অজানা। এগুলোর একটি বেছে নিন: { $expected }।
account-city-invalid = শহরের নামে সর্বোচ্চ { $max }টি অক্ষর থাকতে পারে, কোনো কন্ট্রোল অক্ষর নয়।
account-countries-not-staff = শুধু এজেন্ট ও তহবিল ব্যবস্থাপকদেরই নির্দিষ্ট দেশে সীমাবদ্ধ করা যায়।
account-username-taken = এই ইউজারনেম ইতিমধ্যে অন্য কারও আছে।
account-self-demote = আপনি নিজের প্রশাসকের ভূমিকা সরাতে পারবেন না; অন্য একজন প্রশাসক পারবেন।
account-self-deactivate = আপনি নিজের অ্যাকাউন্ট নিষ্ক্রিয় করতে পারবেন না; অন্য একজন প্রশাসক পারবেন।
signin-password-empty = আপনার পাসওয়ার্ড লিখুন।
device-name-too-long = ডিভাইসের নামে সর্বোচ্চ 60টি অক্ষর থাকতে পারে।
device-name-control-characters = ডিভাইসের নামে কোনো কন্ট্রোল অক্ষর থাকতে পারবে না।
erase-self = আপনি নিজের অ্যাকাউন্ট মুছে ফেলতে পারবেন না; অন্য একজন প্রশাসক পারবেন।
erase-confirm = নিশ্চিত করতে ব্যক্তির ইউজারনেম লিখুন। মুছে ফেলা আর ফেরানো যায় না।

## The fund (decisions, grants, rounds)

fund-not-an-application = শুধু আবেদনসহ তহবিল প্রশ্নেরই সিদ্ধান্ত নেওয়া যায়।
fund-no-application = এই অনুরোধে কোনো তহবিলের আবেদন নেই।
fund-no-round = আবেদনে তহবিলের কোনো পর্ব উল্লেখ নেই।
fund-round-missing = আবেদনে উল্লেখ করা তহবিলের পর্বটি আর নেই।
fund-not-submitted = আবেদনটি জমা দেওয়া হয়নি, অথবা পরিবর্তনের জন্য ফেরত পাঠানো হয়েছে।
fund-already-decided = আবেদনটির সিদ্ধান্ত আগেই হয়ে গেছে।
# $remaining: মুদ্রাসহ লেখা অর্থ, যেমন USD 2,500.00।
fund-pool-exhausted = পর্বটিতে { $remaining } বাকি আছে, যা এই পরিমাণের জন্য যথেষ্ট নয়। কিছুই প্রতিশ্রুত হয়নি।
fund-pool-below-committed = নতুন মোট তহবিলের চেয়ে বেশি অর্থ ইতিমধ্যে প্রতিশ্রুত হয়ে আছে।
fund-not-approved = শুধু অনুমোদিত অনুদানেরই অর্থ পরিশোধ করা হয়।
fund-grant-closed = চূড়ান্ত প্রতিবেদনের মাধ্যমে অনুদানটি বন্ধ হয়ে গেছে।

## Reports, guidance and canned responses

reports-not-a-date = তারিখ বছর-মাস-দিন হিসেবে লিখুন, যেমন 2026-12-31।
reports-from-after-to = শুরুর তারিখ শেষের তারিখের আগে হতে হবে।
guidance-unknown-version-of = এই আইডির কোনো নির্দেশিকা নেই।
canned-unknown-version-of = এই আইডির কোনো তৈরি উত্তর নেই।

## Notifications

push-endpoint-not-url = পুশ সাবস্ক্রিপশনের এন্ডপয়েন্ট একটি সম্পূর্ণ ওয়েব ঠিকানা হতে হবে।
push-endpoint-not-https = হাব শুধু HTTPS-এর মাধ্যমে বিজ্ঞপ্তি পাঠায়।
push-endpoint-unknown-host = হাব শুধু পরিচিত পুশ সেবায় বিজ্ঞপ্তি পাঠায়।
push-endpoint-private = হাব কোনো ব্যক্তিগত নেটওয়ার্কের ভেতরের ঠিকানায় বিজ্ঞপ্তি পাঠায় না।
push-endpoint-unusual = এই পুশ ঠিকানায় ব্যবহারকারীর নাম বা অস্বাভাবিক পোর্ট আছে; হাব সেখানে পাঠায় না।
push-keys-invalid = এগুলো কোনো পুশ সাবস্ক্রিপশনের চাবি নয়।
notification-preferences-invalid = এই পছন্দটি এখানে আপনার করার নয়।
notification-email-invalid = name@example.org-এর মতো একটি ইমেইল ঠিকানা দিন।
# $max is a number.
notification-ids-too-many = একবারে সর্বোচ্চ { $max }টি বিজ্ঞপ্তি চিহ্নিত করুন।

## Digests (email to staff: counts and a link only)

# $count is a number.
notification-digest-subject = { $count ->
    [one] হাবে আপনার জন্য একটি বিষয় অপেক্ষা করছে
   *[other] হাবে আপনার জন্য { $count }টি বিষয় অপেক্ষা করছে
}
notification-digest-intro = আপনার শেষ সারসংক্ষেপের পর থেকে:
notification-digest-new-request = { $count ->
    [one] একটি নতুন অনুরোধ
   *[other] { $count }টি নতুন অনুরোধ
}
notification-digest-urgent-request = { $count ->
    [one] একটি নতুন জরুরি অনুরোধ
   *[other] { $count }টি নতুন জরুরি অনুরোধ
}
notification-digest-field-replied = { $count ->
    [one] আপনার অনুরোধে মাঠ থেকে একটি উত্তর
   *[other] আপনার অনুরোধে মাঠ থেকে { $count }টি উত্তর
}
notification-digest-assigned = { $count ->
    [one] আপনাকে দেওয়া একটি অনুরোধ
   *[other] আপনাকে দেওয়া { $count }টি অনুরোধ
}
notification-digest-sla-breaching = { $count ->
    [one] সেবার সময়সীমার কাছাকাছি একটি অনুরোধ
   *[other] সেবার সময়সীমার কাছাকাছি { $count }টি অনুরোধ
}
# $link is the console's address.
notification-digest-open = দেখতে কনসোল খুলুন: { $link }

## Events
event-over = এই অনুষ্ঠানটি শেষ হয়ে গেছে; এতে আর নিবন্ধন নেওয়া হয় না।
event-not-admitted = এই ব্যক্তি এখনও অপেক্ষমাণ তালিকায় আছেন: শুধু যিনি আসন পেয়েছেন, তিনিই উপস্থিত থাকতে পারেন।
feedback-not-attended = অনুষ্ঠানে উপস্থিত হিসেবে চিহ্নিত ব্যক্তিরাই শুধু সেই অনুষ্ঠান নিয়ে মতামত দিতে পারেন।
feedback-not-over = এই অনুষ্ঠানটি এখনও শেষ হয়নি; শেষ হলে মতামত দেওয়া যাবে।
directory-city-listed = এই শহরটি ইতিমধ্যে ডিরেক্টরিতে আছে। বরং এর তথ্য বদলান।
directory-already-listed = এই ব্যক্তি ইতিমধ্যে ডিরেক্টরিতে আছেন। বরং তাঁর তথ্য বদলান।
needs-city-not-member = এই শহরটি আর নেটওয়ার্কের সদস্য নয়, তাই এর চাহিদা জানতে চাওয়া হয় না।
handover-already-theirs = এই অনুরোধটি ইতিমধ্যে তাঁরই।
handover-elsewhere = অনুরোধ কেবল তার নিজের শহরের কারও কাছে হস্তান্তর করা যায়: এই অ্যাকাউন্টটি অন্য শহরের, অথবা কোনো শহরেরই নয়।
referral-to-requester = অনুরোধকারীকে তাঁর নিজের কাছেই রেফার করা যায় না।
referral-already = এই অনুরোধে এই ব্যক্তির কাছে আগেই রেফার করা হয়েছে।
referral-answered = এই রেফারেলের উত্তর আগেই দেওয়া হয়েছে।
practice-not-now = এই অভিজ্ঞতাটি এখন এভাবে বদলানো যায় না: এটি প্রকাশিত হয়েছে বা প্রত্যাহার করা হয়েছে।
practice-heading-done = কী করা হয়েছিল
practice-heading-risk = যে ঝুঁকির মোকাবিলা করা হয়েছে
practice-heading-partners = কারা এতে কাজ করেছেন
practice-heading-outcome = এর ফল কী হলো
practice-heading-contacts = কাকে জিজ্ঞেস করবেন

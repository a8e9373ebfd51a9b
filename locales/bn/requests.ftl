# ফিল্ড অ্যাপের ফর্ম (নতুন অনুরোধ, তহবিলের আবেদন) ও একটি অনুরোধের নিজস্ব স্ক্রিন।
#
# অর্থের পরিমাণ ($cap, $total, $amount, $cost) ব্যবহারকারীর মুদ্রার ধরনে আগেই লেখা থাকে;
# $reason: ব্যর্থতার বিষয়ে অ্যাপের নিজস্ব ব্যাখ্যা; $number ১ থেকে গোনে।

## Both forms (a new request, editing one)

form-title = শিরোনাম
form-topic = বিষয়
form-country = দেশ
form-city = শহর
# তালিকার খালি প্রথম বিকল্প (দেশ, বাজেট শ্রেণি)।
form-choose = বেছে নিন…
form-needs-attention = কয়েকটি ঘরে আপনার মনোযোগ দরকার। আপনার লেখা কিছুই হারায়নি।
form-could-not-save = সংরক্ষণ করা যায়নি: { $reason }। আপনার লেখা কিছুই হারায়নি।

## A new request

new-screen-help = হাবকে জিজ্ঞেস করুন
new-screen-fund = তহবিল প্রশ্ন
new-screen-exchange = অভিজ্ঞতা বিনিময় সফরের অনুরোধ করুন
# দুই ধরনের অনুরোধের মধ্যে বদল করে: স্ক্রিন রিডার জোড়াটির এই নাম পড়ে।
new-kind = অনুরোধের ধরন
new-kind-help = হেল্প ডেস্ক
new-kind-fund = সহায়তা তহবিল
new-title-hint = কয়েকটি শব্দ, যা হাব প্রথমে দেখবে।
new-description-help = আপনার কী দরকার?
new-description-hint-help = কী দরকার, কার জন্য এবং কবে নাগাদ, তা লিখুন। ঝুঁকিতে থাকা কোনো মানুষের নাম লিখবেন না।
new-description-fund = আপনার প্রশ্ন বা ধারণা
new-description-hint-exchange = কোন শহরে যেতে চান ও কেন, কী শিখতে চান, কে কে যাবেন এবং কবে, তা লিখুন।
new-description-hint-fund = যোগ্যতা বা প্রক্রিয়া সম্পর্কে জিজ্ঞেস করুন, অথবা যে উদ্যোগের জন্য অর্থ চান তার বর্ণনা দিন।
new-choose-topic = বিষয় বেছে নিন…
new-include-budget = বাজেটসহ একটি অনুদানের আবেদন যোগ করুন
new-submit = সংরক্ষণ করে পাঠান
new-saved-note = প্রথমে এই ফোনে সংরক্ষিত হয়, তারপর নেটওয়ার্ক পাওয়ামাত্র হাবে পাঠানো হয়।
new-draft-back = আপনার অসম্পূর্ণ খসড়া ফিরে এসেছে।
new-saved-online = সংরক্ষিত হয়েছে। এটি হাবে পাঠানো হচ্ছে।
new-saved-offline = এই ফোনে সংরক্ষিত হয়েছে। আপনি আবার অনলাইনে এলে এটি হাবে যাবে।

## A grant application and its budget (in a new fund query, and when editing one)

budget-legend = অনুদানের আবেদন
budget-cap-note = প্রতিটি পর্বের নিজস্ব সর্বোচ্চ সীমা আছে (অন্য কিছু বলা না থাকলে { $cap })। বাজেট খাতগুলোর যোগফল আপনার চাওয়া অর্থের সমান হতে হবে।
budget-round = তহবিলের পর্ব
budget-choose-round = পর্ব বেছে নিন…
budget-no-round = এখনও কোনো পর্বের তথ্য নেই: একবার অনলাইনে আসুন
# পর্বের তালিকায় একটি পর্ব: এর নাম (হাব যেভাবে লিখেছে) ও এর সর্বোচ্চ সীমা।
budget-round-option = { $name } ({ $cap } পর্যন্ত)
budget-lead = প্রধান সংস্থা
budget-partner = স্থানীয় সরকার অংশীদার
budget-objectives = উদ্দেশ্য
budget-objectives-hint = উদ্যোগটি কীভাবে আপনার স্থানীয় কর্মপরিকল্পনার কাজে লাগবে।
budget-plan = আপনার স্থানীয় কর্মপরিকল্পনা থেকে
budget-risk = পরিকল্পনায় চিহ্নিত ঝুঁকি
budget-mitigation = এই উদ্যোগ কীভাবে সেগুলো কমায়
budget-partners = অংশীদার ও সম্পদ
budget-timeline = সময়সূচি
budget-timeline-hint = যেমন: মার্চ থেকে আগস্ট ২০২৬।
budget-milestone-number = মাইলফলক { $number }
budget-milestone = মাইলফলক
budget-milestone-due = শেষ তারিখ
budget-milestone-remove = সরান
    .aria-label = মাইলফলক { $number } সরান
budget-add-milestone = + মাইলফলক যোগ করুন
budget-lines = বাজেট খাত
budget-line = খাত { $number }
budget-line-remove = সরান
    .aria-label = বাজেট খাত { $number } সরান
budget-line-category = শ্রেণি
budget-line-description = কীসের জন্য খরচ
budget-line-quantity = সংখ্যা
# $currency: মুদ্রার ISO কোড, যেমন USD।
budget-unit-cost = একক মূল্য ({ $currency })
budget-line-total = খাতের মোট { $total }
budget-add-line = + বাজেট খাত যোগ করুন
# $currency: মুদ্রার ISO কোড, যেমন USD। placeholder দেখায় অর্থের পরিমাণ কীভাবে লিখতে হয়।
budget-amount = আপনার চাওয়া অর্থের পরিমাণ ({ $currency })
    .placeholder = { NUMBER(0, minimumFractionDigits: 2) }
budget-use-total = খাতগুলোর মোট ব্যবহার করুন

## The totals box under the budget

budget-lines-total = বাজেট খাতগুলোর যোগফল
budget-requested = আপনি চাইছেন
budget-cap = পর্বের সর্বোচ্চ সীমা
budget-over-cap = সীমার বেশি: এই পর্বে সর্বোচ্চ { $cap } দেওয়া হয়।
budget-unbalanced = খাতগুলোর যোগফল ও আপনার চাওয়া অর্থ সমান হতে হবে।
budget-no-lines = যে বাজেট খাতগুলো মিলে আপনার চাওয়া অর্থ হয়, সেগুলো যোগ করুন।
budget-ok = ✓ খাতগুলোর যোগফল আপনার চাওয়া অর্থের সমান, এবং সীমার মধ্যে।

## A request's own screen

detail-screen-request = অনুরোধ
detail-screen-fund = তহবিল প্রশ্ন
detail-missing = এই অনুরোধটি এখনও এই ডিভাইসে নেই।
detail-missing-note = পরের সিঙ্কে এটি চলে আসবে।
# অনুরোধটি কোথা থেকে: শহর (অনুরোধকারী যেভাবে লিখেছেন) ও দেশ।
detail-place = { $city }, { $country }
detail-filed = { $date } তারিখে জমা দেওয়া
detail-shared-write = একজন সহকর্মী এটি আপনার শহরের টিমের সঙ্গে শেয়ার করেছেন: আপনি এটি পড়তে ও হাবকে লিখতে পারবেন।
detail-shared-read = একজন সহকর্মী এটি পড়ার জন্য আপনার শহরের টিমের সঙ্গে শেয়ার করেছেন।
detail-filed-for-you = হাব আপনার পক্ষে এই অনুরোধটি জমা দিয়েছে ({ $channel })। আপনার অন্য অনুরোধগুলোর মতোই এর খোঁজ রাখুন এবং এখানে উত্তর দিন।
# হাব একই অনুরোধ দুবার জমা পেয়েছে। .link: অন্য অনুরোধের লিংকের শব্দ; লিংকটি { $link }-এর জায়গায় বসে।
detail-merged = হাব এই অনুরোধটি { $link } সঙ্গে মিলিয়ে দিয়েছে এবং সেখানেই উত্তর দেবে।
    .link = অন্য একটি অনুরোধের
# $resolution: হাব কীভাবে অনুরোধটির সমাধান করেছে, কর্মীদের নিজের লেখা নোট।
detail-resolved = সমাধান হয়েছে: { $resolution }
detail-asked-own = আপনি যা জানতে চেয়েছেন
detail-asked-other = যা জানতে চাওয়া হয়েছে
detail-edit = সম্পাদনা
detail-edit-heading = অনুরোধ সম্পাদনা
detail-description = আপনার কী দরকার
detail-save = পরিবর্তন সংরক্ষণ করুন
detail-cancel = বাতিল
detail-edit-back = আপনার সংরক্ষণ না করা পরিবর্তনগুলো ফিরে এসেছে।
detail-changes-saved = পরিবর্তনগুলো এই ফোনে সংরক্ষিত হয়েছে।

## The grant application as filed

detail-application = অনুদানের আবেদন
detail-amount-asked = চাওয়া অর্থ
detail-risks = চিহ্নিত ঝুঁকি
detail-mitigation = ঝুঁকি কমানোর উপায়
detail-milestones = মাইলফলক
# তালিকায় একটি মাইলফলক: এর নাম (অনুরোধকারী যেভাবে লিখেছেন) ও শেষ তারিখ।
detail-milestone = { $name } (শেষ তারিখ { $due })
# টেবিলে বাজেট খাতের কলামের শিরোনাম।
detail-line = বাজেট খাত
# টেবিলে সংখ্যার কলামের শিরোনাম, ছোট রাখা।
detail-quantity = সংখ্যা
detail-total = মোট
# একটি বাজেট খাতের এক এককের খরচ।
detail-unit-cost = প্রতিটি { $cost }

## Fields two devices changed while apart

conflict-title = অফলাইনে থাকার সময় দুটি ডিভাইসে আলাদা শিরোনাম দেওয়া হয়েছে।
    .aria-label = শিরোনাম বেছে নিন
conflict-topic = অফলাইনে থাকার সময় দুটি ডিভাইসে আলাদা বিষয় দেওয়া হয়েছে।
    .aria-label = বিষয় বেছে নিন
conflict-country = অফলাইনে থাকার সময় দুটি ডিভাইসে আলাদা দেশ দেওয়া হয়েছে।
    .aria-label = দেশ বেছে নিন
conflict-city = অফলাইনে থাকার সময় দুটি ডিভাইসে আলাদা শহর দেওয়া হয়েছে।
    .aria-label = শহর বেছে নিন
conflict-amount = অফলাইনে থাকার সময় দুটি ডিভাইসে আলাদা চাওয়া অর্থের পরিমাণ দেওয়া হয়েছে।
    .aria-label = চাওয়া অর্থের পরিমাণ বেছে নিন
# এমন একটি ঘর যার জন্য অ্যাপের এই সংস্করণে শব্দ নেই; $field: রেকর্ডে এর নাম।
conflict-other = অফলাইনে থাকার সময় দুটি ডিভাইসে আলাদা { $field } দেওয়া হয়েছে।
    .aria-label = { $field } বেছে নিন
conflict-which = কোনটি সঠিক?
conflict-saved = আপনার সিদ্ধান্ত সংরক্ষিত হয়েছে।
conflict-failed = আপনার সিদ্ধান্ত সংরক্ষণ করা যায়নি: { $reason }

## Sharing a request with the requester's city team

share-label = আমার শহরের টিমের সঙ্গে শেয়ার করুন
share-none = শেয়ার করা হয়নি
share-read = পড়ার জন্য
share-write = পড়া ও লেখার জন্য
share-note = যেসব কর্মকর্তার অ্যাকাউন্ট এই শহরে, তাঁরাও নিজেদের ফোনে এটি দেখতে পান। হাবের অভ্যন্তরীণ নোট কখনো শেয়ার করা হয় না।
share-saved = এই ফোনে সংরক্ষিত হয়েছে।
share-failed = শেয়ারিং বদলানো যায়নি: { $reason }

## The conversation with the hub

conversation-heading = কথোপকথন
conversation-empty = এখনও কোনো বার্তা নেই। হাবের উত্তর এখানে দেখা যাবে, এবং অফলাইনেও পড়া যাবে।
conversation-from-hub = হাব
conversation-from-you = আপনি
conversation-from-colleague = একজন সহকর্মী
conversation-message = আপনার বার্তা
    .placeholder = হাবকে লিখুন…
conversation-send = পাঠান
conversation-sent = হাবে পাঠানো হয়েছে।
conversation-saved-offline = এই ফোনে সংরক্ষিত হয়েছে। আপনি আবার অনলাইনে এলে এটি হাবে যাবে।
conversation-failed = বার্তাটি সংরক্ষণ করা যায়নি: { $reason }

## A fund application on the requester's phone

fund-heading = আপনার আবেদন
fund-status-draft = খসড়া: এখনও জমা দেওয়া হয়নি
fund-status-submitted = জমা দেওয়া হয়েছে
fund-status-under-review = পর্যালোচনাধীন
fund-status-changes-requested = হাব পরিবর্তন চেয়েছে
fund-status-approved = অনুমোদিত
fund-status-approved-amount = অনুমোদিত: { $amount }
fund-status-declined = নামঞ্জুর
fund-edit = আবেদন সম্পাদনা করুন
fund-submit = হাবে জমা দিন
fund-submitted = জমা দেওয়া হয়েছে। হাবে পৌঁছালে এটি কার্যকর হবে।
fund-edit-heading = আপনার আবেদন সম্পাদনা করুন
fund-save = আবেদন সংরক্ষণ করুন
fund-cancel = বাতিল
fund-saved = আবেদন এই ফোনে সংরক্ষিত হয়েছে।

## Progress reports on an application

# তালিকায় জমা দেওয়া একটি প্রতিবেদন: এটি কোন মাইলফলকের (অনুরোধকারী যে নাম দিয়েছেন)।
fund-report = প্রতিবেদন: { $milestone }
fund-report-final = চূড়ান্ত প্রতিবেদন: { $milestone }
fund-report-file = অগ্রগতি প্রতিবেদন জমা দিন
fund-report-milestone = মাইলফলক
# আবেদনে কোনো মাইলফলক না থাকলে প্রতিবেদনটি কীসের উপর; এটি প্রতিবেদনের সঙ্গে সংরক্ষিত হয়।
fund-report-progress = অগ্রগতি
fund-report-body = কী কাজ হয়েছে
fund-report-is-final = এটি চূড়ান্ত প্রতিবেদন
fund-report-save = প্রতিবেদন সংরক্ষণ করুন
fund-report-saved = প্রতিবেদন সংরক্ষিত হয়েছে।

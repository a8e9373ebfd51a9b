# স্টাফ কনসোল: সাইন ইন, কিউ, অনুরোধের তালিকা, একটি অনুরোধ, তহবিল, লোকজন, রিপোর্ট ও তৈরি উত্তর।
#
# $who, $name, $assignee: ব্যবহারকারীর নাম (বা "হাব", "অনুরোধকারী"); $when, $until, $opens,
# $closes: আগে থেকে লেখা তারিখ; $amount: মুদ্রাসহ লেখা অর্থ; $count ইত্যাদি: সংখ্যা।

## The frame: the window, the header and what the console says while it starts

console-window-title = { -brand } কনসোল
console-title = { $screen } · { -brand } কনসোল
console-brand-name = { -brand }
console-brand-console = কনসোল
console-loading = কনসোল লোড হচ্ছে…
console-sign-out = সাইন আউট
console-live-on = লাইভ
console-live-off = আবার সংযোগ হচ্ছে…
console-language = ভাষা
console-language-unavailable = ভাষাটি লোড করা যায়নি। হাবের সঙ্গে সংযোগ পেলে আবার চেষ্টা করুন।
console-hub-http = হাবের উত্তর: HTTP { $status }।
console-due-paused = স্থগিত
console-due-overdue = সময় পেরিয়ে গেছে
console-who-hub = হাব
console-who-requester = অনুরোধকারী

## Signing in

console-signin-title = হাব কনসোলে সাইন ইন করুন
console-signin-username = ব্যবহারকারীর নাম
console-signin-password = পাসওয়ার্ড
console-signin-submit = সাইন ইন
console-signin-mismatch = ব্যবহারকারীর নাম ও পাসওয়ার্ড মিলছে না।
console-signin-practitioner = কনসোলটি হাবের কর্মীদের জন্য। মাঠ কর্মকর্তারা / ঠিকানায় ফিল্ড অ্যাপ ব্যবহার করেন।

## The side menu: queues, tools and people

console-queue-nav =
    .aria-label = কিউ
console-queue-heading = কিউ
console-queue-new = নতুন
console-queue-unassigned = দায়িত্ব দেওয়া হয়নি
console-queue-mine = আমার
console-queue-waiting = অনুরোধকারীর উত্তরের অপেক্ষায়
console-queue-overdue = সময় পেরিয়ে গেছে
console-queue-open = সব খোলা
console-queue-all = সবকিছু
console-queue-tools = টুলস
console-queue-canned = তৈরি উত্তর
console-queue-reports = রিপোর্ট
console-queue-fund = তহবিলের পর্ব
console-queue-people = লোকজন
console-queue-users = ব্যবহারকারী
console-queue-audit = অডিট লগ
console-queue-devices = আপনার ডিভাইস

## The request list

console-list-requests = অনুরোধ
console-list-search = খুঁজুন
console-list-search-placeholder = শিরোনাম, বিবরণ ও বার্তায় খুঁজুন (/)
console-list-city = শহর
console-list-tag = ট্যাগ
console-list-any-kind = যেকোনো ধরন
console-list-any-category = যেকোনো বিষয়
console-list-any-country = যেকোনো দেশ
console-list-any-priority = যেকোনো অগ্রাধিকার
console-list-any-status = যেকোনো অবস্থা
console-list-anyone = যে কেউ
console-list-unassigned = দায়িত্ব দেওয়া হয়নি
console-list-sort-newest = নতুনগুলো আগে
console-list-sort-oldest = ক্রম: পুরোনো আগে
console-list-sort-updated = ক্রম: সম্প্রতি বদলানো
console-list-sort-due = ক্রম: শেষ তারিখ
console-list-sort-priority = ক্রম: অগ্রাধিকার
console-list-loading = লোড হচ্ছে…
console-list-empty = এখানে কিছু নেই।
console-list-column-request = অনুরোধ
console-list-column-place = স্থান
console-list-column-status = অবস্থা
console-list-column-priority = অগ্রাধিকার
console-list-column-assignee = দায়িত্বপ্রাপ্ত
console-list-column-tags = ট্যাগ
console-list-column-due = শেষ তারিখ
console-list-column-filed = জমার তারিখ
console-list-place = { $city }, { $country }
console-list-total =
    { $count ->
        [one] { $count }টি অনুরোধ
       *[other] { $count }টি অনুরোধ
    }
console-list-page = পৃষ্ঠা { $page } / { $pages }
console-list-previous = আগের
console-list-next = পরের
# $key, $next, $previous: কি-বোর্ডের কি।
console-list-key-search = { $key } খুঁজুন
console-list-key-move = { $next } { $previous } ওপরে-নিচে
console-list-key-open = { $key } খুলুন
console-list-key-reply = { $key } উত্তর
console-list-key-note = { $key } নোট
console-list-key-back = { $key } তালিকায় ফিরুন

## One request

console-request-loading = হাব থেকে অনুরোধ লোড হচ্ছে…
console-request-conversation = কথোপকথন
console-request-history = ইতিহাস
console-request-access = কে দেখেছেন
console-request-access-someone = কেউ একজন
console-request-access-empty = এখনও কিছু রেকর্ড হয়নি।
console-request-place = { $city }, { $country }
console-request-filed = { $when } তারিখে { $who } জমা দিয়েছেন
console-request-team-write = পড়া ও লেখার জন্য তাঁদের শহরের টিমের সঙ্গে শেয়ার করা
console-request-team-read = পড়ার জন্য তাঁদের শহরের টিমের সঙ্গে শেয়ার করা
console-request-merged = { $link } ডুপ্লিকেট হিসেবে মিলিয়ে দেওয়া হয়েছে।
    .link = অন্য একটি অনুরোধের
console-request-conflicts = অফলাইনে থাকার সময় বিভিন্ন ডিভাইসে আলাদা মান দেওয়া হয়েছে: { $fields }।
console-request-sync-hub = সব পরিবর্তন হাবে পৌঁছেছে।
console-request-sync-sending = এখানকার পরিবর্তনগুলো হাবে পাঠানো হচ্ছে…
console-request-no-messages = এখনও কোনো বার্তা নেই।
console-request-from-hub = হাবের উত্তর
console-request-from-field = ফিল্ড থেকে
console-request-note-head = { $note }, লিখেছেন { $who }
    .note = অভ্যন্তরীণ নোট
console-request-note-private = ফিল্ডে কখনও দেখানো হয় না

## One request: triage

console-request-triage = যাচাই
console-request-triage-loading = লোড হচ্ছে…
console-request-triage-readonly =
    { $role ->
        [agent]
            { $kind ->
                [fund_query] এজেন্ট তহবিল প্রশ্নের অনুরোধ পড়তে পারেন, তবে যাচাই করেন না।
               *[other] এজেন্ট হেল্প ডেস্ক অনুরোধ পড়তে পারেন, তবে যাচাই করেন না।
            }
        [fund_manager]
            { $kind ->
                [fund_query] তহবিল ব্যবস্থাপক তহবিল প্রশ্নের অনুরোধ পড়তে পারেন, তবে যাচাই করেন না।
               *[other] তহবিল ব্যবস্থাপক হেল্প ডেস্ক অনুরোধ পড়তে পারেন, তবে যাচাই করেন না।
            }
        [admin]
            { $kind ->
                [fund_query] প্রশাসক তহবিল প্রশ্নের অনুরোধ পড়তে পারেন, তবে যাচাই করেন না।
               *[other] প্রশাসক হেল্প ডেস্ক অনুরোধ পড়তে পারেন, তবে যাচাই করেন না।
            }
       *[other]
            { $kind ->
                [fund_query] আপনার ভূমিকায় তহবিল প্রশ্নের অনুরোধ পড়া যায়, তবে যাচাই করা যায় না।
               *[other] আপনার ভূমিকায় হেল্প ডেস্ক অনুরোধ পড়া যায়, তবে যাচাই করা যায় না।
            }
    }
console-request-status = অবস্থা
console-request-apply = প্রয়োগ করুন
console-request-resolution = সমাধানের নোট (বন্ধ করতে লাগবে)
console-request-resolution-placeholder = কীভাবে সমাধান হলো?
console-request-priority = অগ্রাধিকার
console-request-assignee = দায়িত্বপ্রাপ্ত
console-request-unassigned = কেউ নন
console-request-tags = ট্যাগ
console-request-tags-placeholder = ট্যাগ, কমা দিয়ে আলাদা করুন
console-request-answer-by = উত্তরের শেষ তারিখ
console-request-duplicate-of = যে অনুরোধের ডুপ্লিকেট
console-request-duplicate-placeholder = মূল অনুরোধের আইডি
console-request-merge = ডুপ্লিকেট হিসেবে মেলান
console-request-no-such-request = এই আইডির কোনো অনুরোধ নেই।
console-request-saved = সংরক্ষিত; হাবে পাঠানো হচ্ছে

## One request: service level

console-request-service-level = সেবার মান
console-request-next-deadline = পরের সময়সীমা: { $due }
console-request-first-answered = প্রথম উত্তর: { $when }
console-request-not-answered = এখনও উত্তর দেওয়া হয়নি

## One request: the composer

console-request-composer-message = বার্তা
console-request-canned-label = তৈরি উত্তর যোগ করুন
console-request-canned-choose = তৈরি উত্তর যোগ করুন…
console-request-reply-tab = অনুরোধকারীকে উত্তর
console-request-note-tab = অভ্যন্তরীণ নোট
console-request-send-reply = উত্তর পাঠান
console-request-add-note = অভ্যন্তরীণ নোট যোগ করুন
console-request-composer-not-allowed = আপনার ভূমিকায় এ ধরনের অনুরোধের উত্তর দেওয়া যায় না।
console-request-composer-reply = অনুরোধকারীকে লিখুন
console-request-composer-note = শুধু হাবের কর্মীরাই এটি দেখতে পাবেন

## One request: its history, one event a line

console-request-event-created = { $who } অনুরোধটি জমা দিয়েছেন
console-request-event-edited = { $who } পরিবর্তন করেছেন: { $fields }
console-request-event-replied = { $who } উত্তর দিয়েছেন
console-request-event-replied-canned = { $who } উত্তর দিয়েছেন (তৈরি উত্তর থেকে)
console-request-event-wrote = { $who } লিখেছেন
console-request-event-note = { $who } অভ্যন্তরীণ নোট যোগ করেছেন
console-request-event-status = { $who } অবস্থা বদলেছেন: { $from } → { $to }
console-request-event-priority = { $who } অগ্রাধিকার বদলেছেন: { $from } → { $to }
console-request-event-assigned = { $who } দায়িত্ব দিয়েছেন: { $assignee }
console-request-event-unassigned = { $who } দায়িত্ব সরিয়ে দিয়েছেন
console-request-event-tags = { $who } ট্যাগ বদলেছেন: { $tags }
console-request-event-due = { $who } শেষ তারিখ ঠিক করেছেন: { $when }
console-request-event-due-cleared = { $who } শেষ তারিখ সরিয়ে দিয়েছেন
console-request-event-resolution = { $who } সমাধানের নোট লিখেছেন
console-request-event-duplicate = { $who } এটি ডুপ্লিকেট হিসেবে মিলিয়েছেন
console-request-event-viewed = { $who } এটি খুলেছেন
console-request-event-submitted = { $who } আবেদন জমা দিয়েছেন
console-request-event-changes-requested = { $who } পরিবর্তনের জন্য আবেদন ফেরত পাঠিয়েছেন
console-request-event-application =
    { $status ->
        [submitted] { $who } আবেদনের অবস্থা রেকর্ড করেছেন: জমা দেওয়া হয়েছে
        [under_review] { $who } আবেদনের অবস্থা রেকর্ড করেছেন: পর্যালোচনাধীন
        [changes_requested] { $who } আবেদনের অবস্থা রেকর্ড করেছেন: পরিবর্তন চাওয়া হয়েছে
        [approved] { $who } আবেদনের অবস্থা রেকর্ড করেছেন: অনুমোদিত
        [declined] { $who } আবেদনের অবস্থা রেকর্ড করেছেন: নামঞ্জুর
       *[other] { $who } আবেদনের অবস্থা রেকর্ড করেছেন: { $status }
    }
console-request-event-conflict = { $who } স্বার্থের সংঘাত ঘোষণা করেছেন
console-request-event-other = { $who }: { $event }
console-request-field-title = শিরোনাম
console-request-field-description = বিবরণ
console-request-field-category = বিষয়
console-request-field-country = দেশ
console-request-field-city = শহর
console-request-field-application = আবেদন

## The fund: an application's panel inside a fund query

console-fund-application = তহবিলের আবেদন
console-fund-draft = খসড়া, জমা দেওয়া হয়নি
console-fund-no-round = কোনো পর্ব উল্লেখ নেই
console-fund-cap = সীমা { $amount }
console-fund-approved-amount = অনুমোদিত { $amount }
console-fund-requested = চাওয়া হয়েছে { $amount }
console-fund-lead = প্রধান সংস্থা: { $name }
console-fund-partner = অংশীদার: { $name }
console-fund-objectives = উদ্দেশ্য: { $text }
console-fund-risks = চিহ্নিত ঝুঁকি: { $text }
console-fund-mitigation = ঝুঁকি কমানোর উপায়: { $text }
console-fund-partners = অংশীদার ও সম্পদ: { $text }
console-fund-timeline = সময়সূচি: { $text }
console-fund-milestones = মাইলফলক: { $milestones }
console-fund-milestone = { $name } (শেষ তারিখ { $due })
console-fund-column-category = শ্রেণি
console-fund-column-line = খাত
console-fund-column-quantity = সংখ্যা
console-fund-column-unit = একক
console-fund-column-total = মোট

## The fund: review and decision

console-fund-conflicted = আপনি এই আবেদনে স্বার্থের সংঘাত ঘোষণা করেছেন: আপনি কোনো পর্যালোচনা বা নম্বর দেখতে পাবেন না এবং এ বিষয়ে সিদ্ধান্ত নিতে পারবেন না।
console-fund-review = পর্যালোচনা
console-fund-conflicts = ঘোষিত স্বার্থের সংঘাত: { $conflicts }
console-fund-conflict = { $who } ({ $reason })
console-fund-criterion = { $criterion } (0–5)
console-fund-save-review = আমার পর্যালোচনা সংরক্ষণ করুন
console-fund-scores = { $who }: { $scores }
console-fund-comment-placeholder = তহবিল ব্যবস্থাপকদের জন্য অভ্যন্তরীণ মন্তব্য
console-fund-add-comment = অভ্যন্তরীণ মন্তব্য যোগ করুন
console-fund-decision = সিদ্ধান্ত
console-fund-decided = সিদ্ধান্ত হয়েছে।
console-fund-changes-placeholder = আবেদনকারীকে কী বদলাতে হবে (তাঁরা এটি উত্তর হিসেবে পাবেন)
console-fund-ask-changes = পরিবর্তন চান
# উদাহরণের সংখ্যা যেভাবে লেখা আছে সেভাবেই রাখুন।
console-fund-approve-placeholder = অর্থের পরিমাণ, যেমন 8,500
console-fund-approve = অনুমোদন করুন
console-fund-decline-placeholder = নামঞ্জুরের কারণ
console-fund-decline = নামঞ্জুর করুন
console-fund-waiting = আবেদনকারীর জমা দেওয়ার অপেক্ষায়।
console-fund-conflict-prompt = আপনার স্বার্থের সংঘাত কেন? (রেকর্ডে রাখা হবে)
console-fund-declare-conflict = স্বার্থের সংঘাত ঘোষণা করুন
console-fund-not-an-amount = শূন্যের বেশি অর্থের পরিমাণ লিখুন, যেমন 12,500.00।

## The fund: a grant and its tranches

console-fund-grant = অনুদান
console-fund-grant-approved = অনুমোদিত { $amount }
console-fund-grant-paid = পরিশোধিত { $amount }
console-fund-grant-closed = { $when } তারিখে বন্ধ
console-fund-report-head =
    { $final ->
        [yes] চূড়ান্ত প্রতিবেদন: { $milestone }
       *[other] অগ্রগতি প্রতিবেদন: { $milestone }
    }
console-fund-tranche-placeholder = পরিমাণ
console-fund-tranche-label = কিস্তি: { $milestone }
console-fund-pay-tranche = কিস্তি পরিশোধ করুন

## The fund: rounds

console-fund-rounds = তহবিলের পর্ব
console-fund-rounds-empty = এখনও কোনো পর্ব নেই।
console-fund-round-dates = { $opens } থেকে { $closes }
console-fund-ledger = খতিয়ান (CSV)
console-fund-round-edit = বদলান বা বন্ধ করুন
console-fund-round-new = নতুন পর্ব তৈরি করুন
console-fund-round-change = { $name } বদলান
console-fund-round-name = নাম
console-fund-round-currency = মুদ্রা
console-fund-round-pool = মোট তহবিল
console-fund-round-cap = প্রতি অনুদানের সর্বোচ্চ সীমা
console-fund-round-opens = শুরুর তারিখ
console-fund-round-closes = শেষের তারিখ
console-fund-round-eligibility = যোগ্যতার চেকলিস্ট (প্রতি লাইনে একটি)
console-fund-round-criteria = নম্বর দেওয়ার মানদণ্ড (প্রতি লাইনে একটি)
console-fund-round-attachments = প্রয়োজনীয় সংযুক্তি (প্রতি লাইনে একটি)
console-fund-round-create = পর্ব তৈরি করুন
console-fund-round-save = পর্ব সংরক্ষণ করুন
console-fund-round-created = পর্ব তৈরি হয়েছে
console-fund-round-saved = পর্ব সংরক্ষিত হয়েছে
console-fund-chart-pool = মোট তহবিল
console-fund-chart-committed = প্রতিশ্রুত
console-fund-chart-disbursed = বিতরণ করা
console-fund-chart-remaining = অবশিষ্ট
console-fund-chart-fact = { $name }: { $amount }

## People: users

console-people-users = ব্যবহারকারী
console-people-username = ব্যবহারকারীর নাম
console-people-password = পাসওয়ার্ড
console-people-role = ভূমিকা
console-people-country = দেশ
console-people-city = শহর
console-people-countries = দায়িত্বের দেশ
console-people-countries-all = সব
console-people-language = ভাষা
console-people-status = অবস্থা
console-people-field-error = { $field }: { $message }
console-people-you = (আপনি)
console-people-active = সক্রিয়
console-people-deactivated = নিষ্ক্রিয়
console-people-save = সংরক্ষণ করুন
console-people-saved = { $name } সংরক্ষিত হয়েছে
console-people-deactivate = নিষ্ক্রিয় করুন
console-people-reactivate = আবার সক্রিয় করুন
console-people-deactivate-confirm = { $name } নিষ্ক্রিয় করবেন? তাঁর সব ডিভাইস সঙ্গে সঙ্গে সাইন আউট হবে।
console-people-deactivated-toast = { $name } নিষ্ক্রিয় করা হয়েছে
console-people-reactivated-toast = { $name } আবার সক্রিয় করা হয়েছে
console-people-reset = পাসওয়ার্ড রিসেট
console-people-reset-code = { $name }-এর জন্য এককালীন কোড (একবারই কাজ করবে, { $until } পর্যন্ত):
console-people-reset-code-note = ফোনে বা সরাসরি তাঁকে দিন। এটি আর দেখানো হবে না। সাইন ইনের সময় তিনি এটি দিয়ে নতুন পাসওয়ার্ড ঠিক করবেন।
console-people-done = সম্পন্ন
console-people-data = ডেটা…
console-people-data-about = { $name } সম্পর্কিত ডেটা
console-people-devices = ডিভাইস
console-people-add-title = ব্যবহারকারী যোগ করুন
console-people-add = যোগ করুন
console-people-added = { $name } যোগ করা হয়েছে

## People: a person's data

console-people-export = তাঁর ডেটা ডাউনলোড করুন
console-people-export-text = হাবে তাঁর সম্পর্কে যা আছে, সব একটি JSON ফাইলে: তাঁর অ্যাকাউন্ট ও ডিভাইস, তাঁর জমা দেওয়া অনুরোধ ও সেগুলোর ইতিহাস, অন্য অনুরোধে তাঁর লেখা, এবং অডিট রেকর্ড। ডাউনলোডটি অডিট লগে রেকর্ড হয়।
console-people-erase-text = তাঁর চাওয়া অনুযায়ী মুছে ফেলা: তাঁর জমা দেওয়া সব অনুরোধ বেনামি করা হয়, অন্য অনুরোধ থেকে তাঁর লেখা সরানো হয়, তাঁর অ্যাকাউন্ট খালি করে নিষ্ক্রিয় করা হয়, এবং তাঁর ডিভাইসগুলো সাইন আউট করে মুছে ফেলা হয়। এটি আর ফেরানো যায় না।
console-people-erase-confirm = নিশ্চিত করতে { $name } লিখুন
console-people-erase = মুছে ফেলুন
console-people-erased =
    { $rewritten ->
        [one] মুছে ফেলা হয়েছে: তাঁর { $anonymised }টি অনুরোধ বেনামি করা হয়েছে, অন্য { $rewritten }টি অনুরোধ থেকে তাঁর লেখা সরানো হয়েছে।
       *[other] মুছে ফেলা হয়েছে: তাঁর { $anonymised }টি অনুরোধ বেনামি করা হয়েছে, অন্য { $rewritten }টি অনুরোধ থেকে তাঁর লেখা সরানো হয়েছে।
    }
console-people-close = বন্ধ করুন

## People: devices

console-people-your-devices = আপনার ডিভাইস
console-people-their-devices = তাঁর ডিভাইস
console-people-devices-text = প্রতিটি সাইন ইন একটি ডিভাইস। হারানো বা আর ব্যবহার না করা ডিভাইস বাতিল করুন: সেটি সঙ্গে সঙ্গে সাইন আউট হবে, আর পরের বার সংযোগ পেলে এতে রাখা সবকিছু মুছে ফেলবে।
console-people-device-name = নাম
console-people-device-platform = প্ল্যাটফর্ম
console-people-device-signed-in = সাইন ইন
console-people-device-last-seen = শেষ দেখা
console-people-device-last-sync = শেষ সিঙ্ক
console-people-no-devices = কোনো ডিভাইস নেই।
console-people-revoke-confirm = "{ $name }" বাতিল করবেন? এটি সঙ্গে সঙ্গে সাইন আউট হবে।
console-people-revoke = বাতিল করুন
console-people-revoked-toast = বাতিল করা হয়েছে
console-people-revoked = { $when } তারিখে বাতিল

## People: the audit log

console-people-audit = অডিট লগ
console-people-audit-person = ব্যক্তি
console-people-audit-everyone = সবাই
console-people-audit-action = কাজ
console-people-audit-every-action = সব কাজ
console-people-audit-since = কবে থেকে
console-people-audit-request-id = অনুরোধ আইডি
console-people-audit-show = দেখান
console-people-audit-download = CSV ডাউনলোড করুন
console-people-audit-older = আরও পুরোনো
console-people-audit-when = কখন
console-people-audit-what = কী
console-people-audit-who = কে
console-people-audit-device = ডিভাইস
console-people-audit-about = সংশ্লিষ্ট
console-people-audit-detail = বিস্তারিত
console-people-audit-empty = এই ফিল্টারে কিছু রেকর্ড হয়নি।
console-people-audit-a-request = একটি অনুরোধ
console-people-audit-command-line = কমান্ড লাইন
console-people-audit-unknown = অজানা

## Reports

console-reports-title = রিপোর্ট
console-reports-from = কবে থেকে
console-reports-to = কবে পর্যন্ত
console-reports-show = দেখান
console-reports-download = CSV ডাউনলোড করুন
# $total: মোটা হরফে $count।
console-reports-total =
    { $count ->
        [one] { $total }টি অনুরোধ এসেছে
       *[other] { $total }টি অনুরোধ এসেছে
    }
console-reports-first-answer = প্রথম উত্তরের মধ্যমা সময়: { $duration } ({ $answered }টির উত্তর দেওয়া হয়েছে)
console-reports-resolution = সমাধানের মধ্যমা সময়: { $duration } ({ $resolved }টির সমাধান হয়েছে)
console-reports-minutes = { $minutes } মিনিট
console-reports-hours = { NUMBER($hours, minimumFractionDigits: 1, maximumFractionDigits: 1) } ঘণ্টা
console-reports-days =
    { NUMBER($days, minimumFractionDigits: 1, maximumFractionDigits: 1) ->
        [one] { NUMBER($days, minimumFractionDigits: 1, maximumFractionDigits: 1) } দিন
       *[other] { NUMBER($days, minimumFractionDigits: 1, maximumFractionDigits: 1) } দিন
    }
console-reports-by-status = অবস্থা অনুযায়ী
console-reports-by-kind = ধরন অনুযায়ী
console-reports-by-country = দেশ অনুযায়ী
console-reports-by-category = বিষয় অনুযায়ী
console-reports-by-assignee = দায়িত্বপ্রাপ্ত অনুযায়ী
console-reports-none = এই সময়ে কিছু নেই।
console-reports-unassigned = দায়িত্ব দেওয়া হয়নি
console-reports-chart-fact = { $name }: { $count }

## Canned responses

console-canned-title = তৈরি উত্তর
console-canned-empty = এখনও কোনো তৈরি উত্তর নেই।
console-canned-new = নতুন তৈরি উত্তর
# একই তৈরি উত্তরের অন্য ভাষার জন্য নতুন কার্ড; $title: উত্তরটির শিরোনাম।
console-canned-new-version = অন্য ভাষায় { $title }
console-canned-add-version = অন্য ভাষায় যোগ করুন
console-canned-field-title = শিরোনাম
console-canned-field-language = ভাষা
console-canned-field-language-codes = ভাষা (en, bn, hi, ur, si, ta, dv, ne)
console-canned-field-text = লেখা
console-canned-save = সংরক্ষণ করুন
console-canned-add = যোগ করুন
console-canned-remove = সরান
console-canned-saved = সংরক্ষিত
console-canned-added = যোগ করা হয়েছে
console-canned-removed = সরানো হয়েছে

## Codes only the console shows: audit log actions and details

code-sign_in = সাইন ইন করেছেন
code-sign_in_failed = সাইন ইন প্রত্যাখ্যাত
code-sign_out = সাইন আউট করেছেন
code-device_revoked = ডিভাইস বাতিল
code-user_created = ব্যবহারকারী যোগ করা হয়েছে
code-user_changed = ব্যবহারকারীর তথ্য বদলানো হয়েছে
code-user_deactivated = ব্যবহারকারী নিষ্ক্রিয় করা হয়েছে
code-user_reactivated = ব্যবহারকারী আবার সক্রিয় করা হয়েছে
code-reset_code_issued = রিসেট কোড দেওয়া হয়েছে
code-password_reset = রিসেট কোড দিয়ে পাসওয়ার্ড ঠিক করা হয়েছে
code-export = এক্সপোর্ট করা হয়েছে
code-person_erased = ব্যক্তির তথ্য মুছে ফেলা হয়েছে
code-request_anonymised = অনুরোধ বেনামি করা হয়েছে
code-request_viewed = অনুরোধ দেখা হয়েছে
# সাইন ইন কেন প্রত্যাখ্যাত হলো।
code-wrong_password = ভুল পাসওয়ার্ড
code-unknown_user = অজানা ব্যবহারকারীর নাম
code-throttled = অনেকবার চেষ্টা করা হয়েছে
code-deactivated = অ্যাকাউন্ট নিষ্ক্রিয়
code-bad_reset_code = ভুল বা মেয়াদোত্তীর্ণ রিসেট কোড
# অনুরোধ কেন বেনামি করা হলো।
code-retention = সংরক্ষণের মেয়াদ শেষ
code-erasure = এর অনুরোধকারীর তথ্য মুছে ফেলা হয়েছে
# কী এক্সপোর্ট হয়েছে, বা অনুরোধের কোন অংশ পড়া হয়েছে।
code-requests = অনুরোধ
code-audit = অডিট লগ
code-ledger = তহবিলের খতিয়ান
code-person = একজন ব্যক্তির ডেটা
code-review = তহবিল পর্যালোচনা
# কোনো ব্যক্তি নয়, সিস্টেম কাজটি করলে।
code-command_line = কমান্ড লাইন

## Events: trainings, workshops, dialogues and exchange visits the hub runs.
console-queue-events = অনুষ্ঠান
console-events-title = অনুষ্ঠান
console-events-empty = সামনে কোনো অনুষ্ঠান নেই। ওপরের ফর্ম দিয়ে একটি প্রকাশ করুন।
console-events-new = অনুষ্ঠান প্রকাশ করুন
console-events-publish = প্রকাশ করুন
console-events-published = অনুষ্ঠানটি প্রকাশিত হয়েছে।
console-event-seats = { $seats }টি আসনের মধ্যে { $admitted }টি পূর্ণ · { $waiting } জন অপেক্ষায়
console-event-kind-training = প্রশিক্ষণ
console-event-kind-workshop = কর্মশালা
console-event-kind-dialogue = সংলাপ
console-event-kind-exchange_visit = অভিজ্ঞতা বিনিময় সফর
console-event-mode-in_person = সরাসরি
console-event-mode-online = অনলাইন
console-event-field-title = শিরোনাম
console-event-field-kind = অনুষ্ঠানের ধরন
console-event-field-starts = শুরুর সময়
console-event-field-ends = শেষের সময়
console-event-field-seats = আসন
console-event-field-mode = কোথায় হবে
console-event-field-place = স্থান, সরাসরি অনুষ্ঠানের জন্য
console-event-field-link = যোগ দেওয়ার লিংক, অনলাইন অনুষ্ঠানের জন্য
console-event-field-language = যে ভাষায় অনুষ্ঠানটি হবে (bn-এর মতো একটি কোড)
console-event-field-description = কী বিষয়ে এবং কাদের জন্য
console-event-registrations = নিবন্ধন
console-event-registrations-empty = এখনও কেউ নিবন্ধন করেননি।
console-event-column-person = ব্যক্তি
console-event-column-status = অবস্থা
console-event-column-attended = উপস্থিত ছিলেন
console-event-status-admitted = আসন পেয়েছেন
console-event-status-waiting = আসনের অপেক্ষায়
console-event-attendance-saved = উপস্থিতি সংরক্ষিত হয়েছে।

## Filing a request for a practitioner (it came by phone, message, email or in person)

console-queue-intake = মাঠ কর্মকর্তার পক্ষে জমা দিন
console-intake-title = মাঠ কর্মকর্তার পক্ষে অনুরোধ জমা দিন
console-intake-help = যে অনুরোধ ফোন, বার্তা, ইমেইল বা সরাসরি হাবে এসেছে, তার জন্য। মাঠ কর্মকর্তা এর অনুরোধকারী হবেন এবং নিজের ফোনে এটি দেখতে পাবেন।
console-intake-requester = মাঠ কর্মকর্তা
console-intake-picked = { $name }-এর পক্ষে জমা দেওয়া হচ্ছে
console-intake-nobody = আপনার দেশগুলোতে এমন কোনো মাঠ কর্মকর্তা পাওয়া যায়নি।
console-intake-choose = বেছে নিন…
console-intake-choose-person = এই অনুরোধটি কোন মাঠ কর্মকর্তার জন্য, তা বেছে নিন।
console-intake-channel = কীভাবে হাবে এসেছে
console-intake-kind = অনুরোধের ধরন
console-intake-field-title = শিরোনাম
console-intake-description = তাঁর কী দরকার
console-intake-category = বিষয়
console-intake-country = দেশ
console-intake-city = শহর
console-intake-file = অনুরোধ জমা দিন
console-intake-filed = { $name }-এর পক্ষে জমা দেওয়া হয়েছে।
console-request-intake = { $who } জমা দিয়েছেন ({ $channel })

## The guidance library, run from the console

console-queue-library = নির্দেশিকা লাইব্রেরি
console-library-title = নির্দেশিকা লাইব্রেরি
console-library-help = মাঠ কর্মকর্তারা নিজেদের ফোনে যা পড়েন, অফলাইনেও। ফোনগুলো সিঙ্ক হলে পরিবর্তন সেখানে পৌঁছে যায়।
console-library-new = নতুন আইটেম লিখুন
console-library-empty = লাইব্রেরিতে এখনও কিছু নেই।
console-library-retired = প্রত্যাহার করা
console-library-edit = বদলান
console-library-retire = প্রত্যাহার করুন
console-library-restore = ফিরিয়ে আনুন
console-library-translate = আরেকটি ভাষা যোগ করুন
console-library-retired-done = প্রত্যাহার করা হয়েছে: ফোনে এটি আর দেখানো হবে না।
console-library-restored = লাইব্রেরিতে ফিরিয়ে আনা হয়েছে।
# $title: সংস্করণটির শিরোনাম।
console-library-editing = “{ $title }” বদলানো হচ্ছে
console-library-translating = অন্য ভাষায় “{ $title }”
console-library-field-title = শিরোনাম
console-library-field-summary = সারসংক্ষেপ (এক বা দুই বাক্যে)
console-library-field-body = লেখা
console-library-field-topic = বিষয়
console-library-field-language = ভাষা (en, bn বা ur-এর মতো একটি কোড)
console-library-save = পরিবর্তন সংরক্ষণ করুন
console-library-publish = প্রকাশ করুন
console-library-cancel = বাতিল
console-library-saved = সংরক্ষিত হয়েছে। সিঙ্ক হলে ফোনগুলো এটি পেয়ে যাবে।
console-library-published = লাইব্রেরিতে প্রকাশিত হয়েছে।

## Feedback on events, from the people who attended

console-feedback-title = অনুষ্ঠান নিয়ে মতামত
console-feedback-back = অনুষ্ঠানের তালিকায় ফিরুন
console-feedback-csv = সব উত্তর ডাউনলোড করুন (CSV)
console-feedback-empty = এখনও কোনো মতামত আসেনি। অনুষ্ঠান শেষ হলে উপস্থিত ব্যক্তিদের কাছে মতামত চাওয়া হয়।
console-feedback-by-month = মাস অনুযায়ী
console-feedback-by-event = অনুষ্ঠান অনুযায়ী
console-feedback-by-city = শহর অনুযায়ী
console-feedback-event = অনুষ্ঠান
console-feedback-city = শহর
console-feedback-answers = উত্তর
console-feedback-rating = কেমন হয়েছে (5-এর মধ্যে)
console-feedback-usefulness = কতটা উপযোগী (5-এর মধ্যে)
console-feedback-comments = তাঁরা যা যোগ করেছেন
console-feedback-chart = মাসভিত্তিক গড় স্কোর
console-feedback-answers-count = { $count ->
    [one] { $count }টি উত্তর
   *[other] { $count }টি উত্তর
  }

## The directory

console-queue-directory = ডিরেক্টরি
console-directory-title = নেটওয়ার্কের ডিরেক্টরি
console-directory-help = সদস্য শহর এবং যাঁরা সাহায্য করতে পারেন। আপনার দেশগুলোর তথ্য আপনি বদলাতে পারেন; প্রত্যেক ব্যক্তি নিজের ফোনে বেছে নেন, অন্যরা তাঁর কোন তথ্য দেখবেন।
console-directory-cities = সদস্য শহর
console-directory-people = লোকজন
console-directory-new-city = শহর যোগ করুন
console-directory-new-person = ব্যক্তি যোগ করুন
console-directory-no-cities = এখনও কোনো সদস্য শহর নেই।
console-directory-no-people = এখনও কারও নাম তালিকায় নেই।
console-directory-edit = বদলান
console-directory-editing = { $name } বদলানো হচ্ছে
console-directory-save = সংরক্ষণ করুন
console-directory-saved = ডিরেক্টরিতে সংরক্ষিত হয়েছে।
console-directory-hidden = অন্যদের কাছে লুকানো
console-directory-unlisted = তালিকায় নেই
console-directory-updated = { $when } তারিখে বদলানো হয়েছে
console-directory-field-country = দেশ
console-directory-field-city = শহর
console-directory-field-status = নেটওয়ার্কে অবস্থান
console-directory-field-since = কবে থেকে
console-directory-field-focal = ফোকাল পয়েন্ট
console-directory-usernames = তাঁদের ব্যবহারকারীর নাম, কমা দিয়ে আলাদা করে।
console-directory-field-user = ব্যবহারকারীর নাম
console-directory-user-help = যাঁকে তালিকায় রাখবেন, তাঁর অ্যাকাউন্ট: এটি দিয়েই তিনি সাইন ইন করেন এবং বেছে নেন অন্যরা কী দেখবেন।
console-directory-field-name = অন্যরা যে নাম দেখেন
console-directory-field-kind = তাঁরা কী সহায়তা দেন
console-directory-languages-help = কমা দিয়ে আলাদা করা ভাষার কোড, যেমন bn, ta, ur।
console-directory-commas = কমা দিয়ে আলাদা করুন।
console-directory-listed = ডিরেক্টরিতে তালিকাভুক্ত
console-directory-shown-note = নতুন তথ্যে ইমেইল ও ফোন ছাড়া সবকিছু দেখানো হয়, যতক্ষণ না ব্যক্তি নিজে অন্য কিছু বেছে নেন।

## Cities' needs

console-queue-needs = শহরগুলোর চাহিদা
console-needs-title = সদস্য শহরগুলোর চাহিদা
console-needs-help = প্রতি ত্রৈমাসিকে সদস্য শহরগুলো যা প্রয়োজন বলে জানিয়েছে, তার দেশভিত্তিক যোগফল, এবং শহরগুলো যেসব জনগোষ্ঠীর জন্য কাজ করে সে অনুযায়ী অনুরোধের হিসাব।
console-needs-csv = CSV ডাউনলোড করুন
console-needs-empty = এখনও কোনো শহর তার চাহিদা জানায়নি।
console-needs-by-group = শহর যেসব জনগোষ্ঠীর জন্য কাজ করে, সে অনুযায়ী অনুরোধ
console-needs-by-group-help = শহরের সর্বশেষ মূল্যায়ন অনুযায়ী, একটি অনুরোধ সেই শহর যেসব জনগোষ্ঠীর জন্য কাজ করে তার প্রতিটির অধীনে গোনা হয়।
console-needs-requests = অনুরোধ
console-needs-open = এখনও খোলা
console-needs-unassessed = যেসব শহর এখনও জানায়নি
console-needs-latest = প্রতিটি শহরের সর্বশেষ উত্তর
console-needs-period = ত্রৈমাসিক
console-needs-cities = শহর
console-needs-urgent-count = { $high }টি উচ্চ, { $medium }টি মাঝারি
console-needs-chart = প্রতিটি ক্ষেত্রের চাহিদা গড়ে কতটা জরুরি, ত্রৈমাসিক অনুযায়ী (0 মানে নেই, 3 মানে উচ্চ)

## Handing a request to a successor

console-request-event-handed-over = { $who } অনুরোধটি { $from }-এর কাছ থেকে { $to }-এর কাছে হস্তান্তর করেছেন
console-handover-title = উত্তরসূরির কাছে হস্তান্তর করুন
console-handover-help = কোনো শহরের নেতৃত্ব বদলালে অনুরোধটি ও এর তহবিলের আবেদন সেই শহরেই দায়িত্ব নেওয়া মাঠ কর্মকর্তার কাছে যায়। তখন থেকে এটি তাঁর, তাঁর ফোনেও; আগের জন আর এটি দেখতে পান না।
console-handover-successor = উত্তরসূরির ব্যবহারকারীর নাম
console-handover-save = হস্তান্তর করুন
console-handover-done = { $successor }-এর কাছে হস্তান্তর করা হয়েছে।

## Referrals

console-referral-title = যাঁদের কাছে রেফার করা হয়েছে
console-referral-to = অনুরোধকারীকে কার কাছে রেফার করবেন
console-referral-note = কেন তাঁকে, অল্প কথায়; তিনি এটি পড়বেন
console-referral-save = রেফার করুন
console-referral-done = রেফার করা হয়েছে। তাঁর ফোনে তাঁকে জিজ্ঞেস করা হবে, এবং তিনি গ্রহণ করলে কথোপকথনে যোগ দেবেন।
console-referral-outcome = এর ফল কী হলো
console-referral-record = ফলাফল রেকর্ড করুন
console-referral-recorded = ফলাফল রেকর্ড করা হয়েছে।
console-referral-status-offered = জিজ্ঞেস করা হয়েছে
console-referral-status-accepted = গ্রহণ করেছেন
console-referral-status-declined = প্রত্যাখ্যান করেছেন
console-referral-status-closed = বন্ধ

## Shared practice

console-practices-link = সদস্যদের শেয়ার করা অভিজ্ঞতা
console-practices-title = সদস্যদের শেয়ার করা অভিজ্ঞতা
console-practices-help = সদস্যরা নিজেদের শহর থেকে যা শেয়ার করেন, তা পর্যালোচনা করুন: তাঁদের সঙ্গে মিলে বদলান, একটি নোটসহ ফেরত পাঠান, অথবা তাঁদের নাম ও শহরসহ লাইব্রেরিতে প্রকাশ করুন।
console-practices-empty = এখনও কোনো সদস্য কোনো অভিজ্ঞতা শেয়ার করেননি।
console-practices-by = লেখক: { $author }, { $city }, { $country }
console-practices-note = লেখকের জন্য নোট
console-practices-edit = লেখা বদলান
console-practices-save = সংরক্ষণ করুন
console-practices-saved = সংরক্ষিত হয়েছে।
console-practices-publish = লাইব্রেরিতে প্রকাশ করুন
console-practices-published = লাইব্রেরিতে প্রকাশিত হয়েছে।
console-practices-send-back = এই নোটসহ ফেরত পাঠান
console-practices-sent-back = লেখকের কাছে ফেরত পাঠানো হয়েছে।
console-practices-field-title = শিরোনাম
console-practices-field-done = কী করা হয়েছিল
console-practices-field-risk = যে ঝুঁকির মোকাবিলা করা হয়েছে
console-practices-field-partners = কারা এতে কাজ করেছেন
console-practices-field-outcome = এর ফল কী হলো
console-practices-field-contacts = কাকে জিজ্ঞেস করবেন
console-practices-stage-submitted = পর্যালোচনার অপেক্ষায়
console-practices-stage-changes_requested = ফেরত পাঠানো হয়েছে
console-practices-stage-published = লাইব্রেরিতে আছে
console-practices-stage-withdrawn = লেখক প্রত্যাহার করেছেন

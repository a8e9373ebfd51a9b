# ফিল্ড অ্যাপ (মাঠ কর্মকর্তাদের ফোন অ্যাপ): এর কাঠামো, সাইন-ইন, লক, অ্যাকাউন্ট, অনুরোধের তালিকা
# ও নির্দেশিকা। ফর্ম ও একটি অনুরোধের নিজস্ব স্ক্রিন requests.ftl-এ আছে।

## What shows before the catalogue is loaded (kept for the next start)

boot-loading = { -brand } লোড হচ্ছে…
boot-retrying = { -brand } লোড হওয়ার সময় নেটওয়ার্ক চলে গেছে। আবার চেষ্টা করা হচ্ছে…

## The frame

app-meta =
    .content = দক্ষিণ এশিয়া আঞ্চলিক হাবের কাছে সাহায্য চান, এর উত্তর দেখুন ও নির্দেশিকা পড়ুন, নেটওয়ার্ক থাকুক বা না থাকুক।
nav-back =
    .aria-label = পেছনে
nav-main =
    .aria-label = প্রধান
tab-requests = অনুরোধ
tab-new = হাবকে জিজ্ঞেস করুন
tab-guidance = নির্দেশিকা
tab-account = অ্যাকাউন্ট
sync-offline = অফলাইন
# উইন্ডোর শিরোনামে স্ক্রিনের নাম; যেসব স্ক্রিনের নাম নেই, সেগুলো শুধু ব্র্যান্ড দেখায়।
app-title = { $screen } · { -brand }
# $error: কী ভুল হয়েছে তার ব্রাউজারের নিজস্ব বিবরণ (প্রায়ই ইংরেজিতে)।
app-screen-failed = এই স্ক্রিনটি খোলা যায়নি: { $error }
app-start-failed = { -brand } চালু করা যায়নি: { $error }
app-open-elsewhere = এই ডিভাইসে অন্য একটি ট্যাব বা উইন্ডোতে { -brand } আগে থেকেই খোলা আছে।
app-open-elsewhere-note = একসঙ্গে শুধু একটি জায়গাতেই আপনার কাজ রাখা যায়, যাতে কিছুই দুবার লেখা না হয়। অন্যটি বন্ধ করে আবার চেষ্টা করুন।
app-try-again = আবার চেষ্টা করুন
app-signed-out = সাইন আউট হয়েছে। এই ফোনে আপনার কিছুই আর নেই।
# অন্য কারও কাজ রাখা ফোনে কেউ সাইন ইন করছেন।
app-other-person = এই ফোনে { $username }-এর কাজ রাখা আছে। চালিয়ে যেতে { $username } হিসেবে সাইন ইন করুন।

## Banners under the top bar

banner-session-rejected = হাব এই ফোনের সাইন-ইন গ্রহণ করেনি। আপনার কাজ পাঠাতে আবার সাইন ইন করুন; এখানকার কিছুই হারায়নি।
banner-session-rejected-action = সাইন ইন করুন
banner-offline = অফলাইন। আপনি যা লেখেন তা এই ফোনে রাখা হয় এবং আবার অনলাইনে এলে পাঠানো হয়।
banner-update = { -brand }-এর নতুন সংস্করণ প্রস্তুত।
banner-update-action = আবার লোড করুন

## The sync indicator in the top bar (short) and what it explains when tapped.
## $count and $waiting count requests with changes only on this phone.

sync-sign-in = সিঙ্ক করতে সাইন ইন করুন
sync-sending-count = { $count }টি পাঠানো হচ্ছে…
sync-up-to-date = সব হালনাগাদ
sync-offline-waiting = অফলাইন · { $count }টি অপেক্ষায়
sync-connecting = সংযোগ হচ্ছে…
sync-connecting-waiting = সংযোগ হচ্ছে… · { $count }টি অপেক্ষায়
# হাবের সঙ্গে দীর্ঘ মেলানো: $docs রেকর্ড ও $kb কিলোবাইট বাকি।
sync-catching-up-short = { $docs }টি বাকি · { $kb } KB
sync-catching-up =
    হাবের সঙ্গে মেলানো হচ্ছে: এখনও { $docs ->
        [one] { $docs }টি রেকর্ড
       *[other] { $docs }টি রেকর্ড
    } ও { $kb } KB বাকি। আপনি কাজ চালিয়ে যেতে পারেন।
sync-explain-connected =
    হাবের সঙ্গে সংযুক্ত। { $waiting ->
        [0] এই ফোনের সবকিছু হাবের কাছে আছে।
        [one] { $waiting }টি অনুরোধে এমন পরিবর্তন আছে যা শুধু এই ফোনে আছে।
       *[other] { $waiting }টি অনুরোধে এমন পরিবর্তন আছে যা শুধু এই ফোনে আছে।
    }
sync-explain-offline =
    নেটওয়ার্ক নেই। { $waiting ->
        [0] এই ফোনের সবকিছু হাবের কাছে আছে।
        [one] { $waiting }টি অনুরোধে এমন পরিবর্তন আছে যা শুধু এই ফোনে আছে। নেটওয়ার্ক ফিরলে এগুলো পাঠানো হবে।
       *[other] { $waiting }টি অনুরোধে এমন পরিবর্তন আছে যা শুধু এই ফোনে আছে। নেটওয়ার্ক ফিরলে এগুলো পাঠানো হবে।
    }
sync-explain-connecting =
    এখনও হাবের সঙ্গে সংযোগ হয়নি। { $waiting ->
        [0] এই ফোনের সবকিছু হাবের কাছে আছে।
        [one] { $waiting }টি অনুরোধে এমন পরিবর্তন আছে যা শুধু এই ফোনে আছে।
       *[other] { $waiting }টি অনুরোধে এমন পরিবর্তন আছে যা শুধু এই ফোনে আছে।
    }
# $seconds: হাবের সঙ্গে যোগাযোগের পরের চেষ্টা কখন হবে।
sync-explain-retrying =
    এখনও হাবের সঙ্গে সংযোগ হয়নি। { $seconds } সেকেন্ড পরে আবার চেষ্টা করা হবে। { $waiting ->
        [0] এই ফোনের সবকিছু হাবের কাছে আছে।
        [one] { $waiting }টি অনুরোধে এমন পরিবর্তন আছে যা শুধু এই ফোনে আছে।
       *[other] { $waiting }টি অনুরোধে এমন পরিবর্তন আছে যা শুধু এই ফোনে আছে।
    }

## Signing in

signin-tagline = দক্ষিণ এশিয়া আঞ্চলিক হাবের হেল্প ডেস্ক, আপনার পকেটে।
signin-username = ইউজারনেম
signin-password = পাসওয়ার্ড
signin-submit = সাইন ইন করুন
signin-busy = সাইন ইন হচ্ছে…
signin-empty = আপনার ইউজারনেম ও পাসওয়ার্ড লিখুন।
signin-unreachable = হাবের সঙ্গে যোগাযোগ করা যাচ্ছে না। সাইন ইন করতে একবার নেটওয়ার্ক লাগে; তারপর অ্যাপটি অফলাইনেও চলে।
signin-wrong = ইউজারনেম ও পাসওয়ার্ড মিলছে না।
signin-failed = সাইন ইন করা যায়নি (HTTP { $status })।
signin-staff = এই অ্যাপটি মাঠপর্যায়ের কর্মকর্তাদের জন্য। হাবের কর্মীরা /console/ ঠিকানায় কনসোলে কাজ করেন।
signin-network-note = একবার সাইন ইন করতে নেটওয়ার্ক লাগবে। তারপর { -brand } নেটওয়ার্ক ছাড়াই চলে: সবকিছু এই ফোনে রাখা হয় এবং নেটওয়ার্ক ফিরলে পাঠানো হয়।
signin-again = আপনার কাজ হাবে পাঠাতে আবার সাইন ইন করুন। এই ডিভাইসের কিছুই হারায়নি।
# $days দিন হাবের সঙ্গে যোগাযোগ না হওয়ায় ফোনটি নিজেই লক হয়ে গেছে।
signin-offline-locked =
    { $days ->
        [one] এই ফোনটি { $days } দিনের বেশি সময় হাবের সঙ্গে যুক্ত হয়নি, তাই { -brand } এটি লক করে দিয়েছে।
       *[other] এই ফোনটি { $days } দিনের বেশি সময় হাবের সঙ্গে যুক্ত হয়নি, তাই { -brand } এটি লক করে দিয়েছে।
    }
signin-offline-locked-next = চালিয়ে যেতে অনলাইনে সাইন ইন করুন, তারপর আপনার পিন দিন। যা এখনও পাঠানো হয়নি, তা এনক্রিপ্ট করা অবস্থায় এই ফোনেই আছে।
# মালিক পিন ভুলে গেছেন; $unsent অনুরোধে এমন পরিবর্তন আছে যা কখনো পাঠানো হয়নি।
signin-forgot-title = সাইন ইন করলে এই ফোনটি নতুন করে শুরু হবে।
signin-forgot-text =
    { $unsent ->
        [0] যা কিছু হাবে পৌঁছেছে, সব ফিরে আসবে। মত বদলেছেন? পিন দিতে পেজটি আবার লোড করুন।
        [one] { $unsent }টি অনুরোধে এমন পরিবর্তন আছে যা কখনো হাবে পৌঁছায়নি; সেগুলো হারিয়ে যাবে। যা কিছু হাবে পৌঁছেছে, সব ফিরে আসবে। মত বদলেছেন? পিন দিতে পেজটি আবার লোড করুন।
       *[other] { $unsent }টি অনুরোধে এমন পরিবর্তন আছে যা কখনো হাবে পৌঁছায়নি; সেগুলো হারিয়ে যাবে। যা কিছু হাবে পৌঁছেছে, সব ফিরে আসবে। মত বদলেছেন? পিন দিতে পেজটি আবার লোড করুন।
    }
# ফোনটি খালি কেন: $when (তারিখ ও সময়) এটি যা রেখেছিল সব মুছে ফেলেছে।
signin-wiped-pins-title = এই ফোনে অনেকবার ভুল পিন দেওয়া হয়েছে।
signin-wiped-pins-text = { $when } তারিখে, শেষ ভুল চেষ্টার পর, { -brand } এখানে রাখা সবকিছু মুছে ফেলেছে, খসড়া ও না-পাঠানো কাজসহ। আবার সাইন ইন করুন; যা হাবে পৌঁছেছে তা এখনও সেখানে আছে।
signin-wiped-revoked-title = এই ফোনটিকে অন্য জায়গা থেকে { -brand } থেকে সাইন আউট করা হয়েছে।
signin-wiped-revoked-text = { $when } তারিখে হাব এই ফোনকে জানিয়েছে যে এর প্রবেশাধিকার সরিয়ে নেওয়া হয়েছে, হয় আপনি অন্য কোনো ডিভাইস থেকে, নয়তো হাবের কোনো প্রশাসক। তাই { -brand } এখানে রাখা সবকিছু মুছে ফেলেছে, খসড়া ও না-পাঠানো কাজসহ। এটি ভুল হয়ে থাকলে আবার সাইন ইন করুন; যা হাবে পৌঁছেছে তা এখনও সেখানে আছে।

## The lock: choosing a PIN, and unlocking with it

lock-choose-title = এই ফোনের জন্য একটি পিন বেছে নিন
# $min থেকে $max অঙ্ক; $minutes মিনিট ব্যবহার না হলে ফোনটি নিজেই লক হয়।
lock-choose-text =
    { -brand } আপনার অনুরোধগুলো এই ফোনে এনক্রিপ্ট করে রাখে, যাতে ফোনটি কারও হাতে পড়লেও তিনি সেগুলো পড়তে না পারেন। { $min } থেকে { $max } অঙ্কের একটি পিন বেছে নিন: প্রতিবার { -brand } খোলার সময় এবং { $minutes ->
        [one] { $minutes } মিনিট
       *[other] { $minutes } মিনিট
    } ব্যবহার না হলে আপনাকে এটি দিতে হবে।
lock-new-pin = নতুন পিন
lock-pin-again = একই পিন আবার
lock-save = পিন সংরক্ষণ করুন
lock-saving = এই ফোনটি লক করা হচ্ছে…
lock-pins-differ = দুটি পিন এক নয়। একই পিন দুবার লিখুন।
lock-forget-note = ভুলে গেলে আবার অনলাইনে সাইন ইন করবেন; এই ফোন যা হাবে পাঠায়নি, শুধু সেটুকুই হারাবে।
lock-locked-title = { -brand } লক করা আছে
lock-enter-pin = খুলতে { $username }-এর পিন দিন।
lock-pin = পিন
lock-unlock = আনলক করুন
lock-unlocking = আনলক হচ্ছে…
lock-empty = আপনার পিন দিন।
# ফোনে রাখা সবকিছু মুছে যাওয়ার আগে আর $left বার ভুল চেষ্টা করা যাবে।
lock-wrong-pin =
    পিনটি সঠিক নয়। আর { $left ->
        [one] { $left }বার চেষ্টা
       *[other] { $left }বার চেষ্টা
    } করা যাবে, তারপর { -brand } এই ফোনে রাখা সবকিছু মুছে ফেলবে।
lock-forgot-summary = পিন ভুলে গেছেন?
lock-forgot-text = পিন ছাড়া { -brand } এই ফোনে যা রাখে তা কেউ পড়তে পারে না, হাবও না। আপনি আবার অনলাইনে সাইন ইন করে এই ফোনটি নতুন করে শুরু করতে পারেন: যা কিছু হাবে পৌঁছেছে সব ফিরে আসবে, যা কখনো ফোন থেকে যায়নি তা হারিয়ে যাবে।
lock-forgot-unsent =
    { $unsent ->
        [0] এই ফোন যতদূর জানে, এর সবকিছু হাবে পৌঁছেছে।
        [one] { $unsent }টি অনুরোধে এমন পরিবর্তন আছে যা এখনও হাবে পাঠানো হয়নি; সেগুলো হারিয়ে যাবে।
       *[other] { $unsent }টি অনুরোধে এমন পরিবর্তন আছে যা এখনও হাবে পাঠানো হয়নি; সেগুলো হারিয়ে যাবে।
    }
lock-start-afresh = আবার সাইন ইন করে নতুন করে শুরু করুন
# নতুন পিনে কী ভুল ($min ও $max: সবচেয়ে ছোট ও সবচেয়ে বড় পিন)।
lock-pin-digits-only = পিনে শুধু অঙ্ক থাকে।
lock-pin-too-short = পিনে কমপক্ষে { $min }টি অঙ্ক থাকতে হবে।
lock-pin-too-long = পিনে সর্বোচ্চ { $max }টি অঙ্ক থাকতে পারে।
lock-pin-repeated = একই অঙ্ক বারবার দিয়ে তৈরি পিন সহজেই অনুমান করা যায়।
lock-pin-in-a-row = পরপর অঙ্ক দিয়ে তৈরি পিন (যেমন 123456) সহজেই অনুমান করা যায়।

## Account

account-title = অ্যাকাউন্ট
account-role = ভূমিকা
account-place = স্থান
account-place-value = { $city }, { $country }
account-on-phone = এই ফোনে
account-requests = অনুরোধ
# ফোনে $total অনুরোধ, যার $waiting টিতে এমন পরিবর্তন আছে যা হাবের কাছে এখনও নেই।
account-requests-count =
    { $waiting ->
        [0] { $total }, সবগুলো হাবের কাছে আছে
       *[other] { $total } ({ $waiting }টি এখনও হাবের কাছে নেই)
    }
account-guidance = নির্দেশিকা
account-guidance-count = অফলাইনে পড়ার জন্য { $count }টি সংরক্ষিত
account-drafts = খসড়া
account-language = ভাষা
account-language-offline = নেটওয়ার্ক ছাড়া এই ভাষাটি লোড করা যাবে না। ফোন অনলাইনে এলে আবার চেষ্টা করুন।
account-devices = আপনার ডিভাইসগুলো
account-devices-offline = এই ফোন অনলাইনে এলে দেখানো হবে।
# $name: ডিভাইসের নাম; $when: তারিখ ও সময়।
account-device-this-phone = { $name } (এই ফোন)
account-device-signed-out = { $when } তারিখে সাইন আউট হয়েছে
account-device-last-seen = শেষ দেখা গেছে { $when }
account-revoke = এটিকে সাইন আউট করুন
account-revoke-confirm = "{ $name }" সাইন আউট করবেন? এটি হারিয়ে গিয়ে থাকলে, পরের বার অনলাইনে এলে { -brand } এতে যা রেখেছে তা মুছে যাবে।
account-revoke-failed = এটি হাবে পৌঁছায়নি। নেটওয়ার্ক পেলে আবার চেষ্টা করুন।
account-sign-out = সাইন আউট করুন
account-sign-out-question = সাইন আউট করবেন?
account-sign-out-text = আপনার অনুরোধ ও নির্দেশিকা এই ফোন থেকে সরিয়ে ফেলা হবে। সেগুলো হাবের কাছে থাকবে: ফিরে পেতে আবার সাইন ইন করুন।
account-at-risk-title = কিছু কাজ শুধু এই ফোনে আছে
account-at-risk-text = সাইন আউট করলে { -brand } এই ফোনে যা রেখেছে সবকিছু মুছে যাবে। এগুলো এখনও হাবের কাছে নেই এবং হারিয়ে যাবে:
# হাবের কাছে এখনও না পৌঁছানো অনুরোধ: এর শিরোনাম ও এটি কোথায় আছে ($sync: device বা sending)।
account-unsent-request =
    { $title } ({ $sync ->
        [sending] পাঠানো হচ্ছে…
       *[device] শুধু এই ডিভাইসে
    })
account-unsent-drafts =
    { $count ->
        [one] { $count }টি অসম্পূর্ণ খসড়া
       *[other] { $count }টি অসম্পূর্ণ খসড়া
    }
account-keep-note = এগুলো রাখতে নেটওয়ার্কে যুক্ত হন এবং এগুলোতে “{ sync-hub }” দেখানো পর্যন্ত অপেক্ষা করুন।
account-keep-signed-in = আমাকে সাইন ইন রাখুন
account-sign-out-delete = সাইন আউট করুন ও এগুলো মুছে ফেলুন
account-signing-out = সাইন আউট হচ্ছে…

## The list of requests

list-title = আমার অনুরোধ
list-new = + নতুন
list-empty = এখানে এখনও কিছু নেই।
list-empty-note = হাবের কাছে সাহায্য চান বা সহায়তা তহবিল সম্পর্কে জিজ্ঞেস করুন। আপনি যা লেখেন তা অফলাইনেও এই ফোনে রাখা হয় এবং নেটওয়ার্ক পেলে হাবে পাঠানো হয়।
list-empty-action = হাবকে জিজ্ঞেস করুন
list-chip-team = আপনার শহরের টিম থেকে
list-chip-replied = হাব উত্তর দিয়েছে
list-chip-conflict = আপনার সিদ্ধান্ত দরকার

## Drafts

# অসম্পূর্ণ রেখে দেওয়া ফর্ম; $title: শিরোনাম হিসেবে যা লেখা হয়েছিল।
draft-unfinished-request = অসম্পূর্ণ অনুরোধ: { $title }
draft-unfinished-fund = অসম্পূর্ণ তহবিল প্রশ্ন: { $title }
draft-untitled = শিরোনামহীন
draft-saving = খসড়া সংরক্ষণ করা হচ্ছে…
draft-saved = খসড়া এই ডিভাইসে সংরক্ষিত হয়েছে
draft-failed = খসড়াটি এই ডিভাইসে সংরক্ষণ করা যায়নি। এই স্ক্রিনটি খোলা রাখুন।

## Guidance

guidance-title = নির্দেশিকা
guidance-intro = হাবের প্রকাশিত নির্দেশিকা: স্থানীয় কর্মপরিকল্পনা কীভাবে লিখবেন, সহায়তা তহবিলের নিয়ম, টেমপ্লেট এবং অন্য শহরগুলোর ভালো অভিজ্ঞতা।
guidance-saved = অফলাইনে পড়ার জন্য এই ফোনে সংরক্ষিত
guidance-empty = এই ফোনে এখনও কোনো নির্দেশিকা নেই।
guidance-empty-note = হাব যা প্রকাশ করে, তা পরের বার আপনি অনলাইনে এলে চলে আসে এবং অফলাইনেও পড়া যায়।
guidance-missing = এই নির্দেশিকাটি এখনও এই ফোনে নেই। পরের বার অনলাইনে এলে এটি চলে আসবে।
# $date: একটি তারিখ।
guidance-published = প্রকাশিত: { $date }
# তালিকায় কোনো আইটেমের নিচে: আর যেসব ভাষায় এটি আছে, যেমন "বাংলা ও উর্দু"।
guidance-also-in = { $languages } ভাষাতেও আছে
# আইটেমটির অন্য ভাষার সংস্করণগুলোর লিংকের আগে।
guidance-versions = অন্য ভাষায়:

## Events: the hub's trainings, workshops, dialogues and exchange visits (a link on the
## guidance screen opens them).
events-link = প্রশিক্ষণ ও অনুষ্ঠান
# অনুষ্ঠানের তালিকার নিচে: হাবকে নেটওয়ার্কের অন্য কোনো শহরে সফরের ব্যবস্থা করতে বলে।
events-ask-exchange = সহযোগী শহরে অভিজ্ঞতা বিনিময় সফরের অনুরোধ করুন
events-title = অনুষ্ঠান
events-intro = হাবের আয়োজিত প্রশিক্ষণ, কর্মশালা, সংলাপ ও অভিজ্ঞতা বিনিময় সফর। নেটওয়ার্ক থাকুক বা না থাকুক, এখানে নিবন্ধন করুন: নিবন্ধন যে ক্রমে হাবে পৌঁছায়, সেই ক্রমেই আসন দেওয়া হয়।
events-empty = সামনে কোনো অনুষ্ঠান নেই। পরে আবার দেখুন।
events-as-of = { $when } তারিখের অবস্থা, যখন এই ফোন শেষবার হাবের সঙ্গে যুক্ত হয়েছিল।
events-hub-http = হাব একটি ত্রুটি জানিয়ে উত্তর দিয়েছে (HTTP { $status })। পরে আবার চেষ্টা করুন।
events-kind-training = প্রশিক্ষণ
events-kind-workshop = কর্মশালা
events-kind-dialogue = সংলাপ
events-kind-exchange_visit = অভিজ্ঞতা বিনিময় সফর
events-online = অনলাইন
events-seats = { $seats }টি আসনের মধ্যে { $admitted }টি পূর্ণ
events-seats-full = { $seats }টি আসনই পূর্ণ · { $waiting } জন অপেক্ষায়
events-register = নিবন্ধন করুন
events-cancel = আমার নিবন্ধন বাতিল করুন
events-dismiss = ঠিক আছে
events-status-admitted = আপনি একটি আসন পেয়েছেন।
events-status-waiting = আপনি অপেক্ষমাণ তালিকায় আছেন। কেউ নিবন্ধন বাতিল করলে আপনি আসন পাবেন।
events-status-queued-register = আপনার নিবন্ধন এই ফোনে রাখা আছে। ফোন অনলাইনে এলে এটি হাবে পাঠানো হবে।
events-status-queued-cancel = আপনার নিবন্ধন বাতিলের সিদ্ধান্ত এই ফোনে রাখা আছে। ফোন অনলাইনে এলে এটি হাবে পাঠানো হবে।

## Feedback after an event the person attended

feedback-title = অনুষ্ঠানটি কেমন হলো, হাবকে জানান
feedback-scale = 1 মানে খারাপ, 5 মানে চমৎকার।
feedback-rating = অনুষ্ঠানটি কেমন হলো?
feedback-usefulness = আপনার কাজের জন্য এটি কতটা উপযোগী?
feedback-comment = আর কিছু জানাতে চান? (ঐচ্ছিক)
feedback-send = পাঠান
feedback-queued = ধন্যবাদ। আপনার উত্তর এই ফোনে রাখা আছে। ফোন অনলাইনে এলে এটি হাবে পাঠানো হবে।

## The directory

directory-link = লোকজন ও শহর
directory-title = ডিরেক্টরি
directory-intro = সদস্য শহর এবং যাঁরা সাহায্য করতে পারেন: বিশেষজ্ঞ ও মাঠ কর্মকর্তা, যাঁরা নিজেরাই এই কাজ করেছেন। এটি এই ফোনে রাখা থাকে, তাই অফলাইনেও খুঁজতে পারবেন।
directory-search = ডিরেক্টরিতে খুঁজুন
directory-search-hint = নাম, বিষয়, ভাষা বা শহর
directory-people = লোকজন
directory-cities = সদস্য শহর
directory-empty = ডিরেক্টরিতে এই খোঁজের সঙ্গে মেলে এমন কিছু নেই।
directory-not-yet = ডিরেক্টরি এখনও এই ফোনে আসেনি। সংযোগ পেলে এই স্ক্রিনটি আবার খুলুন।
directory-as-of = { $when } তারিখের অবস্থা, যখন এই ফোন শেষবার হাবের সঙ্গে যুক্ত হয়েছিল।
directory-hub-http = হাব একটি ত্রুটি জানিয়ে উত্তর দিয়েছে (HTTP { $status })। পরে আবার চেষ্টা করুন।
directory-mine = আপনার তথ্য
directory-mine-note = আপনার নাম, আপনি কী সহায়তা দেন এবং আপনার শহর সবসময় দেখানো হয়। অন্যরা আর কী দেখবেন, তা আপনি বেছে নিন; হাব সবকিছুই দেখতে পায়।
directory-mine-shown = অন্যরা দেখেন
directory-mine-listed = ডিরেক্টরিতে আমার নাম রাখুন
directory-mine-save = সংরক্ষণ করুন
directory-mine-queued = এই ফোনে সংরক্ষিত; আপনি অনলাইনে এলে এটি হাবে পৌঁছে যাবে।

## A city's needs

needs-link = এই ত্রৈমাসিকে আপনার শহরের চাহিদা
needs-title = শহরের চাহিদা
needs-intro = প্রতি ত্রৈমাসিকে একবার প্রতিটি সদস্য শহর হাবকে জানায় তার কী প্রয়োজন। আপনার উত্তরের ভিত্তিতে হাব তার প্রশিক্ষণ ও সহায়তার পরিকল্পনা করে। এটি অফলাইনেও পূরণ করতে পারবেন; আপনি অনলাইনে এলে এটি পাঠানো হবে।
needs-none = আপনি কোনো সদস্য শহরের ফোকাল পয়েন্ট নন, তাই এখানে পূরণ করার কিছু নেই।
needs-city = { $city }, { $period }
needs-topics = কোন কোন বিষয়ে
needs-detail = আপনার নিজের ভাষায় (ঐচ্ছিক)
needs-send = হাবে পাঠান
needs-queued = এই ফোনে সংরক্ষিত; আপনি অনলাইনে এলে এটি হাবে পৌঁছে যাবে।
needs-sent = { $when } তারিখে পাঠানো হয়েছে। ত্রৈমাসিক শেষ না হওয়া পর্যন্ত আপনি উত্তর বদলাতে পারবেন।

## Handing a request to a successor

detail-handed-to-you = আপনার শহরের নেতৃত্ব বদলানোয় { $date } তারিখে এটি আপনার কাছে হস্তান্তর করা হয়েছে। এটি এখন আপনার।
handover-title = আপনার উত্তরসূরির কাছে হস্তান্তর করুন
handover-note = এই শহরে আপনার কাজের দায়িত্ব অন্য কেউ নিলে, এই অনুরোধটি এর কথোপকথন ও তহবিলের আবেদনসহ (যদি থাকে) তাঁর কাছে হস্তান্তর করুন। তখন থেকে এটি তাঁর, এবং আপনি আর এটি দেখতে পাবেন না।
handover-successor = আপনার উত্তরসূরির ইউজারনেম
handover-send = হস্তান্তর করুন
handover-offline = হস্তান্তর করতে হাবের সঙ্গে সংযোগ লাগবে। অনলাইনে এলে আবার চেষ্টা করুন।
handover-failed = হাব এটি হস্তান্তর করতে পারেনি (HTTP { $status })। পরে আবার চেষ্টা করুন।
handover-done = { $successor }-এর কাছে হস্তান্তর করা হয়েছে। পরের বার হাবে পৌঁছালে এটি এই ফোন থেকে সরে যাবে।

## Referrals

referral-offers-title = আপনার সাহায্য চাওয়া হয়েছে
referral-offer-note = হাব মনে করে, এই অনুরোধে আপনি সাহায্য করতে পারবেন। গ্রহণ করলে আপনি এটি পড়তে ও এর কথোপকথনে যোগ দিতে পারবেন; অনুরোধকারী দেখতে পাবেন যে আপনার সঙ্গে তাঁর যোগাযোগ করিয়ে দেওয়া হয়েছে।
referral-accept = গ্রহণ করুন
referral-decline = প্রত্যাখ্যান করুন
referral-offline = উত্তর দিতে হাবের সঙ্গে সংযোগ লাগবে। অনলাইনে এলে আবার চেষ্টা করুন।
referral-hub-http = হাব একটি ত্রুটি জানিয়ে উত্তর দিয়েছে (HTTP { $status })। পরে আবার চেষ্টা করুন।
list-chip-referred = আপনার কাছে রেফার করা
detail-referred-to-you = হাব এই অনুরোধটি আপনার কাছে রেফার করেছে। আপনি এটি পড়তে ও এর কথোপকথনে লিখতে পারবেন।
detail-connected-with = হাব আপনাকে { $names }-এর সঙ্গে যুক্ত করে দিয়েছে।

## Shared practice

practice-link = ভালো অভিজ্ঞতা শেয়ার করুন
practice-title = ভালো অভিজ্ঞতা শেয়ার করুন
practice-intro = আপনার শহরের এমন কোনো কাজ, যা থেকে অন্যরা শিখতে পারেন: হাবকে জানান কী করা হয়েছিল, কোন ঝুঁকির মোকাবিলা করা হয়েছে এবং এর ফল কী হলো। হাব আপনার সঙ্গে মিলে এটি পর্যালোচনা করে এবং আপনার নাম ও আপনার শহরের নামসহ লাইব্রেরিতে প্রকাশ করে। এটি অফলাইনেও লিখতে পারবেন; আপনি অনলাইনে এলে এটি পাঠানো হবে।
practice-mine = আপনার শেয়ার করা অভিজ্ঞতা
practice-choose = বেছে নিন…
practice-field-title = শিরোনাম
practice-field-topic = বিষয়
practice-field-done = কী করা হয়েছিল
practice-field-risk = যে ঝুঁকি বা সমস্যার মোকাবিলা করা হয়েছে
practice-field-partners = কারা এতে কাজ করেছেন (ঐচ্ছিক)
practice-field-outcome = এর ফল কী হলো
practice-field-contacts = এ বিষয়ে কাকে জিজ্ঞেস করবেন (ঐচ্ছিক)
practice-share = হাবের সঙ্গে শেয়ার করুন
practice-send-change = পরিবর্তন পাঠান
practice-changing = “{ $title }” বদলানো হচ্ছে।
practice-change = বদলান
practice-withdraw = প্রত্যাহার করুন
practice-queued = এই ফোনে সংরক্ষিত; আপনি অনলাইনে এলে এটি হাবে পৌঁছে যাবে।
practice-hub-http = হাব একটি ত্রুটি জানিয়ে উত্তর দিয়েছে (HTTP { $status })। পরে আবার চেষ্টা করুন।
practice-stage-submitted = পর্যালোচনার জন্য হাবের কাছে
practice-stage-changes_requested = হাব পরিবর্তন চেয়েছে
practice-stage-published = লাইব্রেরিতে আছে
practice-stage-withdrawn = প্রত্যাহার করা হয়েছে
guidance-search = লাইব্রেরিতে খুঁজুন
guidance-credit = শেয়ার করেছেন: { $name }, { $city }, { $country }

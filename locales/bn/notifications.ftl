## Notifications, in both apps. A push from the hub names no one and quotes nothing: the device
## words it from the notify-* messages below, which say only what kind of thing happened.

notify-title = { -brand }

# What a notification says, on the lock screen and in the list. Practitioners' kinds:
notify-hub_replied = হাব আপনার একটি অনুরোধের উত্তর দিয়েছে।
notify-question_waiting = হাব আপনার একটি অনুরোধে আপনার উত্তরের অপেক্ষায় আছে।
notify-resolved = আপনার একটি অনুরোধের সমাধান হয়েছে।
notify-fund_decision = হাব আপনার একটি তহবিলের আবেদনের বিষয়ে সিদ্ধান্ত নিয়েছে।
notify-changes_requested = হাব আপনার একটি তহবিলের আবেদনে পরিবর্তন চেয়েছে।
notify-tranche_paid = আপনার তহবিলের অনুদানের একটি কিস্তি পরিশোধ করা হয়েছে।
notify-filed_for_you = হাব আপনার হয়ে একটি অনুরোধ জমা দিয়েছে।
# Staff's kinds:
notify-new_request = আপনার দায়িত্বের দেশগুলোতে একটি নতুন অনুরোধ এসেছে।
notify-new_request-gathered = { $count ->
    [one] আপনার দায়িত্বের দেশগুলোতে { $count }টি নতুন অনুরোধ এসেছে।
   *[other] আপনার দায়িত্বের দেশগুলোতে { $count }টি নতুন অনুরোধ এসেছে।
  }
notify-urgent_request = আপনার দায়িত্বের দেশগুলোতে একটি জরুরি অনুরোধ এসেছে।
notify-field_replied = আপনাকে দায়িত্ব দেওয়া একটি অনুরোধে ফিল্ড থেকে উত্তর এসেছে।
notify-assigned = একটি অনুরোধের দায়িত্ব আপনাকে দেওয়া হয়েছে।
notify-sla_breaching = একটি অনুরোধের সেবার মানের সময়সীমা পেরিয়ে যেতে চলেছে।

# Each kind as a choice in the settings.
notify-kind-hub_replied = হাবের উত্তর
notify-kind-question_waiting = আপনার উত্তরের অপেক্ষায় থাকা প্রশ্ন
notify-kind-resolved = সমাধান হওয়া অনুরোধ
notify-kind-fund_decision = তহবিলের আবেদনের সিদ্ধান্ত
notify-kind-changes_requested = তহবিলের আবেদনে চাওয়া পরিবর্তন
notify-kind-tranche_paid = তহবিলের অনুদানের কিস্তি পরিশোধ
notify-kind-filed_for_you = আপনার হয়ে হাবের জমা দেওয়া অনুরোধ
notify-kind-new_request = আপনার দায়িত্বের দেশগুলোতে নতুন অনুরোধ
notify-kind-urgent_request = আপনার দায়িত্বের দেশগুলোতে জরুরি অনুরোধ
notify-kind-field_replied = আপনার অনুরোধে ফিল্ড থেকে উত্তর
notify-kind-assigned = আপনাকে দায়িত্ব দেওয়া অনুরোধ
notify-kind-sla_breaching = পেরিয়ে যেতে বসা সেবার মানের সময়সীমা

notifications-title = বিজ্ঞপ্তি
notifications-bell = বিজ্ঞপ্তি
notifications-bell-unread = { $count ->
    [one] বিজ্ঞপ্তি, { $count }টি না-পড়া
   *[other] বিজ্ঞপ্তি, { $count }টি না-পড়া
  }
notifications-recent = সাম্প্রতিক
notifications-empty = এখনও কিছু নেই। হাবের কাছে আপনার জন্য কোনো খবর থাকলে তা এখানে দেখা যাবে।
notifications-unread = না-পড়া
notifications-read-all = সবগুলো পড়া হয়েছে হিসেবে চিহ্নিত করুন
notifications-as-of = { $when } তারিখের অবস্থা, যখন এই ডিভাইস শেষবার হাবের সঙ্গে যুক্ত হয়েছিল।
notifications-hub-http = হাব একটি ত্রুটি জানিয়ে উত্তর দিয়েছে (HTTP { $status })। পরে আবার চেষ্টা করুন।

notifications-settings = কোন কোন বিষয়ে জানানো হবে
notifications-needs-network = কী জানানো হবে তা বেছে নিতে নেটওয়ার্ক লাগে। এই ডিভাইস অনলাইনে এলে আবার চেষ্টা করুন।
notifications-push-on = এই ডিভাইস বিজ্ঞপ্তি দেখায়।
notifications-push-off = এই ডিভাইস বিজ্ঞপ্তি দেখায় না।
notifications-push-denied = এই ব্রাউজারের সেটিংসে { -brand }-এর বিজ্ঞপ্তি বন্ধ করা আছে। এখানে জানতে চাইলে সেখানে সেগুলোর অনুমতি দিন।
notifications-push-unsupported = এই ব্রাউজার { -brand }-এর বিজ্ঞপ্তি দেখাতে পারে না।
notifications-push-turn-on = বিজ্ঞপ্তি চালু করুন
notifications-push-turn-off = বিজ্ঞপ্তি বন্ধ করুন
notifications-push-failed = এই ব্রাউজার তার পুশ সেবায় নিবন্ধন করতে পারেনি: { $error }
notifications-kinds = যেসব বিষয়ে জানতে চাই
notifications-quiet = নীরব সময়
notifications-quiet-on = নীরব সময়ে বিজ্ঞপ্তি আটকে রাখুন
notifications-quiet-from = কখন থেকে
notifications-quiet-to = কখন পর্যন্ত
notifications-quiet-note = এই ডিভাইসের সময় অনুযায়ী। নীরব সময়ে যা আসে, তা নীরব সময় শেষ হলে পাঠানো হয়।
notifications-digest = ইমেইল সারসংক্ষেপ
notifications-digest-off = কোনো ইমেইল নয়
notifications-digest-hourly = প্রতি ঘণ্টায়
notifications-digest-daily = দিনে একবার
notifications-email = সারসংক্ষেপের জন্য ইমেইল ঠিকানা
notifications-save = সংরক্ষণ করুন
notifications-saved = সংরক্ষিত হয়েছে।

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

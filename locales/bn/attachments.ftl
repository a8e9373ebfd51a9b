## Files attached to requests. Why a file is refused: the hub's answers, and the phone's own
## check before it spends data on a file the hub would refuse.

attachment-refused-no-name = ফাইলটির কোনো নাম নেই।
attachment-refused-name-too-long = ফাইলের নাম { $max } অক্ষরের চেয়ে লম্বা।
attachment-refused-type = .{ $extension } দিয়ে শেষ হওয়া ফাইল সংযুক্ত করা যায় না। ছবি (JPEG, PNG, GIF, WebP, HEIC), PDF, অফিস ডকুমেন্ট বা সাধারণ টেক্সট সংযুক্ত করুন।
attachment-refused-mismatch = এই ফাইলের নাম .{ $extension } দিয়ে শেষ, কিন্তু এটি { $found ->
    [program] একটি প্রোগ্রাম
    [image] অন্য ধরনের একটি ছবি
    [pdf] একটি PDF ডকুমেন্ট
    [office] অন্য ধরনের একটি অফিস ডকুমেন্ট
    [text] সাধারণ টেক্সট
   *[unknown] এমন ধরনের ফাইল নয়, যা সংযুক্ত করা যায়
  }। ফাইলটির নাম বদলান অথবা অন্য একটি ফাইল বেছে নিন।
attachment-refused-empty = ফাইলটি খালি।
attachment-refused-too-large = ফাইলটি { $megabytes } MB-এর চেয়ে বড়। একটি ফাইল এর চেয়ে বড় হতে পারে না।
attachment-refused-record-full = এই অনুরোধে আগে থেকেই { $max }টি ফাইল আছে। একটি অনুরোধে এর বেশি ফাইল রাখা যায় না।
attachment-refused-record-too-large = এই অনুরোধের ফাইলগুলো মিলে { $megabytes } MB ছাড়িয়ে যাবে। একটি অনুরোধে এর বেশি পাঠানো যায় না।
attachment-refused-quota = হাবে আপনার ফাইলগুলো আপনার { $megabytes } MB সীমা ছাড়িয়ে যাবে। কিছু ফাইল মুছে দিন, অথবা হাবের কাছে আরও জায়গা চান।
attachment-refused-image-too-large = ছবিটি { $megapixels } মেগাপিক্সেলের চেয়ে বড়। একটি ছোট ছবি পাঠান।
attachment-refused-image-unreadable = ছবিটি পড়া যাচ্ছে না। এটি হয়তো নষ্ট হয়ে গেছে।
attachment-refused-no-place = { $place ->
    [message] বার্তাটি এখনও হাবে পৌঁছায়নি। ফাইলটি এর পরে পাঠানো হবে।
    [requirement] তহবিলের এই পর্বে এই সংযুক্তি চাওয়া হয়নি।
    [report] অগ্রগতি প্রতিবেদনটি এখনও হাবে পৌঁছায়নি। ফাইলটি এর পরে পাঠানো হবে।
   *[other] ফাইলটির জন্য একটি জায়গা বেছে নিন।
  }
attachment-refused-not-yours = { $who ->
    [author] শুধু বার্তাটির লেখকই এতে ফাইল সংযুক্ত করতে পারেন।
   *[requester] শুধু যিনি অনুরোধটি জমা দিয়েছেন, তিনিই এতে ফাইল সংযুক্ত করতে পারেন।
  }

## Uploads (the tus protocol): what the hub answers a client that sent something wrong.

upload-offset-mismatch = হাবে এই আপলোডের { $bytes } বাইট আছে। বাকিটা সেখান থেকে পাঠান।
upload-checksum-mismatch = যে বাইটগুলো এসেছে, সেগুলো তাদের চেকসামের সঙ্গে মেলে না। আবার পাঠান।
upload-too-long = আপলোডের দৈর্ঘ্যের চেয়ে বেশি বাইট এসেছে।
upload-content-type = আপলোডের বাইটগুলো application/offset+octet-stream হিসেবে পাঠান।
upload-version = এই হাব tus 1.0.0 ব্যবহার করে: Tus-Resumable: 1.0.0 হেডারটি পাঠান।

## The field app: a request's files, and sending them.

files-heading = ফাইল
files-attach = ফাইল সংযুক্ত করুন
files-photo-sizes = এই ছবিটি { $original }। ছোট করলে এটি হবে { $reduced }।
files-send-reduced = ছোট করে পাঠান, { $size }
files-send-original = মূল ছবি পাঠান, { $size }
files-kept = { $name } এই ফোনে রাখা আছে। নেটওয়ার্ক পেলে এটি পাঠানো হবে।
files-failed = ফাইলটি রাখা যায়নি: { $reason }
files-download = ডাউনলোড করুন, { $size }
files-downloading = ডাউনলোড হচ্ছে…
files-download-failed = ফাইলটি ডাউনলোড করা যায়নি। নেটওয়ার্ক পেলে আবার চেষ্টা করুন।
files-show-picture = ছবি দেখুন
files-picture-of = { $name }-এর ছবি
files-refused = হাব এই ফাইলটি গ্রহণ করেনি: { $reason }
files-sent = পাঠানো হয়েছে। হাব তালিকায় তুললে এটি এখানে দেখা যাবে।
files-sending = পাঠানো হচ্ছে: { $size }-এর মধ্যে { $sent }
files-waiting = পাঠানোর অপেক্ষায়
files-waiting-wifi = ওয়াই-ফাইয়ের অপেক্ষায় (কম-ডেটা মোড)
files-send-now = এখনই পাঠান, { $size }
files-remove = সরান

## The sync indicator: files waiting to go up.

sync-files-waiting = { $size } ফাইল পাঠানো বাকি
sync-files-explain = { $size } ফাইল এই ফোনে রাখা আছে। পাঠানো গেলেই এগুলো হাবে যাবে।

## The Account screen: data use.

account-data-heading = ডেটা ব্যবহার
account-low-data = কম-ডেটা মোড: আগে টেক্সট পাঠানো হয়; ফাইল ওয়াই-ফাই বা আপনার ট্যাপের অপেক্ষায় থাকে
account-low-data-note = পাঠানোর আগে নিচের সেটিং অনুযায়ী ছবি ছোট করা হয়। আপনি চাইলে তবেই ডাউনলোড হয়।
account-photo-edge = ছবি ছোট করার মাপ
account-photo-edge-option = লম্বা দিকে { $px } পিক্সেল
account-photo-quality = ছবির মান
account-photo-quality-option = { $percent }%

## The staff console: a request's files.

console-files-heading = ফাইল
console-files-none = এখনও কোনো ফাইল নেই।
console-files-picture-of = { $name }-এর ছবি
console-files-on-reply = হাবের উত্তরে
console-files-on-message = ফিল্ড থেকে আসা বার্তায়
console-files-for-requirement = প্রয়োজনীয় সংযুক্তি: { $name }
console-files-for-report = অগ্রগতি প্রতিবেদনের প্রমাণ
console-files-open = খুলুন
console-files-download = ডাউনলোড করুন
console-files-required-given = { $name }: সংযুক্ত
console-files-required-missing = { $name }: নেই
console-files-attach = উত্তরে ফাইল সংযুক্ত করুন
console-files-attached = { $count ->
    [one] উত্তরের সঙ্গে একটি ফাইল পাঠানো হয়েছে।
   *[other] উত্তরের সঙ্গে { $count }টি ফাইল পাঠানো হয়েছে।
  }
console-files-failed = উত্তর পাঠানো হয়েছে, কিন্তু একটি ফাইল পাঠানো যায়নি: { $reason }
console-files-close = বন্ধ করুন

## The field app: a fund application's attachments.

files-required-given = { $name }: সংযুক্ত
files-required-missing = { $name }: এখনও দরকার
files-attach-required = সংযুক্ত করুন
files-report-evidence = “{ $milestone }”-এর প্রতিবেদনের প্রমাণ
files-attach-evidence = প্রমাণ সংযুক্ত করুন

## The field app: files sent with a message.

files-attach-to-message = ফাইল সংযুক্ত করুন
files-chosen = { $count ->
    [one] বার্তার সঙ্গে পাঠানো হবে: { $names }
   *[other] বার্তার সঙ্গে { $count }টি ফাইল পাঠানো হবে: { $names }
  }
files-on-message = একটি বার্তায়

# কেউ যা লিখেছেন তাতে কী ভুল, ঘরের পাশে দেখানো হয় (দুই অ্যাপেই)। $max একটি সংখ্যা;
# $cap, $total ও $requested হলো অর্থের পরিমাণ, ব্যবহারকারীর মুদ্রার ধরনে আগেই লেখা।

problem-empty = অনুগ্রহ করে এটি পূরণ করুন।
problem-empty-title = আপনার অনুরোধের একটি ছোট শিরোনাম দিন।
problem-empty-description = হাবের কাছে আপনার কী দরকার, তা লিখুন।
problem-empty-line-description = এই বাজেট খাতটি কীসের জন্য, তা লিখুন।
problem-empty-budget-category = একটি বাজেট শ্রেণি বেছে নিন।
problem-empty-topic = একটি বিষয় বেছে নিন।
problem-empty-kind = অনুরোধের ধরন বেছে নিন।
problem-empty-country = একটি দেশ বেছে নিন।
problem-empty-city = আপনার শহরের নাম লিখুন।
problem-empty-message = আগে একটি বার্তা লিখুন।
problem-too-long = এটি { $max } অক্ষর বা তার কম রাখুন।
problem-too-many-messages = এই কথোপকথনে সর্বোচ্চ { $max }টি বার্তার সীমা পূর্ণ হয়ে গেছে।
problem-too-many-lines = একটি বাজেটে সর্বোচ্চ { $max }টি খাত থাকতে পারে।
problem-too-many-seats = একটি অনুষ্ঠানে সর্বোচ্চ { $max }টি আসন থাকতে পারে।
problem-ends-before-start = এটি শুরুর আগে হতে পারবে না।
problem-link-not-https = https:// দিয়ে শুরু হওয়া একটি ঠিকানা লিখুন।
problem-too-large = এই রেকর্ডটি হাবের জন্য খুব বড় হয়ে গেছে। একটি নতুন অনুরোধ শুরু করুন।
problem-unknown-value = তালিকা থেকে একটি বিকল্প বেছে নিন।
problem-no-amount = আপনি যে পরিমাণ অর্থ চাইছেন, তা লিখুন।
problem-no-quantity = কমপক্ষে ১ সংখ্যা লিখুন।
problem-not-positive = এটি শূন্যের বেশি হতে হবে।
problem-negative = এটি শূন্যের কম হতে পারবে না।
problem-over-cap = এই পর্বে প্রতিটি আবেদনে সর্বোচ্চ { $cap } দেওয়া হয়। এর চেয়ে কম চান।
problem-budget-mismatch = বাজেট খাতগুলোর যোগফল { $total }, কিন্তু আপনি চাইছেন { $requested }। দুটো সমান করুন।
problem-overflow = সংখ্যাটি খুব বড়।
problem-control-character = এই লেখা থেকে অদৃশ্য কন্ট্রোল অক্ষরগুলো মুছে দিন।
problem-not-allowed = এটি অনুমোদিত নয়: { $reason }
problem-invalid = এটি সঠিক নয়: { $reason }
problem-not-a-whole-number = একটি পূর্ণসংখ্যা লিখুন, যেমন { 3 }।
problem-not-an-amount = একটি অর্থের পরিমাণ লিখুন, যেমন { NUMBER(1250.5, minimumFractionDigits: 2) }।

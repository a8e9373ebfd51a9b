# দুই অ্যাপেই ব্যবহৃত শব্দ: পণ্যের নাম, রেকর্ডের কোড (ধরন, বিষয়, দেশ, অবস্থা,
# অগ্রাধিকার, ভূমিকা, বাজেট শ্রেণি) এবং অনুরোধটি কোথায় আছে।
#
# `code-<code>` কোডের শব্দ; `code-short-<code>` ছোট জায়গার জন্য সংক্ষিপ্ত রূপ।
# ফিল্ড অ্যাপ অনুরোধকারীর নিজের অবস্থা `status-<code>` দিয়ে দেখায়।

-brand = HubDesk
brand-name = { -brand }

## Kinds of request

code-help_desk = হেল্প ডেস্ক অনুরোধ
code-fund_query = সহায়তা তহবিল সংক্রান্ত প্রশ্ন
code-short-help_desk = হেল্প ডেস্ক
code-short-fund_query = তহবিল প্রশ্ন

## How a request staff filed for a practitioner reached the hub

code-phone_call = ফোন কল
code-messaging = মেসেজিং অ্যাপ
code-email = ইমেইল
code-workshop = কর্মশালায়
code-in_person = সরাসরি

## Topics (the hub's areas of work)

code-peer_learning = শহরগুলোর মধ্যে পারস্পরিক শিখন
code-capacity_building = সক্ষমতা বৃদ্ধি ও প্রশিক্ষণ
code-cooperation = সহযোগিতা (জাতীয়-স্থানীয়, বহু পক্ষের)
code-local_voices = স্থানীয় কণ্ঠস্বর তুলে ধরা
code-youth_engagement = যুবসমাজ ও স্থানীয় সরকার
code-local_action_planning = স্থানীয় কর্মপরিকল্পনা প্রণয়ন
code-support_fund = কারিগরি সহায়তা তহবিল
code-exchange_visit = সহযোগী শহরে অভিজ্ঞতা বিনিময় সফর
code-other = অন্যান্য
code-short-cooperation = সহযোগিতা
code-short-youth_engagement = যুব অংশগ্রহণ

## Countries

code-BD = বাংলাদেশ
code-IN = ভারত
code-LK = শ্রীলঙ্কা
code-MV = মালদ্বীপ
code-PK = পাকিস্তান

## Budget categories

code-personnel = জনবল
code-activities_events = কার্যক্রম ও অনুষ্ঠান
code-materials = উপকরণ
code-travel = ভ্রমণ
code-monitoring_evaluation = পরিবীক্ষণ ও মূল্যায়ন

## Sharing with a city team

code-read = পড়তে পারবেন
code-write = পড়তে ও সম্পাদনা করতে পারবেন

## Who wrote a message

code-requester = অনুরোধকারী
code-staff = হাবের কর্মী

## A request's status, as the hub's staff call it

code-new = নতুন
code-triaged = যাচাই করা হয়েছে
code-in_progress = কাজ চলছে
code-waiting_on_requester = অনুরোধকারীর উত্তরের অপেক্ষায়
code-resolved = সমাধান হয়েছে
code-closed = বন্ধ

## A request's status, as the field app tells its requester

status-new = নতুন
status-triaged = হাব দেখেছে
status-in_progress = কাজ চলছে
status-waiting_on_requester = আপনার উত্তরের অপেক্ষায়
status-resolved = সমাধান হয়েছে
status-closed = বন্ধ

## Priorities

code-low = নিম্ন
code-normal = সাধারণ
code-high = উচ্চ
code-urgent = জরুরি

## Roles

code-practitioner = মাঠ কর্মকর্তা
code-agent = এজেন্ট
code-fund_manager = তহবিল ব্যবস্থাপক
code-admin = প্রশাসক

## A fund application's status

code-submitted = জমা দেওয়া হয়েছে
code-under_review = পর্যালোচনাধীন
code-changes_requested = পরিবর্তন চাওয়া হয়েছে
code-approved = অনুমোদিত
code-declined = নামঞ্জুর

## A signed-in device's platform ("other" is above)

code-android = Android
code-ios = iPhone বা iPad
code-windows = Windows
code-macos = Mac
code-linux = Linux

## Why the client refused something (the page shows these for errors the client names)

client-forbidden = আপনার ভূমিকায় এটি করার অনুমতি নেই।
client-not-on-device = অনুরোধটি এখনও এই ডিভাইসে আসেনি। পরের বার আপনি অনলাইনে এলে এটি চলে আসবে।
client-not-an-amount = অর্থের পরিমাণ লিখুন, যেমন { NUMBER(12500, minimumFractionDigits: 2) }।
client-amount-not-positive = শূন্যের বেশি অর্থের পরিমাণ লিখুন।

## Where a request is

sync-device = শুধু এই ডিভাইসে
sync-sending = পাঠানো হচ্ছে…
sync-hub = হাবের কাছে

## The directory: where a city stands with the network, and what a person offers

code-applicant = যোগদানের আবেদন করেছে
code-member = সদস্য শহর
code-former = সাবেক সদস্য
code-expert = বিশেষজ্ঞ
code-peer = সহকর্মী মাঠ কর্মকর্তা

## The fields of a directory entry

directory-field-organisation = সংস্থা
directory-field-about = পরিচিতি
directory-field-topics = বিষয়
directory-field-languages = ভাষা
directory-field-cities = যেসব শহরের সঙ্গে কাজ করেছেন
directory-field-email = ইমেইল
directory-field-phone = ফোন
directory-since = { $when } থেকে
directory-focal-points = ফোকাল পয়েন্ট: { $names }

## A city's needs: the groups its work serves, the areas asked about, how pressing each is

code-youth = যুবসমাজ
code-women = নারী
code-minorities = সংখ্যালঘু জনগোষ্ঠী
code-persons_with_disabilities = প্রতিবন্ধী ব্যক্তি
code-older_people = প্রবীণ ব্যক্তি
code-migrants = অভিবাসী ও বাস্তুচ্যুত মানুষ
code-urban_poor = শহরের দরিদ্র জনগোষ্ঠী
needs-area-training = প্রশিক্ষণ
needs-area-technical_support = কারিগরি সহায়তা
needs-area-capacity = সক্ষমতা (কর্মী, ব্যবস্থা, সরঞ্জাম)
needs-urgency-0 = নেই
needs-urgency-1 = নিম্ন
needs-urgency-2 = মাঝারি
needs-urgency-3 = উচ্চ
needs-groups = আপনার শহরের কাজ যেসব জনগোষ্ঠীর জন্য

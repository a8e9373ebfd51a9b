# دونوں ایپس کے مشترکہ الفاظ: پروڈکٹ کا نام، ریکارڈز کے کوڈ (اقسام، موضوعات، ممالک،
# حیثیت، ترجیح، کردار، بجٹ کی اقسام) اور درخواست کہاں ہے۔
#
# `code-<code>` کوڈ کے الفاظ ہیں؛ `code-short-<code>` تنگ جگہوں کے لیے مختصر شکل ہے۔
# فیلڈ ایپ درخواست گزار کی اپنی حیثیت `status-<code>` سے دکھاتی ہے۔

-brand = HubDesk
brand-name = { -brand }

## درخواست کی اقسام

code-help_desk = ہیلپ ڈیسک درخواست
code-fund_query = سپورٹ فنڈ سے متعلق سوال
code-short-help_desk = ہیلپ ڈیسک
code-short-fund_query = فنڈ سوال

## پریکٹیشنر کے لیے عملے کی درج کردہ درخواست ہب تک کیسے پہنچی

code-phone_call = فون کال
code-messaging = میسجنگ ایپ
code-email = ای میل
code-workshop = ورکشاپ میں
code-in_person = بالمشافہ

## موضوعات (ہب کے کام کے شعبے)

code-peer_learning = شہروں کا ایک دوسرے سے سیکھنا
code-capacity_building = استعدادِ کار میں اضافہ اور تربیت
code-cooperation = تعاون (قومی و مقامی، کثیر فریقی)
code-local_voices = مقامی آوازوں کو آگے لانا
code-youth_engagement = نوجوان اور مقامی حکومت
code-local_action_planning = مقامی ایکشن پلان کی تیاری
code-support_fund = تکنیکی معاونت فنڈ
code-exchange_visit = ہم منصب شہر کا تبادلاتی دورہ
code-other = دیگر
code-short-cooperation = تعاون
code-short-youth_engagement = نوجوانوں کی شمولیت

## ممالک

code-BD = بنگلہ دیش
code-IN = بھارت
code-LK = سری لنکا
code-MV = مالدیپ
code-PK = پاکستان

## بجٹ کی اقسام

code-personnel = عملہ
code-activities_events = سرگرمیاں اور تقریبات
code-materials = سامان
code-travel = سفر
code-monitoring_evaluation = نگرانی اور جائزہ

## شہری ٹیم کے ساتھ شیئرنگ

code-read = پڑھ سکتے ہیں
code-write = پڑھ اور ترمیم کر سکتے ہیں

## پیغام کس نے لکھا

code-requester = درخواست گزار
code-staff = ہب کا عملہ

## درخواست کی حیثیت، ہب کے عملے کے الفاظ میں

code-new = نئی
code-triaged = ابتدائی جانچ مکمل
code-in_progress = کام جاری ہے
code-waiting_on_requester = درخواست گزار کے جواب کا انتظار
code-resolved = حل ہو گئی
code-closed = بند

## درخواست کی حیثیت، جیسے فیلڈ ایپ درخواست گزار کو بتاتی ہے

status-new = نئی
status-triaged = ہب نے دیکھ لی
status-in_progress = کام جاری ہے
status-waiting_on_requester = آپ کے جواب کا انتظار
status-resolved = حل ہو گئی
status-closed = بند

## ترجیحات

code-low = کم
code-normal = معمول کی
code-high = زیادہ
code-urgent = فوری

## کردار

code-practitioner = پریکٹیشنر
code-agent = ایجنٹ
code-fund_manager = فنڈ مینیجر
code-admin = ایڈمنسٹریٹر

## فنڈ کی درخواست کی حیثیت

code-submitted = جمع کرائی گئی
code-under_review = زیرِ غور
code-changes_requested = تبدیلیاں درکار ہیں
code-approved = منظور
code-declined = نامنظور

## سائن اِن شدہ ڈیوائس کا پلیٹ فارم ("دیگر" اوپر ہے)

code-android = اینڈرائیڈ
code-ios = آئی فون یا آئی پیڈ
code-windows = ونڈوز
code-macos = میک
code-linux = لینکس

## ایپ نے کوئی کام کیوں روکا (صفحہ یہ ان غلطیوں کے لیے دکھاتا ہے جن کا نام ایپ خود دیتی ہے)

client-forbidden = آپ کے کردار کو یہ کرنے کی اجازت نہیں۔
client-not-on-device = یہ درخواست ابھی اس ڈیوائس پر نہیں آئی۔ یہ اگلی بار آپ کے آن لائن ہونے پر آ جائے گی۔
client-not-an-amount = رقم درج کریں، مثلاً { NUMBER(12500, minimumFractionDigits: 2) }۔
client-amount-not-positive = صفر سے زیادہ رقم درج کریں۔

## درخواست کہاں ہے

sync-device = صرف اس ڈیوائس پر
sync-sending = بھیجی جا رہی ہے…
sync-hub = ہب کے پاس

## The directory: where a city stands with the network, and what a person offers

code-applicant = شمولیت کے لیے درخواست دی
code-member = رکن شہر
code-former = سابق رکن
code-expert = ماہر
code-peer = ہم منصب پریکٹیشنر

## The fields of a directory entry

directory-field-organisation = ادارہ
directory-field-about = تعارف
directory-field-topics = موضوعات
directory-field-languages = زبانیں
directory-field-cities = جن شہروں کے ساتھ کام کیا
directory-field-email = ای میل
directory-field-phone = فون
directory-since = { $when } سے
directory-focal-points = فوکل پرسنز: { $names }

## A city's needs: the groups its work serves, the areas asked about, how pressing each is

code-youth = نوجوان
code-women = خواتین
code-minorities = اقلیتیں
code-persons_with_disabilities = معذوری کے حامل افراد
code-older_people = بزرگ افراد
code-migrants = نقل مکانی کرنے والے اور بے گھر افراد
code-urban_poor = شہری غریب
needs-area-training = تربیت
needs-area-technical_support = تکنیکی معاونت
needs-area-capacity = استعدادِ کار (عملہ، نظام، سازوسامان)
needs-urgency-0 = کوئی نہیں
needs-urgency-1 = کم
needs-urgency-2 = درمیانی
needs-urgency-3 = زیادہ
needs-groups = وہ طبقات جن کے لیے آپ کا شہر کام کرتا ہے

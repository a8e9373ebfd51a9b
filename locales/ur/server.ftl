# سرور خود لوگوں کے لیے جو لکھتا ہے: REST API کے غلطی کے پیغامات اور CSV فائلوں کی سرخیاں۔

## وہ غلطیاں جو کوئی بھی راستہ دے سکتا ہے

error-unauthorized = پہلے سائن اِن کریں: درست سائن اِن ضروری ہے۔
error-token-expired = یہ ڈیوائس بہت دیر سے استعمال نہیں ہوئی: دوبارہ سائن اِن کریں۔
error-device-revoked = اس ڈیوائس کو کہیں اور سے سائن آؤٹ کر دیا گیا ہے: { -brand } نے اس پر جو کچھ رکھا ہے اسے ہٹا دیں۔
error-too-many-requests = بہت زیادہ کوششیں: { $seconds ->
        [one] ایک سیکنڈ
       *[other] { $seconds } سیکنڈ
    } بعد دوبارہ کوشش کریں۔
error-bad-credentials = یوزر نیم یا پاس ورڈ غلط ہے۔
error-too-large = بھیجا گیا ڈیٹا اجازت شدہ { $bytes } بائٹس سے زیادہ ہے۔
error-forbidden = آپ کو یہ کرنے کی اجازت نہیں۔
error-not-found = نہیں ملا۔
error-internal = سرور پر کوئی خرابی ہو گئی؛ آپ کا محفوظ کیا ہوا کچھ بھی ضائع نہیں ہوا۔

## CSV فائلوں کی سرخی والی قطار، ہر کالم کا ایک پیغام۔

csv-id = آئی ڈی
csv-at = وقت
csv-kind = قسم
csv-category = موضوع
csv-country = ملک
csv-city = شہر
csv-status = حیثیت
csv-priority = ترجیح
csv-assignee = ذمہ دار
csv-tags = ٹیگز
csv-duplicate_of = جس درخواست کی نقل ہے
csv-received_at = موصول ہونے کا وقت
csv-first_response_at = پہلے جواب کا وقت
csv-resolved_at = حل ہونے کا وقت
csv-sla_due_at = SLA کی آخری تاریخ
csv-message_count = پیغامات کی تعداد
csv-requested_cents = مانگی گئی رقم (سینٹ میں)
csv-round_id = راؤنڈ آئی ڈی
csv-request_id = درخواست آئی ڈی
csv-entry = اندراج کی قسم
csv-amount_cents = رقم (سینٹ میں)
csv-currency = کرنسی
csv-actor = کرنے والا
csv-actor_role = کرنے والے کا کردار
csv-note = نوٹ
csv-action = عمل
csv-actor_id = کرنے والے کی آئی ڈی
csv-device_id = ڈیوائس آئی ڈی
csv-subject = کس پر
csv-detail = تفصیل

## جب مالک سائن اِن پر ڈیوائس کو کوئی نام نہ دے تو اسے ملنے والا نام: وہ کیا ہے۔

device-default-android = اینڈرائیڈ فون
device-default-ios = آئی فون یا آئی پیڈ
device-default-windows = ونڈوز کمپیوٹر
device-default-macos = میک
device-default-linux = لینکس کمپیوٹر
device-default-other = بے نام ڈیوائس

## اکاؤنٹس (کنسول کی افراد والی اسکرین، سائن اِن، پاس ورڈ ری سیٹ)

account-username-invalid = یوزر نیم میں 1 سے 64 تک حروف، ہندسے، نقطے، ہائفن یا انڈر اسکور ہوتے ہیں۔
account-password-too-short = پاس ورڈ میں کم از کم { $min } حروف ہونے چاہییں۔
account-password-too-long = پاس ورڈ میں زیادہ سے زیادہ { $max } حروف ہو سکتے ہیں۔
# $value: جو دیا گیا؛ $expected: اجازت شدہ کوڈز کی فہرست۔
account-unknown-code = “{ $value }” یہاں معلوم نہیں۔ ان میں سے ایک منتخب کریں: { $expected }۔
account-city-invalid = شہر کے نام میں زیادہ سے زیادہ { $max } حروف ہو سکتے ہیں، اور کوئی کنٹرول کیریکٹر نہیں۔
account-countries-not-staff = صرف ایجنٹس اور فنڈ مینیجرز کو مخصوص ممالک تک محدود کیا جا سکتا ہے۔
account-username-taken = یہ یوزر نیم پہلے سے کسی اور کا ہے۔
account-self-demote = آپ خود سے ایڈمنسٹریٹر کا کردار نہیں ہٹا سکتے؛ کوئی دوسرا ایڈمنسٹریٹر ہٹا سکتا ہے۔
account-self-deactivate = آپ اپنا اکاؤنٹ خود غیر فعال نہیں کر سکتے؛ کوئی دوسرا ایڈمنسٹریٹر کر سکتا ہے۔
signin-password-empty = اپنا پاس ورڈ لکھیں۔
device-name-too-long = ڈیوائس کے نام میں زیادہ سے زیادہ 60 حروف ہو سکتے ہیں۔
device-name-control-characters = ڈیوائس کے نام میں کنٹرول کیریکٹر نہیں ہو سکتے۔
erase-self = آپ اپنا اکاؤنٹ خود نہیں مٹا سکتے؛ کوئی دوسرا ایڈمنسٹریٹر مٹا سکتا ہے۔
erase-confirm = تصدیق کے لیے اس فرد کا یوزر نیم لکھیں۔ مٹانے کے بعد کچھ واپس نہیں لایا جا سکتا۔

## فنڈ (فیصلے، گرانٹس، راؤنڈز)

fund-not-an-application = فیصلہ صرف اسی فنڈ سوال کا ہو سکتا ہے جس کے ساتھ گرانٹ کی درخواست ہو۔
fund-no-application = اس درخواست کے ساتھ گرانٹ کی کوئی درخواست نہیں۔
fund-no-round = گرانٹ کی درخواست میں کوئی فنڈ راؤنڈ درج نہیں۔
fund-round-missing = گرانٹ کی درخواست میں درج فنڈ راؤنڈ اب موجود نہیں۔
fund-not-submitted = گرانٹ کی درخواست جمع نہیں کرائی گئی، یا تبدیلیوں کے لیے واپس بھیج دی گئی ہے۔
fund-already-decided = اس گرانٹ کی درخواست کا فیصلہ پہلے ہی ہو چکا ہے۔
# $remaining: کرنسی کے ساتھ لکھی رقم، مثلاً USD 2,500.00۔
fund-pool-exhausted = اس راؤنڈ میں { $remaining } باقی ہیں، جو اس رقم کے لیے کافی نہیں۔ کچھ بھی مختص نہیں کیا گیا۔
fund-pool-below-committed = پہلے سے مختص رقم نئے کل فنڈ سے زیادہ ہے۔
fund-not-approved = ادائیگی صرف منظور شدہ گرانٹ کی ہوتی ہے۔
fund-grant-closed = حتمی رپورٹ کے ساتھ یہ گرانٹ بند ہو چکی ہے۔

## رپورٹس، رہنمائی اور تیار جوابات

reports-not-a-date = تاریخ سال-مہینہ-دن کی صورت میں لکھیں، مثلاً 2026-12-31۔
reports-from-after-to = شروع کی تاریخ آخری تاریخ سے پہلے ہونی چاہیے۔
guidance-unknown-version-of = اس آئی ڈی کی کوئی رہنمائی نہیں۔
canned-unknown-version-of = اس آئی ڈی کا کوئی تیار جواب نہیں۔

## Notifications

push-endpoint-not-url = پُش سبسکرپشن کا اینڈ پوائنٹ مکمل ویب پتا ہونا چاہیے۔
push-endpoint-not-https = ہب اطلاعات صرف HTTPS کے ذریعے بھیجتا ہے۔
push-endpoint-unknown-host = ہب اطلاعات صرف معروف پُش سروسز کو بھیجتا ہے۔
push-endpoint-private = ہب کسی نجی نیٹ ورک کے اندر کے پتوں پر اطلاعات نہیں بھیجتا۔
push-endpoint-unusual = اس پُش پتے میں صارف نام یا غیر معمولی پورٹ ہے؛ ہب اس پر نہیں بھیجتا۔
push-keys-invalid = یہ کسی پُش سبسکرپشن کی کنجیاں نہیں ہیں۔
notification-preferences-invalid = یہ انتخاب یہاں آپ کے کرنے کا نہیں ہے۔
notification-email-invalid = name@example.org جیسا ای میل پتا لکھیں۔
# $max is a number.
notification-ids-too-many = ایک وقت میں زیادہ سے زیادہ { $max } اطلاعات نشان زد کریں۔

## Digests (email to staff: counts and a link only)

# $count is a number.
notification-digest-subject = { $count ->
    [one] ہب پر آپ کے لیے ایک کام منتظر ہے
   *[other] ہب پر آپ کے لیے { $count } کام منتظر ہیں
}
notification-digest-intro = آپ کے پچھلے خلاصے کے بعد سے:
notification-digest-new-request = { $count ->
    [one] ایک نئی درخواست
   *[other] { $count } نئی درخواستیں
}
notification-digest-urgent-request = { $count ->
    [one] ایک نئی فوری درخواست
   *[other] { $count } نئی فوری درخواستیں
}
notification-digest-field-replied = { $count ->
    [one] آپ کی درخواستوں پر فیلڈ سے ایک جواب
   *[other] آپ کی درخواستوں پر فیلڈ سے { $count } جوابات
}
notification-digest-assigned = { $count ->
    [one] آپ کو سونپی گئی ایک درخواست
   *[other] آپ کو سونپی گئی { $count } درخواستیں
}
notification-digest-sla-breaching = { $count ->
    [one] سروس کی حد کے قریب ایک درخواست
   *[other] سروس کی حد کے قریب { $count } درخواستیں
}
# $link is the console's address.
notification-digest-open = انہیں دیکھنے کے لیے کنسول کھولیں: { $link }

## Events
event-over = یہ تقریب ختم ہو چکی ہے؛ اب اس میں مزید رجسٹریشن نہیں ہوتی۔
event-not-admitted = یہ فرد ابھی انتظار کی فہرست میں ہے: صرف وہی حاضر مانا جا سکتا ہے جسے نشست ملی ہو۔
feedback-not-attended = کسی تقریب پر رائے صرف وہی لوگ دے سکتے ہیں جنہیں اس میں حاضر درج کیا گیا ہو۔
feedback-not-over = یہ تقریب ابھی ختم نہیں ہوئی؛ ختم ہونے پر رائے دی جا سکے گی۔
directory-city-listed = یہ شہر پہلے سے ڈائریکٹری میں ہے۔ اس کے بجائے اس کا اندراج تبدیل کریں۔
directory-already-listed = یہ فرد پہلے سے ڈائریکٹری میں ہے۔ اس کے بجائے اس کا اندراج تبدیل کریں۔
needs-city-not-member = یہ شہر اب نیٹ ورک کا رکن نہیں رہا، اس لیے اس سے اس کی ضروریات نہیں پوچھی جاتیں۔
handover-already-theirs = یہ درخواست پہلے ہی انہی کی ہے۔
handover-elsewhere = درخواست صرف اس کے اپنے شہر کے کسی فرد کے حوالے کی جاتی ہے: یہ اکاؤنٹ کسی دوسرے شہر کا ہے، یا کسی شہر کا نہیں۔
referral-to-requester = درخواست گزار کو خود اسی کے پاس ریفر نہیں کیا جاتا۔
referral-already = اس درخواست پر اس فرد کو پہلے ہی ریفر کیا جا چکا ہے۔
referral-answered = اس ریفرل کا جواب پہلے ہی دیا جا چکا ہے۔
practice-not-now = اس تجربے کو اب اس طرح تبدیل نہیں کیا جا سکتا: یہ شائع ہو چکا ہے یا واپس لیا جا چکا ہے۔
practice-heading-done = کیا کام کیا گیا
practice-heading-risk = جس خطرے کا مقابلہ کیا گیا
practice-heading-partners = اس پر کس نے کام کیا
practice-heading-outcome = اس کا کیا نتیجہ نکلا
practice-heading-contacts = کس سے پوچھیں

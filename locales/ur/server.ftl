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

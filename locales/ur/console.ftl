# عملے کا کنسول: سائن ان، قطاریں، درخواستوں کی فہرست، ایک درخواست، فنڈ، افراد، رپورٹس اور تیار جوابات۔
#
# $who، $name، $assignee: صارف نام (یا "ہب"، "درخواست گزار")؛ $when، $until، $opens، $closes:
# پہلے سے لکھی تاریخیں؛ $amount: کرنسی کے ساتھ لکھی رقم؛ $count وغیرہ: اعداد۔

## The frame: the window, the header and what the console says while it starts

console-window-title = { -brand } کنسول
console-title = { $screen } · { -brand } کنسول
console-brand-name = { -brand }
console-brand-console = کنسول
console-loading = کنسول لوڈ ہو رہا ہے…
console-sign-out = سائن آؤٹ
console-live-on = لائیو
console-live-off = دوبارہ جڑ رہا ہے…
console-language = زبان
console-language-unavailable = یہ زبان لوڈ نہیں ہو سکی۔ ہب سے رابطہ ہونے پر دوبارہ کوشش کریں۔
console-hub-http = ہب کا جواب: HTTP { $status }۔
console-due-paused = موقوف
console-due-overdue = وقت گزر گیا
console-who-hub = ہب
console-who-requester = درخواست گزار

## Signing in

console-signin-title = ہب کنسول میں سائن ان کریں
console-signin-username = صارف نام
console-signin-password = پاس ورڈ
console-signin-submit = سائن ان
console-signin-mismatch = صارف نام اور پاس ورڈ آپس میں نہیں ملتے۔
console-signin-practitioner = کنسول ہب کے عملے کے لیے ہے۔ پریکٹیشنرز / پر فیلڈ ایپ استعمال کرتے ہیں۔

## The side menu: queues, tools and people

console-queue-nav =
    .aria-label = قطاریں
console-queue-heading = قطاریں
console-queue-new = نئی
console-queue-unassigned = غیر تفویض شدہ
console-queue-mine = میری
console-queue-waiting = درخواست گزار کے جواب کا انتظار
console-queue-overdue = وقت گزر گیا
console-queue-open = تمام کھلی
console-queue-all = سب
console-queue-tools = ٹولز
console-queue-canned = تیار جوابات
console-queue-reports = رپورٹس
console-queue-fund = فنڈ راؤنڈز
console-queue-people = افراد
console-queue-users = صارفین
console-queue-audit = آڈٹ لاگ
console-queue-devices = آپ کی ڈیوائسز

## The request list

console-list-requests = درخواستیں
console-list-search = تلاش
console-list-search-placeholder = عنوان، تفصیل اور پیغامات میں تلاش کریں (/)
console-list-city = شہر
console-list-tag = ٹیگ
console-list-any-kind = کوئی بھی قسم
console-list-any-category = کوئی بھی موضوع
console-list-any-country = کوئی بھی ملک
console-list-any-priority = کوئی بھی ترجیح
console-list-any-status = کوئی بھی حیثیت
console-list-anyone = کوئی بھی
console-list-unassigned = غیر تفویض شدہ
console-list-sort-newest = نئی پہلے
console-list-sort-oldest = ترتیب: پرانی پہلے
console-list-sort-updated = ترتیب: حالیہ تبدیلی
console-list-sort-due = ترتیب: آخری تاریخ
console-list-sort-priority = ترتیب: ترجیح
console-list-loading = لوڈ ہو رہا ہے…
console-list-empty = یہاں کچھ نہیں۔
console-list-column-request = درخواست
console-list-column-place = مقام
console-list-column-status = حیثیت
console-list-column-priority = ترجیح
console-list-column-assignee = ذمہ دار
console-list-column-tags = ٹیگز
console-list-column-due = آخری تاریخ
console-list-column-filed = جمع کرائی گئی
console-list-place = { $city }، { $country }
console-list-total =
    { $count ->
        [one] { $count } درخواست
       *[other] { $count } درخواستیں
    }
console-list-page = صفحہ { $page } از { $pages }
console-list-previous = پچھلا
console-list-next = اگلا
# $key، $next، $previous: کی بورڈ کی کلیدیں۔
console-list-key-search = { $key } تلاش
console-list-key-move = { $next } { $previous } اوپر نیچے
console-list-key-open = { $key } کھولیں
console-list-key-reply = { $key } جواب
console-list-key-note = { $key } نوٹ
console-list-key-back = { $key } فہرست پر واپس

## One request

console-request-loading = ہب سے درخواست لوڈ ہو رہی ہے…
console-request-conversation = گفتگو
console-request-history = تاریخچہ
console-request-access = کس نے دیکھی
console-request-access-someone = کوئی
console-request-access-empty = ابھی کچھ درج نہیں۔
console-request-place = { $city }، { $country }
console-request-filed = { $when } کو { $who } نے جمع کرائی
console-request-team-write = ان کی شہری ٹیم کے ساتھ پڑھنے اور لکھنے کے لیے شیئر کی گئی
console-request-team-read = ان کی شہری ٹیم کے ساتھ پڑھنے کے لیے شیئر کی گئی
console-request-merged = { $link } کی ڈپلیکیٹ کے طور پر ضم کی گئی۔
    .link = ایک اور درخواست
console-request-conflicts = آف لائن رہتے ہوئے ڈیوائسز پر الگ الگ قدریں رکھی گئیں: { $fields }۔
console-request-sync-hub = ہر تبدیلی ہب تک پہنچ چکی ہے۔
console-request-sync-sending = یہاں کی گئی تبدیلیاں ہب کو بھیجی جا رہی ہیں…
console-request-no-messages = ابھی کوئی پیغام نہیں۔
console-request-from-hub = ہب کا جواب
console-request-from-field = فیلڈ سے
console-request-note-head = { $note } از { $who }
    .note = اندرونی نوٹ
console-request-note-private = فیلڈ کو کبھی نہیں دکھایا جاتا

## One request: triage

console-request-triage = ابتدائی جانچ
console-request-triage-loading = لوڈ ہو رہا ہے…
console-request-triage-readonly =
    { $role ->
        [agent]
            { $kind ->
                [fund_query] ایجنٹ فنڈ سوال کی درخواستیں پڑھ سکتے ہیں، مگر ان کی ابتدائی جانچ نہیں کرتے۔
               *[other] ایجنٹ ہیلپ ڈیسک درخواستیں پڑھ سکتے ہیں، مگر ان کی ابتدائی جانچ نہیں کرتے۔
            }
        [fund_manager]
            { $kind ->
                [fund_query] فنڈ مینیجر فنڈ سوال کی درخواستیں پڑھ سکتے ہیں، مگر ان کی ابتدائی جانچ نہیں کرتے۔
               *[other] فنڈ مینیجر ہیلپ ڈیسک درخواستیں پڑھ سکتے ہیں، مگر ان کی ابتدائی جانچ نہیں کرتے۔
            }
        [admin]
            { $kind ->
                [fund_query] ایڈمنسٹریٹر فنڈ سوال کی درخواستیں پڑھ سکتے ہیں، مگر ان کی ابتدائی جانچ نہیں کرتے۔
               *[other] ایڈمنسٹریٹر ہیلپ ڈیسک درخواستیں پڑھ سکتے ہیں، مگر ان کی ابتدائی جانچ نہیں کرتے۔
            }
       *[other]
            { $kind ->
                [fund_query] آپ کے کردار میں فنڈ سوال کی درخواستیں پڑھی جا سکتی ہیں، مگر ان کی ابتدائی جانچ نہیں کی جا سکتی۔
               *[other] آپ کے کردار میں ہیلپ ڈیسک درخواستیں پڑھی جا سکتی ہیں، مگر ان کی ابتدائی جانچ نہیں کی جا سکتی۔
            }
    }
console-request-status = حیثیت
console-request-apply = لاگو کریں
console-request-resolution = حل کا نوٹ (بند کرنے کے لیے ضروری)
console-request-resolution-placeholder = یہ کیسے حل ہوئی؟
console-request-priority = ترجیح
console-request-assignee = ذمہ دار
console-request-unassigned = کوئی نہیں
console-request-tags = ٹیگز
console-request-tags-placeholder = ٹیگز، کوما سے الگ کریں
console-request-answer-by = جواب کی آخری تاریخ
console-request-duplicate-of = کس کی ڈپلیکیٹ ہے
console-request-duplicate-placeholder = اصل درخواست کی آئی ڈی
console-request-merge = ڈپلیکیٹ کے طور پر ضم کریں
console-request-no-such-request = اس آئی ڈی کی کوئی درخواست نہیں۔
console-request-saved = محفوظ ہو گئی؛ ہب کو بھیجی جا رہی ہے

## One request: service level

console-request-service-level = سروس لیول
console-request-next-deadline = اگلی آخری تاریخ: { $due }
console-request-first-answered = پہلا جواب: { $when }
console-request-not-answered = ابھی جواب نہیں دیا گیا

## One request: the composer

console-request-composer-message = پیغام
console-request-canned-label = تیار جواب شامل کریں
console-request-canned-choose = تیار جواب شامل کریں…
console-request-reply-tab = درخواست گزار کو جواب
console-request-note-tab = اندرونی نوٹ
console-request-send-reply = جواب بھیجیں
console-request-add-note = اندرونی نوٹ شامل کریں
console-request-composer-not-allowed = آپ کے کردار میں اس قسم کی درخواست کا جواب دینا شامل نہیں۔
console-request-composer-reply = درخواست گزار کو لکھیں
console-request-composer-note = اسے صرف ہب کا عملہ دیکھ سکے گا

## One request: its history, one event a line

console-request-event-created = { $who } نے درخواست جمع کرائی
console-request-event-edited = { $who } نے تبدیلی کی: { $fields }
console-request-event-replied = { $who } نے جواب دیا
console-request-event-replied-canned = { $who } نے جواب دیا (تیار جواب سے)
console-request-event-wrote = { $who } نے لکھا
console-request-event-note = { $who } نے اندرونی نوٹ شامل کیا
console-request-event-status = { $who } نے حیثیت { $from } سے { $to } کر دی
console-request-event-priority = { $who } نے ترجیح { $from } سے { $to } کر دی
console-request-event-assigned = { $who } نے اسے { $assignee } کو تفویض کیا
console-request-event-unassigned = { $who } نے تفویض ختم کی
console-request-event-tags = { $who } نے ٹیگز بدلے: { $tags }
console-request-event-due = { $who } نے آخری تاریخ { $when } مقرر کی
console-request-event-due-cleared = { $who } نے آخری تاریخ ہٹا دی
console-request-event-resolution = { $who } نے حل کا نوٹ لکھا
console-request-event-duplicate = { $who } نے اسے ڈپلیکیٹ کے طور پر ضم کیا
console-request-event-viewed = { $who } نے اسے کھولا
console-request-event-submitted = { $who } نے گرانٹ کی درخواست جمع کرائی
console-request-event-changes-requested = { $who } نے گرانٹ کی درخواست تبدیلیوں کے لیے واپس بھیجی
console-request-event-application =
    { $status ->
        [submitted] { $who } نے گرانٹ کی درخواست کی حیثیت درج کی: جمع کرائی گئی
        [under_review] { $who } نے گرانٹ کی درخواست کی حیثیت درج کی: زیرِ غور
        [changes_requested] { $who } نے گرانٹ کی درخواست کی حیثیت درج کی: تبدیلیاں درکار ہیں
        [approved] { $who } نے گرانٹ کی درخواست کی حیثیت درج کی: منظور
        [declined] { $who } نے گرانٹ کی درخواست کی حیثیت درج کی: نامنظور
       *[other] { $who } نے گرانٹ کی درخواست کی حیثیت درج کی: { $status }
    }
console-request-event-conflict = { $who } نے مفادات کے ٹکراؤ کا اعلان کیا
console-request-event-other = { $who }: { $event }
console-request-field-title = عنوان
console-request-field-description = تفصیل
console-request-field-category = موضوع
console-request-field-country = ملک
console-request-field-city = شہر
console-request-field-application = گرانٹ کی درخواست

## The fund: an application's panel inside a fund query

console-fund-application = گرانٹ کی درخواست
console-fund-draft = ڈرافٹ، جمع نہیں کرائی گئی
console-fund-no-round = کوئی راؤنڈ درج نہیں
console-fund-cap = حد { $amount }
console-fund-approved-amount = منظور { $amount }
console-fund-requested = مانگی گئی { $amount }
console-fund-lead = مرکزی ادارہ: { $name }
console-fund-partner = شراکت دار: { $name }
console-fund-objectives = مقاصد: { $text }
console-fund-risks = نشاندہی شدہ خطرات: { $text }
console-fund-mitigation = خطرات میں کمی کے اقدامات: { $text }
console-fund-partners = شراکت دار اور وسائل: { $text }
console-fund-timeline = ٹائم لائن: { $text }
console-fund-milestones = سنگِ میل: { $milestones }
console-fund-milestone = { $name } (آخری تاریخ { $due })
console-fund-column-category = قسم
console-fund-column-line = لائن
console-fund-column-quantity = تعداد
console-fund-column-unit = یونٹ
console-fund-column-total = کل

## The fund: review and decision

console-fund-conflicted = آپ نے اس درخواست پر مفادات کے ٹکراؤ کا اعلان کیا ہے: آپ جائزے یا اسکور نہیں دیکھ سکتے اور اس کا فیصلہ نہیں کر سکتے۔
console-fund-review = جائزہ
console-fund-conflicts = اعلان کردہ مفادات کا ٹکراؤ: { $conflicts }
console-fund-conflict = { $who } ({ $reason })
console-fund-criterion = { $criterion } (0–5)
console-fund-save-review = میرا جائزہ محفوظ کریں
console-fund-scores = { $who }: { $scores }
console-fund-comment-placeholder = فنڈ مینیجرز کے لیے اندرونی تبصرہ
console-fund-add-comment = اندرونی تبصرہ شامل کریں
console-fund-decision = فیصلہ
console-fund-decided = فیصلہ ہو گیا۔
console-fund-changes-placeholder = درخواست دہندہ کو کیا بدلنا ہے (انہیں یہ جواب کے طور پر ملے گا)
console-fund-ask-changes = تبدیلیاں مانگیں
# مثال کی رقم جیسی لکھی ہے ویسی ہی رکھیں۔
console-fund-approve-placeholder = رقم، مثلاً 8,500
console-fund-approve = منظور کریں
console-fund-decline-placeholder = نامنظوری کی وجہ
console-fund-decline = نامنظور کریں
console-fund-waiting = درخواست دہندہ کے جمع کرانے کا انتظار ہے۔
console-fund-conflict-prompt = آپ کا مفادات کا ٹکراؤ کیوں ہے؟ (ریکارڈ کے لیے محفوظ رہے گا)
console-fund-declare-conflict = مفادات کے ٹکراؤ کا اعلان کریں
console-fund-not-an-amount = صفر سے زیادہ رقم درج کریں، مثلاً 12,500.00۔

## The fund: a grant and its tranches

console-fund-grant = گرانٹ
console-fund-grant-approved = منظور { $amount }
console-fund-grant-paid = ادا شدہ { $amount }
console-fund-grant-closed = { $when } کو بند
console-fund-report-head =
    { $final ->
        [yes] حتمی رپورٹ: { $milestone }
       *[other] پیش رفت رپورٹ: { $milestone }
    }
console-fund-tranche-placeholder = رقم
console-fund-tranche-label = { $milestone } کی قسط
console-fund-pay-tranche = قسط ادا کریں

## The fund: rounds

console-fund-rounds = فنڈ راؤنڈز
console-fund-rounds-empty = ابھی کوئی راؤنڈ نہیں۔
console-fund-round-dates = { $opens } سے { $closes } تک
console-fund-ledger = لیجر (CSV)
console-fund-round-edit = تبدیل یا بند کریں
console-fund-round-new = نیا راؤنڈ بنائیں
console-fund-round-change = { $name } میں تبدیلی
console-fund-round-name = نام
console-fund-round-currency = کرنسی
console-fund-round-pool = کل فنڈ
console-fund-round-cap = فی گرانٹ حد
console-fund-round-opens = شروع ہونے کی تاریخ
console-fund-round-closes = بند ہونے کی تاریخ
console-fund-round-eligibility = اہلیت کی چیک لسٹ (ہر سطر میں ایک)
console-fund-round-criteria = اسکورنگ کے معیار (ہر سطر میں ایک)
console-fund-round-attachments = لازمی منسلکات (ہر سطر میں ایک)
console-fund-round-create = راؤنڈ بنائیں
console-fund-round-save = راؤنڈ محفوظ کریں
console-fund-round-created = راؤنڈ بن گیا
console-fund-round-saved = راؤنڈ محفوظ ہو گیا
console-fund-chart-pool = کل فنڈ
console-fund-chart-committed = مختص
console-fund-chart-disbursed = ادا شدہ
console-fund-chart-remaining = باقی
console-fund-chart-fact = { $name }: { $amount }

## People: users

console-people-users = صارفین
console-people-username = صارف نام
console-people-password = پاس ورڈ
console-people-role = کردار
console-people-country = ملک
console-people-city = شہر
console-people-countries = ذمہ داری کے ممالک
console-people-countries-all = تمام
console-people-language = زبان
console-people-status = حیثیت
console-people-field-error = { $field }: { $message }
console-people-you = (آپ)
console-people-active = فعال
console-people-deactivated = غیر فعال
console-people-save = محفوظ کریں
console-people-saved = { $name } محفوظ ہو گیا
console-people-deactivate = غیر فعال کریں
console-people-reactivate = دوبارہ فعال کریں
console-people-deactivate-confirm = { $name } کو غیر فعال کریں؟ ان کی تمام ڈیوائسز فوراً سائن آؤٹ ہو جائیں گی۔
console-people-deactivated-toast = { $name } غیر فعال کر دیا گیا
console-people-reactivated-toast = { $name } دوبارہ فعال کر دیا گیا
console-people-reset = پاس ورڈ ری سیٹ کریں
console-people-reset-code = { $name } کے لیے ایک بار کا کوڈ (صرف ایک بار، { $until } تک کام کرے گا):
console-people-reset-code-note = یہ انہیں فون پر یا ملاقات میں دیں۔ یہ دوبارہ نہیں دکھایا جائے گا۔ سائن ان کے وقت وہ اس سے نیا پاس ورڈ بنائیں گے۔
console-people-done = ہو گیا
console-people-data = ڈیٹا…
console-people-data-about = { $name } کا ڈیٹا
console-people-devices = ڈیوائسز
console-people-add-title = صارف شامل کریں
console-people-add = شامل کریں
console-people-added = { $name } شامل کر دیا گیا

## People: a person's data

console-people-export = ان کا ڈیٹا ڈاؤن لوڈ کریں
console-people-export-text = ہب کے پاس ان کے بارے میں جو کچھ ہے، سب ایک JSON فائل میں: ان کا اکاؤنٹ اور ڈیوائسز، ان کی جمع کرائی گئی درخواستیں اور ان کا تاریخچہ، دوسری درخواستوں میں ان کی تحریر، اور آڈٹ ریکارڈ۔ یہ ڈاؤن لوڈ آڈٹ لاگ میں درج ہوتا ہے۔
console-people-erase-text = ان کے کہنے پر مٹانا: ان کی جمع کرائی گئی ہر درخواست گمنام کر دی جاتی ہے، دوسری درخواستوں سے ان کے الفاظ ہٹا دیے جاتے ہیں، ان کا اکاؤنٹ خالی کر کے غیر فعال کر دیا جاتا ہے، اور ان کی ڈیوائسز سائن آؤٹ کر کے صاف کر دی جاتی ہیں۔ اسے واپس نہیں کیا جا سکتا۔
console-people-erase-confirm = تصدیق کے لیے { $name } لکھیں
console-people-erase = مٹائیں
console-people-erased =
    { $rewritten ->
        [one] مٹا دیا گیا: ان کی { $anonymised } درخواستیں گمنام کی گئیں، { $rewritten } دوسری درخواست سے ان کے الفاظ ہٹا دیے گئے۔
       *[other] مٹا دیا گیا: ان کی { $anonymised } درخواستیں گمنام کی گئیں، { $rewritten } دوسری درخواستوں سے ان کے الفاظ ہٹا دیے گئے۔
    }
console-people-close = بند کریں

## People: devices

console-people-your-devices = آپ کی ڈیوائسز
console-people-their-devices = ان کی ڈیوائسز
console-people-devices-text = ہر سائن ان ایک ڈیوائس ہے۔ جو ڈیوائس گم ہو گئی ہو یا اب استعمال نہ ہوتی ہو، اسے منسوخ کریں: وہ فوراً سائن آؤٹ ہو جاتی ہے اور اگلی بار رابطہ ہونے پر اپنا سارا ڈیٹا مٹا دیتی ہے۔
console-people-device-name = نام
console-people-device-platform = پلیٹ فارم
console-people-device-signed-in = سائن ان
console-people-device-last-seen = آخری بار دیکھی گئی
console-people-device-last-sync = آخری سِنک
console-people-no-devices = کوئی ڈیوائس نہیں۔
console-people-revoke-confirm = "{ $name }" منسوخ کریں؟ یہ فوراً سائن آؤٹ ہو جائے گی۔
console-people-revoke = منسوخ کریں
console-people-revoked-toast = منسوخ کر دی گئی
console-people-revoked = { $when } کو منسوخ

## People: the audit log

console-people-audit = آڈٹ لاگ
console-people-audit-person = فرد
console-people-audit-everyone = سب
console-people-audit-action = کارروائی
console-people-audit-every-action = تمام کارروائیاں
console-people-audit-since = کب سے
console-people-audit-request-id = درخواست آئی ڈی
console-people-audit-show = دکھائیں
console-people-audit-download = CSV ڈاؤن لوڈ کریں
console-people-audit-older = پرانے
console-people-audit-when = کب
console-people-audit-what = کیا
console-people-audit-who = کس نے
console-people-audit-device = ڈیوائس
console-people-audit-about = متعلقہ
console-people-audit-detail = تفصیل
console-people-audit-empty = ان فلٹرز کے لیے کچھ درج نہیں۔
console-people-audit-a-request = ایک درخواست
console-people-audit-command-line = کمانڈ لائن
console-people-audit-unknown = نامعلوم

## Reports

console-reports-title = رپورٹس
console-reports-from = کب سے
console-reports-to = کب تک
console-reports-show = دکھائیں
console-reports-download = CSV ڈاؤن لوڈ کریں
# $total: نمایاں کیا ہوا $count۔
console-reports-total =
    { $count ->
        [one] { $total } درخواست موصول ہوئی
       *[other] { $total } درخواستیں موصول ہوئیں
    }
console-reports-first-answer = پہلے جواب تک میڈین وقت: { $duration } ({ $answered } کا جواب دیا گیا)
console-reports-resolution = حل تک میڈین وقت: { $duration } ({ $resolved } حل ہوئیں)
console-reports-minutes = { $minutes } منٹ
console-reports-hours = { NUMBER($hours, minimumFractionDigits: 1, maximumFractionDigits: 1) } گھنٹے
console-reports-days =
    { NUMBER($days, minimumFractionDigits: 1, maximumFractionDigits: 1) ->
        [one] { NUMBER($days, minimumFractionDigits: 1, maximumFractionDigits: 1) } دن
       *[other] { NUMBER($days, minimumFractionDigits: 1, maximumFractionDigits: 1) } دن
    }
console-reports-by-status = حیثیت کے لحاظ سے
console-reports-by-kind = قسم کے لحاظ سے
console-reports-by-country = ملک کے لحاظ سے
console-reports-by-category = موضوع کے لحاظ سے
console-reports-by-assignee = ذمہ دار کے لحاظ سے
console-reports-none = اس مدت میں کچھ نہیں۔
console-reports-unassigned = غیر تفویض شدہ
console-reports-chart-fact = { $name }: { $count }

## Canned responses

console-canned-title = تیار جوابات
console-canned-empty = ابھی کوئی تیار جواب نہیں۔
console-canned-new = نیا تیار جواب
# اسی تیار جواب کا دوسری زبان کے لیے نیا کارڈ؛ $title: جواب کا عنوان۔
console-canned-new-version = { $title } دوسری زبان میں
console-canned-add-version = دوسری زبان میں شامل کریں
console-canned-field-title = عنوان
console-canned-field-language = زبان
console-canned-field-language-codes = زبان (en, bn, hi, ur, si, ta, dv, ne)
console-canned-field-text = متن
console-canned-save = محفوظ کریں
console-canned-add = شامل کریں
console-canned-remove = ہٹائیں
console-canned-saved = محفوظ ہو گیا
console-canned-added = شامل ہو گیا
console-canned-removed = ہٹا دیا گیا

## Codes only the console shows: audit log actions and details

code-sign_in = سائن ان کیا
code-sign_in_failed = سائن ان مسترد
code-sign_out = سائن آؤٹ کیا
code-device_revoked = ڈیوائس منسوخ کی گئی
code-user_created = صارف شامل کیا گیا
code-user_changed = صارف میں تبدیلی کی گئی
code-user_deactivated = صارف غیر فعال کیا گیا
code-user_reactivated = صارف دوبارہ فعال کیا گیا
code-reset_code_issued = ری سیٹ کوڈ جاری کیا گیا
code-password_reset = ری سیٹ کوڈ سے پاس ورڈ بنایا گیا
code-export = ایکسپورٹ کیا گیا
code-person_erased = فرد کا ڈیٹا مٹایا گیا
code-request_anonymised = درخواست گمنام کی گئی
code-request_viewed = درخواست دیکھی گئی
# سائن ان کیوں مسترد ہوا۔
code-wrong_password = غلط پاس ورڈ
code-unknown_user = نامعلوم صارف نام
code-throttled = بہت زیادہ کوششیں
code-deactivated = اکاؤنٹ غیر فعال
code-bad_reset_code = غلط یا میعاد ختم ری سیٹ کوڈ
# درخواست کیوں گمنام کی گئی۔
code-retention = محفوظ رکھنے کی مدت ختم
code-erasure = اس کے درخواست گزار کا ڈیٹا مٹا دیا گیا
# کیا ایکسپورٹ ہوا، یا درخواست کا کون سا حصہ پڑھا گیا۔
code-requests = درخواستیں
code-audit = آڈٹ لاگ
code-ledger = فنڈ لیجر
code-person = ایک فرد کا ڈیٹا
code-review = فنڈ کا جائزہ
# جب کسی فرد نے نہیں، سسٹم نے کارروائی کی۔
code-command_line = کمانڈ لائن

## Events: trainings, workshops, dialogues and exchange visits the hub runs.
console-queue-events = تقریبات
console-events-title = تقریبات
console-events-empty = آگے کوئی تقریب نہیں۔ اوپر دیے گئے فارم سے ایک شائع کریں۔
console-events-new = تقریب شائع کریں
console-events-publish = شائع کریں
console-events-published = تقریب شائع ہو گئی۔
console-event-seats = نشستیں: { $seats } میں سے { $admitted } پُر · { $waiting } انتظار میں
console-event-kind-training = تربیت
console-event-kind-workshop = ورکشاپ
console-event-kind-dialogue = مکالمہ
console-event-kind-exchange_visit = تبادلۂ تجربات کا دورہ
console-event-mode-in_person = بالمشافہ
console-event-mode-online = آن لائن
console-event-field-title = عنوان
console-event-field-kind = تقریب کی قسم
console-event-field-starts = شروع ہونے کا وقت
console-event-field-ends = ختم ہونے کا وقت
console-event-field-seats = نشستیں
console-event-field-mode = کہاں ہوگی
console-event-field-place = مقام، بالمشافہ تقریب کے لیے
console-event-field-link = شرکت کا لنک، آن لائن تقریب کے لیے
console-event-field-language = کس زبان میں ہوگی (کوڈ، جیسے bn)
console-event-field-description = یہ کس بارے میں ہے اور کس کے لیے ہے
console-event-registrations = رجسٹریشن
console-event-registrations-empty = ابھی تک کسی نے رجسٹر نہیں کیا۔
console-event-column-person = فرد
console-event-column-status = حیثیت
console-event-column-attended = حاضر رہے
console-event-status-admitted = نشست مل گئی
console-event-status-waiting = نشست کے انتظار میں
console-event-attendance-saved = حاضری محفوظ ہو گئی۔

## Filing a request for a practitioner (it came by phone, message, email or in person)

console-queue-intake = پریکٹیشنر کی جانب سے درج کریں
console-intake-title = پریکٹیشنر کی جانب سے درخواست درج کریں
console-intake-help = اس درخواست کے لیے جو ہب تک فون، پیغام، ای میل یا بالمشافہ پہنچی۔ پریکٹیشنر اس کا درخواست گزار بنتا ہے اور اسے اپنے فون پر دیکھتا ہے۔
console-intake-requester = پریکٹیشنر
console-intake-picked = { $name } کی جانب سے درج کی جا رہی ہے
console-intake-nobody = آپ کے ممالک میں کوئی مطابقت رکھنے والا پریکٹیشنر نہیں ملا۔
console-intake-choose = منتخب کریں…
console-intake-choose-person = وہ پریکٹیشنر منتخب کریں جس کے لیے یہ درخواست ہے۔
console-intake-channel = ہب تک کیسے پہنچی
console-intake-kind = درخواست کی قسم
console-intake-field-title = عنوان
console-intake-description = انہیں کیا چاہیے
console-intake-category = موضوع
console-intake-country = ملک
console-intake-city = شہر
console-intake-file = درخواست درج کریں
console-intake-filed = { $name } کی جانب سے درج کر دی گئی۔
console-request-intake = { $who } نے درج کی ({ $channel })

## The guidance library, run from the console

console-queue-library = رہنمائی کی لائبریری
console-library-title = رہنمائی کی لائبریری
console-library-help = پریکٹیشنرز اپنے فون پر جو پڑھتے ہیں، آف لائن بھی۔ فون سِنک ہونے پر تبدیلیاں ان تک پہنچ جاتی ہیں۔
console-library-new = نیا آئٹم لکھیں
console-library-empty = ابھی لائبریری میں کچھ نہیں ہے۔
console-library-retired = واپس لیا گیا
console-library-edit = تبدیل کریں
console-library-retire = واپس لیں
console-library-restore = بحال کریں
console-library-translate = دوسری زبان شامل کریں
console-library-retired-done = واپس لے لیا گیا: اب یہ فون پر پیش نہیں کیا جائے گا۔
console-library-restored = لائبریری میں بحال کر دیا گیا۔
# $title: ورژن کا عنوان۔
console-library-editing = “{ $title }” میں تبدیلی
console-library-translating = “{ $title }” دوسری زبان میں
console-library-field-title = عنوان
console-library-field-summary = خلاصہ (ایک یا دو جملے)
console-library-field-body = متن
console-library-field-topic = موضوع
console-library-field-language = زبان (کوڈ، جیسے en، bn یا ur)
console-library-save = تبدیلی محفوظ کریں
console-library-publish = شائع کریں
console-library-cancel = منسوخ کریں
console-library-saved = محفوظ ہو گیا۔ فون سِنک ہونے پر اسے حاصل کر لیں گے۔
console-library-published = لائبریری میں شائع ہو گیا۔

## Feedback on events, from the people who attended

console-feedback-title = تقریبات پر رائے
console-feedback-back = تقریبات پر واپس
console-feedback-csv = تمام جوابات ڈاؤن لوڈ کریں (CSV)
console-feedback-empty = ابھی کوئی رائے نہیں آئی۔ تقریب ختم ہونے پر حاضر رہنے والوں سے رائے مانگی جاتی ہے۔
console-feedback-by-month = ماہ وار
console-feedback-by-event = تقریب وار
console-feedback-by-city = شہر وار
console-feedback-event = تقریب
console-feedback-city = شہر
console-feedback-answers = جوابات
console-feedback-rating = کیسی رہی (5 میں سے)
console-feedback-usefulness = کتنی مفید (5 میں سے)
console-feedback-comments = انہوں نے کیا لکھا
console-feedback-chart = ہر ماہ کے اوسط اسکور
console-feedback-answers-count = { $count ->
    [one] { $count } جواب
   *[other] { $count } جوابات
  }

## The directory

console-queue-directory = ڈائریکٹری
console-directory-title = نیٹ ورک کی ڈائریکٹری
console-directory-help = رکن شہر اور وہ لوگ جو مدد کر سکتے ہیں۔ اپنے ممالک کے اندراجات آپ تبدیل کرتے ہیں؛ ہر فرد اپنے فون پر منتخب کرتا ہے کہ دوسرے اس کی کون سی معلومات دیکھیں۔
console-directory-cities = رکن شہر
console-directory-people = افراد
console-directory-new-city = شہر شامل کریں
console-directory-new-person = فرد شامل کریں
console-directory-no-cities = ابھی کوئی رکن شہر نہیں ہے۔
console-directory-no-people = ابھی کوئی فہرست میں شامل نہیں ہے۔
console-directory-edit = تبدیل کریں
console-directory-editing = { $name } میں تبدیلی
console-directory-save = محفوظ کریں
console-directory-saved = ڈائریکٹری میں محفوظ ہو گیا۔
console-directory-hidden = دوسروں سے پوشیدہ
console-directory-unlisted = فہرست میں شامل نہیں
console-directory-updated = { $when } کو تبدیل کیا گیا
console-directory-field-country = ملک
console-directory-field-city = شہر
console-directory-field-status = نیٹ ورک میں حیثیت
console-directory-field-since = کب سے
console-directory-field-focal = فوکل پرسنز
console-directory-usernames = ان کے صارف نام، کاما سے الگ کر کے۔
console-directory-field-user = صارف نام
console-directory-user-help = جس فرد کو فہرست میں شامل کرنا ہے اس کا اکاؤنٹ: وہ اسی سے سائن ان کرتا ہے اور منتخب کرتا ہے کہ دوسرے کیا دیکھیں۔
console-directory-field-name = دوسروں کو نظر آنے والا نام
console-directory-field-kind = وہ کیا پیش کرتے ہیں
console-directory-languages-help = زبان کے کوڈ، کاما سے الگ کر کے، جیسے bn, ta, ur۔
console-directory-commas = کاما سے الگ کریں۔
console-directory-listed = ڈائریکٹری میں شامل
console-directory-shown-note = نئے اندراجات میں ای میل اور فون کے سوا سب کچھ دکھایا جاتا ہے، جب تک وہ فرد خود کچھ اور منتخب نہ کرے۔

## Cities' needs

console-queue-needs = شہروں کی ضروریات
console-needs-title = رکن شہروں کی ضروریات
console-needs-help = رکن شہروں نے ہر سہ ماہی اپنی جو ضروریات بتائیں، ملک وار جمع کر کے، اور درخواستوں کی تقسیم ان طبقات کے لحاظ سے جن کے لیے ان کے شہر کام کرتے ہیں۔
console-needs-csv = CSV ڈاؤن لوڈ کریں
console-needs-empty = ابھی تک کسی شہر نے اپنی ضروریات نہیں بتائیں۔
console-needs-by-group = درخواستیں، ان طبقات کے لحاظ سے جن کے لیے ان کا شہر کام کرتا ہے
console-needs-by-group-help = شہر کے تازہ ترین جائزے کے مطابق، ہر درخواست ان تمام طبقات میں شمار ہوتی ہے جن کے لیے اس کا شہر کام کرتا ہے۔
console-needs-requests = درخواستیں
console-needs-open = ابھی کھلی
console-needs-unassessed = وہ شہر جنہوں نے نہیں بتایا
console-needs-latest = ہر شہر کے تازہ ترین جوابات
console-needs-period = سہ ماہی
console-needs-cities = شہر
console-needs-urgent-count = { $high } زیادہ، { $medium } درمیانی
console-needs-chart = ہر سہ ماہی میں ہر شعبے کی ضرورت اوسطاً کتنی فوری ہے (0 یعنی کوئی نہیں، 3 یعنی زیادہ)

## Handing a request to a successor

console-request-event-handed-over = { $who } نے درخواست { $from } سے لے کر { $to } کے حوالے کی
console-handover-title = جانشین کے حوالے کریں
console-handover-help = جب کسی شہر کی قیادت بدلتی ہے تو درخواست اور اس کی گرانٹ کی درخواست اسی شہر میں ذمہ داری سنبھالنے والے پریکٹیشنر کو چلی جاتی ہیں۔ اس کے بعد یہ اسی کی ہے، اس کے فون پر بھی؛ پہلے والے کو یہ اب نظر نہیں آتی۔
console-handover-successor = جانشین کا صارف نام
console-handover-save = حوالے کریں
console-handover-done = { $successor } کے حوالے کر دی گئی۔

## Referrals

console-referral-title = جنہیں ریفر کیا گیا
console-referral-to = درخواست گزار کو کس کے پاس ریفر کریں
console-referral-note = انہی کو کیوں، چند الفاظ میں جو وہ پڑھیں گے
console-referral-save = ریفر کریں
console-referral-done = ریفر کر دیا گیا۔ ان سے ان کے فون پر پوچھا جاتا ہے، اور قبول کرنے پر وہ گفتگو میں شامل ہو جاتے ہیں۔
console-referral-outcome = اس کا کیا نتیجہ نکلا
console-referral-record = نتیجہ درج کریں
console-referral-recorded = نتیجہ درج ہو گیا۔
console-referral-status-offered = پوچھا گیا
console-referral-status-accepted = قبول کیا
console-referral-status-declined = انکار کیا
console-referral-status-closed = بند

## Shared practice

console-practices-link = ارکان کے شیئر کیے گئے تجربات
console-practices-title = ارکان کے شیئر کیے گئے تجربات
console-practices-help = ارکان اپنے شہروں سے جو شیئر کرتے ہیں اس کا جائزہ لیں: ان کے ساتھ مل کر اسے تبدیل کریں، نوٹ کے ساتھ واپس بھیجیں، یا ان کے نام اور شہر کے ساتھ لائبریری میں شائع کریں۔
console-practices-empty = ابھی تک کسی رکن نے کوئی تجربہ شیئر نہیں کیا۔
console-practices-by = از { $author }، { $city }، { $country }
console-practices-note = مصنف کے لیے نوٹ
console-practices-edit = متن تبدیل کریں
console-practices-save = محفوظ کریں
console-practices-saved = محفوظ ہو گیا۔
console-practices-publish = لائبریری میں شائع کریں
console-practices-published = لائبریری میں شائع ہو گیا۔
console-practices-send-back = اس نوٹ کے ساتھ واپس بھیجیں
console-practices-sent-back = مصنف کو واپس بھیج دیا گیا۔
console-practices-field-title = عنوان
console-practices-field-done = کیا کام کیا گیا
console-practices-field-risk = جس خطرے کا مقابلہ کیا گیا
console-practices-field-partners = اس پر کس نے کام کیا
console-practices-field-outcome = اس کا کیا نتیجہ نکلا
console-practices-field-contacts = کس سے پوچھیں
console-practices-stage-submitted = جائزہ باقی
console-practices-stage-changes_requested = واپس بھیجا گیا
console-practices-stage-published = لائبریری میں
console-practices-stage-withdrawn = مصنف نے واپس لے لیا

# فیلڈ ایپ کے فارم (نئی درخواست، فنڈ کی درخواست) اور درخواست کی اپنی اسکرین۔
#
# رقمیں ($cap، $total، $amount، $cost) پہلے سے کرنسی کی شکل میں آتی ہیں؛
# $reason ناکامی کی ایپ کی اپنی وضاحت ہے؛ $number 1 سے گنتا ہے۔

## دونوں فارم (نئی درخواست، ترمیم)

form-title = عنوان
form-topic = موضوع
form-country = ملک
form-city = شہر
# فہرست کا پہلا خالی انتخاب (ملک، بجٹ کی قسم)۔
form-choose = منتخب کریں…
form-needs-attention = کچھ خانوں پر آپ کی توجہ درکار ہے۔ آپ کا لکھا ہوا کچھ بھی ضائع نہیں ہوا۔
form-could-not-save = محفوظ نہیں ہو سکا: { $reason }۔ آپ کا لکھا ہوا کچھ بھی ضائع نہیں ہوا۔

## نئی درخواست

new-screen-help = ہب سے پوچھیں
new-screen-fund = فنڈ سوال
new-screen-exchange = تبادلاتی دورے کی درخواست کریں
# درخواست کی دو اقسام کے درمیان انتخاب: اسکرین ریڈر اس جوڑی کا یہ نام پڑھتا ہے۔
new-kind = درخواست کی قسم
new-kind-help = ہیلپ ڈیسک
new-kind-fund = سپورٹ فنڈ
new-title-hint = چند الفاظ جو ہب سب سے پہلے دیکھے گا۔
new-description-help = آپ کو کیا چاہیے؟
new-description-hint-help = بتائیں کہ آپ کو کیا چاہیے، کس کے لیے، اور کب تک۔ خطرے میں موجود لوگوں کے نام نہ لکھیں۔
new-description-fund = آپ کا سوال یا خیال
new-description-hint-exchange = بتائیں کہ آپ کس شہر جانا چاہتے ہیں اور کیوں، کیا سیکھنا چاہتے ہیں، کون جائے گا اور کب۔
new-description-hint-fund = اہلیت یا طریقۂ کار کے بارے میں پوچھیں، یا اس منصوبے کے بارے میں بتائیں جس کے لیے آپ فنڈ چاہتے ہیں۔
new-choose-topic = موضوع منتخب کریں…
new-include-budget = بجٹ کے ساتھ گرانٹ کی درخواست شامل کریں
new-submit = محفوظ کریں اور بھیجیں
new-saved-note = پہلے اس فون پر محفوظ ہوتا ہے، پھر نیٹ ورک ملتے ہی ہب کو بھیج دیا جاتا ہے۔
new-draft-back = آپ کا نامکمل ڈرافٹ واپس آ گیا ہے۔
new-saved-online = محفوظ ہو گیا۔ یہ ہب کو بھیجا جا رہا ہے۔
new-saved-offline = اس فون پر محفوظ ہو گیا۔ آن لائن ہوتے ہی یہ ہب کو چلا جائے گا۔

## گرانٹ کی درخواست اور اس کا بجٹ (نئے فنڈ سوال میں، اور ترمیم کرتے وقت)

budget-legend = گرانٹ کی درخواست
budget-cap-note = ہر راؤنڈ اپنی حد خود مقرر کرتا ہے (اگر کچھ اور نہ بتایا گیا ہو تو { $cap })۔ بجٹ لائنوں کا کل اس رقم کے برابر ہونا چاہیے جو آپ مانگ رہے ہیں۔
budget-round = فنڈ راؤنڈ
budget-choose-round = راؤنڈ منتخب کریں…
budget-no-round = ابھی کوئی راؤنڈ معلوم نہیں: ایک بار آن لائن ہوں
# راؤنڈز کی فہرست میں ایک راؤنڈ: اس کا نام (جیسے ہب نے لکھا) اور اس کی حد۔
budget-round-option = { $name } ({ $cap } تک)
budget-lead = مرکزی ادارہ
budget-partner = مقامی حکومت کا شراکت دار
budget-objectives = مقاصد
budget-objectives-hint = یہ منصوبہ آپ کے مقامی ایکشن پلان میں کس طرح مدد دیتا ہے۔
budget-plan = آپ کے مقامی ایکشن پلان سے
budget-risk = جن خطرات کی نشاندہی کی گئی
budget-mitigation = یہ منصوبہ انہیں کیسے کم کرتا ہے
budget-partners = شراکت دار اور وسائل
budget-timeline = ٹائم لائن
budget-timeline-hint = مثلاً: مارچ سے اگست 2026۔
budget-milestone-number = سنگِ میل { $number }
budget-milestone = سنگِ میل
budget-milestone-due = آخری تاریخ
budget-milestone-remove = ہٹائیں
    .aria-label = سنگِ میل { $number } ہٹائیں
budget-add-milestone = + سنگِ میل شامل کریں
budget-lines = بجٹ لائنیں
budget-line = لائن { $number }
budget-line-remove = ہٹائیں
    .aria-label = بجٹ لائن { $number } ہٹائیں
budget-line-category = قسم
budget-line-description = یہ کس چیز کے لیے ہے
budget-line-quantity = تعداد
# $currency کرنسی کا ISO کوڈ ہے، جیسے USD۔
budget-unit-cost = فی یونٹ لاگت ({ $currency })
budget-line-total = لائن کا کل { $total }
budget-add-line = + بجٹ لائن شامل کریں
# $currency کرنسی کا ISO کوڈ ہے۔ placeholder دکھاتا ہے کہ رقم کیسے لکھی جاتی ہے۔
budget-amount = آپ کتنی رقم مانگ رہے ہیں ({ $currency })
    .placeholder = { NUMBER(0, minimumFractionDigits: 2) }
budget-use-total = لائنوں کا کل استعمال کریں

## بجٹ کے نیچے کل رقم کا خانہ

budget-lines-total = بجٹ لائنوں کا کل
budget-requested = آپ کی مانگی گئی رقم
budget-cap = راؤنڈ کی حد
budget-over-cap = حد سے زیادہ: یہ راؤنڈ زیادہ سے زیادہ { $cap } دیتا ہے۔
budget-unbalanced = لائنوں کا کل اور مانگی گئی رقم برابر ہونی چاہیے۔
budget-no-lines = وہ بجٹ لائنیں شامل کریں جن سے مانگی گئی رقم بنتی ہے۔
budget-ok = ✓ لائنوں کا کل مانگی گئی رقم کے برابر ہے، اور حد کے اندر ہے۔

## درخواست کی اپنی اسکرین

detail-screen-request = درخواست
detail-screen-fund = فنڈ سوال
detail-missing = یہ درخواست ابھی اس ڈیوائس پر نہیں ہے۔
detail-missing-note = یہ اگلی سِنک کے ساتھ آ جائے گی۔
# درخواست کہاں سے ہے: شہر (جیسے درخواست گزار نے لکھا) اور ملک۔
detail-place = { $city }، { $country }
detail-filed = { $date } کو جمع کرائی گئی
detail-shared-write = ایک ساتھی نے یہ آپ کی شہری ٹیم کے ساتھ شیئر کی ہے: آپ اسے پڑھ سکتے ہیں اور ہب کو لکھ سکتے ہیں۔
detail-shared-read = ایک ساتھی نے یہ آپ کی شہری ٹیم کے ساتھ پڑھنے کے لیے شیئر کی ہے۔
detail-filed-for-you = ہب نے یہ درخواست آپ کی جانب سے درج کی ہے ({ $channel })۔ اپنی دوسری درخواستوں کی طرح اسے دیکھتے رہیں اور یہیں جواب دیں۔
# ہب کو ایک ہی درخواست دو بار ملی۔ .link دوسری درخواست کے لنک کے الفاظ ہیں؛
# لنک { $link } کی جگہ آتا ہے۔
detail-merged = ہب نے یہ درخواست { $link } میں ضم کر دی ہے اور جواب وہیں دیتا ہے۔
    .link = ایک اور درخواست
# $resolution ہب کا نوٹ ہے کہ درخواست کیسے حل ہوئی، عملے کے اپنے الفاظ میں۔
detail-resolved = حل ہو گئی: { $resolution }
detail-asked-own = آپ نے کیا پوچھا
detail-asked-other = کیا پوچھا گیا
detail-edit = ترمیم کریں
detail-edit-heading = درخواست میں ترمیم
detail-description = آپ کو کیا چاہیے
detail-save = تبدیلیاں محفوظ کریں
detail-cancel = منسوخ کریں
detail-edit-back = آپ کی غیر محفوظ تبدیلیاں واپس آ گئی ہیں۔
detail-changes-saved = تبدیلیاں اس فون پر محفوظ ہو گئیں۔

## جمع کرائی گئی گرانٹ کی درخواست

detail-application = گرانٹ کی درخواست
detail-amount-asked = مانگی گئی رقم
detail-risks = جن خطرات کی نشاندہی کی گئی
detail-mitigation = خطرات میں کمی
detail-milestones = سنگِ میل
# فہرست میں ایک سنگِ میل: اس کا نام (جیسے درخواست گزار نے لکھا) اور آخری تاریخ۔
detail-milestone = { $name } (آخری تاریخ { $due })
# جدول میں بجٹ لائنوں کے کالم کی سرخی۔
detail-line = بجٹ لائن
# جدول میں تعداد کے کالم کی سرخی، مختصر۔
detail-quantity = تعداد
detail-total = کل
# بجٹ لائن کی ایک اکائی کی قیمت۔
detail-unit-cost = { $cost } فی یونٹ

## وہ خانے جو الگ رہتے ہوئے دو ڈیوائسز نے بدلے

conflict-title = آف لائن رہتے ہوئے دو ڈیوائسز نے الگ الگ عنوان رکھا۔
    .aria-label = عنوان منتخب کریں
conflict-topic = آف لائن رہتے ہوئے دو ڈیوائسز نے الگ الگ موضوع رکھا۔
    .aria-label = موضوع منتخب کریں
conflict-country = آف لائن رہتے ہوئے دو ڈیوائسز نے الگ الگ ملک رکھا۔
    .aria-label = ملک منتخب کریں
conflict-city = آف لائن رہتے ہوئے دو ڈیوائسز نے الگ الگ شہر رکھا۔
    .aria-label = شہر منتخب کریں
conflict-amount = آف لائن رہتے ہوئے دو ڈیوائسز نے الگ الگ مانگی گئی رقم رکھی۔
    .aria-label = مانگی گئی رقم منتخب کریں
# ایسا خانہ جس کے لیے ایپ کے اس ورژن میں الفاظ نہیں؛ $field ریکارڈ میں اس کا نام ہے۔
conflict-other = آف لائن رہتے ہوئے دو ڈیوائسز نے { $field } الگ الگ رکھا۔
    .aria-label = { $field } منتخب کریں
conflict-which = کون سا درست ہے؟
conflict-saved = آپ کا انتخاب محفوظ ہو گیا۔
conflict-failed = آپ کا انتخاب محفوظ نہیں ہو سکا: { $reason }

## درخواست کو درخواست گزار کی شہری ٹیم کے ساتھ شیئر کرنا

share-label = میری شہری ٹیم کے ساتھ شیئر کریں
share-none = شیئر نہیں کی گئی
share-read = پڑھنے کے لیے
share-write = پڑھنے اور لکھنے کے لیے
share-note = جن پریکٹیشنرز کا اکاؤنٹ اس شہر میں ہے وہ بھی اسے اپنے فون پر دیکھ سکتے ہیں۔ ہب کے اندرونی نوٹس کبھی شیئر نہیں کیے جاتے۔
share-saved = اس فون پر محفوظ ہو گیا۔
share-failed = شیئرنگ تبدیل نہیں ہو سکی: { $reason }

## ہب کے ساتھ گفتگو

conversation-heading = گفتگو
conversation-empty = ابھی کوئی پیغام نہیں۔ ہب کے جوابات یہاں دکھائی دیں گے، اور آف لائن بھی پڑھے جا سکیں گے۔
conversation-from-hub = ہب
conversation-from-you = آپ
conversation-from-colleague = ایک ساتھی
conversation-message = آپ کا پیغام
    .placeholder = ہب کو لکھیں…
conversation-send = بھیجیں
conversation-sent = ہب کو بھیج دیا گیا۔
conversation-saved-offline = اس فون پر محفوظ ہو گیا۔ آن لائن ہوتے ہی یہ ہب کو چلا جائے گا۔
conversation-failed = پیغام محفوظ نہیں ہو سکا: { $reason }

## درخواست گزار کے فون پر فنڈ کی درخواست

fund-heading = آپ کی درخواست
fund-status-draft = ڈرافٹ: ابھی جمع نہیں کرائی گئی
fund-status-submitted = جمع کرائی گئی
fund-status-under-review = زیرِ غور
fund-status-changes-requested = ہب تبدیلیاں چاہتا ہے
fund-status-approved = منظور
fund-status-approved-amount = منظور: { $amount }
fund-status-declined = نامنظور
fund-edit = درخواست میں ترمیم کریں
fund-submit = ہب کو جمع کرائیں
fund-submitted = جمع کرا دی گئی۔ ہب تک پہنچنے پر یہ مؤثر ہو گی۔
fund-edit-heading = اپنی درخواست میں ترمیم کریں
fund-save = درخواست محفوظ کریں
fund-cancel = منسوخ کریں
fund-saved = درخواست اس فون پر محفوظ ہو گئی۔

## درخواست پر پیش رفت کی رپورٹیں

# فہرست میں جمع کرائی گئی رپورٹ: وہ سنگِ میل جس کے بارے میں ہے (جیسے درخواست گزار نے نام دیا)۔
fund-report = رپورٹ: { $milestone }
fund-report-final = حتمی رپورٹ: { $milestone }
fund-report-file = پیش رفت کی رپورٹ جمع کرائیں
fund-report-milestone = سنگِ میل
# جب درخواست میں کوئی سنگِ میل نہ ہو تو رپورٹ کس بارے میں ہے؛ یہ رپورٹ کے ساتھ محفوظ ہوتا ہے۔
fund-report-progress = پیش رفت
fund-report-body = کیا کام ہوا
fund-report-is-final = یہ حتمی رپورٹ ہے
fund-report-save = رپورٹ محفوظ کریں
fund-report-saved = رپورٹ محفوظ ہو گئی۔

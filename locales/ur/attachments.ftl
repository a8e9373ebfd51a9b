## Files attached to requests. Why a file is refused: the hub's answers, and the phone's own
## check before it spends data on a file the hub would refuse.

attachment-refused-no-name = فائل کا کوئی نام نہیں۔
attachment-refused-name-too-long = فائل کا نام { $max } حروف سے لمبا ہے۔
attachment-refused-type = .{ $extension } پر ختم ہونے والی فائلیں منسلک نہیں کی جا سکتیں۔ تصاویر (JPEG, PNG, GIF, WebP, HEIC)، PDF، آفس دستاویزات یا سادہ متن منسلک کریں۔
attachment-refused-mismatch = اس فائل کا نام .{ $extension } پر ختم ہوتا ہے، لیکن یہ { $found ->
    [program] ایک پروگرام ہے
    [image] کسی اور قسم کی تصویر ہے
    [pdf] ایک PDF دستاویز ہے
    [office] کسی اور قسم کی آفس دستاویز ہے
    [text] سادہ متن ہے
   *[unknown] ایسی فائل نہیں جسے منسلک کیا جا سکے
  }۔ اس کا نام بدلیں یا کوئی اور فائل منتخب کریں۔
attachment-refused-empty = فائل خالی ہے۔
attachment-refused-too-large = فائل { $megabytes } MB سے بڑی ہے۔ ایک فائل اس سے بڑی نہیں ہو سکتی۔
attachment-refused-record-full = اس درخواست میں پہلے ہی { $max } فائلیں ہیں۔ ایک درخواست میں اس سے زیادہ فائلیں نہیں ہو سکتیں۔
attachment-refused-record-too-large = اس درخواست کی فائلیں مل کر { $megabytes } MB سے بڑھ جائیں گی۔ ایک درخواست میں اس سے زیادہ نہیں بھیجا جا سکتا۔
attachment-refused-quota = ہب پر آپ کی فائلیں آپ کی { $megabytes } MB کی حد سے بڑھ جائیں گی۔ کچھ فائلیں ہٹا دیں، یا ہب سے مزید جگہ مانگیں۔
attachment-refused-image-too-large = تصویر { $megapixels } میگا پکسل سے بڑی ہے۔ چھوٹی تصویر بھیجیں۔
attachment-refused-image-unreadable = تصویر پڑھی نہیں جا سکتی۔ ہو سکتا ہے یہ خراب ہو۔
attachment-refused-no-place = { $place ->
    [message] پیغام ابھی ہب تک نہیں پہنچا۔ فائل اس کے بعد بھیجی جائے گی۔
    [requirement] یہ فنڈ راؤنڈ اس منسلکہ کا تقاضا نہیں کرتا۔
    [report] پیش رفت کی رپورٹ ابھی ہب تک نہیں پہنچی۔ فائل اس کے بعد بھیجی جائے گی۔
   *[other] فائل کے لیے ایک جگہ منتخب کریں۔
  }
attachment-refused-not-yours = { $who ->
    [author] پیغام کے ساتھ فائلیں صرف اس کا لکھنے والا منسلک کر سکتا ہے۔
   *[requester] فائلیں صرف وہی شخص منسلک کر سکتا ہے جس نے درخواست جمع کرائی۔
  }

## Uploads (the tus protocol): what the hub answers a client that sent something wrong.

upload-offset-mismatch = ہب کے پاس اس اپ لوڈ کے { $bytes } بائٹس ہیں۔ باقی وہیں سے بھیجیں۔
upload-checksum-mismatch = جو بائٹس پہنچے وہ اپنے چیک سم سے میل نہیں کھاتے۔ انہیں دوبارہ بھیجیں۔
upload-too-long = اپ لوڈ کی لمبائی سے زیادہ بائٹس پہنچ گئے۔
upload-content-type = اپ لوڈ کے بائٹس application/offset+octet-stream کے طور پر بھیجیں۔
upload-version = یہ ہب tus 1.0.0 استعمال کرتا ہے: Tus-Resumable: 1.0.0 ہیڈر بھیجیں۔

## The field app: a request's files, and sending them.

files-heading = فائلیں
files-attach = فائل منسلک کریں
files-photo-sizes = یہ تصویر { $original } کی ہے۔ چھوٹی کرنے پر یہ { $reduced } کی ہو گی۔
files-send-reduced = چھوٹی کر کے بھیجیں، { $size }
files-send-original = اصل تصویر بھیجیں، { $size }
files-kept = { $name } اس فون پر محفوظ ہے۔ نیٹ ورک ملنے پر یہ بھیج دی جائے گی۔
files-failed = فائل محفوظ نہیں ہو سکی: { $reason }
files-download = ڈاؤن لوڈ کریں، { $size }
files-downloading = ڈاؤن لوڈ ہو رہی ہے…
files-download-failed = فائل ڈاؤن لوڈ نہیں ہو سکی۔ نیٹ ورک ملنے پر دوبارہ کوشش کریں۔
files-show-picture = تصویر دکھائیں
files-picture-of = { $name } کی تصویر
files-refused = ہب نے یہ فائل قبول نہیں کی: { $reason }
files-sent = بھیج دی گئی۔ ہب کی فہرست میں آنے پر یہ یہاں نظر آئے گی۔
files-sending = بھیجی جا رہی ہے: { $size } میں سے { $sent }
files-waiting = بھیجے جانے کی منتظر
files-waiting-wifi = وائی فائی کی منتظر (کم ڈیٹا موڈ)
files-send-now = ابھی بھیجیں، { $size }
files-remove = ہٹائیں

## The sync indicator: files waiting to go up.

sync-files-waiting = { $size } کی فائلیں بھیجنا باقی
sync-files-explain = { $size } کی فائلیں اس فون پر محفوظ ہیں اور جب ممکن ہو، ہب کو بھیج دی جائیں گی۔

## The Account screen: data use.

account-data-heading = ڈیٹا کا استعمال
account-low-data = کم ڈیٹا موڈ: پہلے متن بھیجا جاتا ہے؛ فائلیں وائی فائی یا آپ کے ٹیپ کی منتظر رہتی ہیں
account-low-data-note = بھیجنے سے پہلے تصاویر نیچے دی گئی ترتیبات کے مطابق چھوٹی کی جاتی ہیں۔ ڈاؤن لوڈ صرف تب ہوتا ہے جب آپ کہیں۔
account-photo-edge = تصاویر چھوٹی کرنے کا سائز
account-photo-edge-option = لمبی طرف { $px } پکسل
account-photo-quality = تصویر کا معیار
account-photo-quality-option = { $percent }%

## The staff console: a request's files.

console-files-heading = فائلیں
console-files-none = ابھی کوئی فائل نہیں۔
console-files-picture-of = { $name } کی تصویر
console-files-on-reply = ہب کے جواب میں
console-files-on-message = فیلڈ سے آئے پیغام میں
console-files-for-requirement = لازمی منسلکہ: { $name }
console-files-for-report = پیش رفت رپورٹ کا ثبوت
console-files-open = کھولیں
console-files-download = ڈاؤن لوڈ کریں
console-files-required-given = { $name }: منسلک ہے
console-files-required-missing = { $name }: منسلک نہیں
console-files-attach = جواب کے ساتھ فائلیں منسلک کریں
console-files-attached = { $count ->
    [one] جواب کے ساتھ ایک فائل بھیجی گئی۔
   *[other] جواب کے ساتھ { $count } فائلیں بھیجی گئیں۔
  }
console-files-failed = جواب بھیج دیا گیا، لیکن ایک فائل نہیں بھیجی جا سکی: { $reason }
console-files-close = بند کریں

## The field app: a fund application's attachments.

files-required-given = { $name }: منسلک ہے
files-required-missing = { $name }: ابھی درکار ہے
files-attach-required = منسلک کریں
files-report-evidence = ”{ $milestone }“ کی رپورٹ کا ثبوت
files-attach-evidence = ثبوت منسلک کریں

## The field app: files sent with a message.

files-attach-to-message = فائلیں منسلک کریں
files-chosen = { $count ->
    [one] پیغام کے ساتھ بھیجی جائے گی: { $names }
   *[other] پیغام کے ساتھ { $count } فائلیں بھیجی جائیں گی: { $names }
  }
files-on-message = ایک پیغام میں

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

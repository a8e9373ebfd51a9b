## Files attached to requests. Why a file is refused: the hub's answers, and the phone's own
## check before it spends data on a file the hub would refuse.

attachment-refused-no-name = फ़ाइल का कोई नाम नहीं है।
attachment-refused-name-too-long = फ़ाइल का नाम { $max } अक्षरों से लंबा है।
attachment-refused-type = .{ $extension } पर ख़त्म होने वाली फ़ाइलें अटैच नहीं की जा सकतीं। फ़ोटो (JPEG, PNG, GIF, WebP, HEIC), PDF, ऑफ़िस दस्तावेज़ या सादा टेक्स्ट अटैच करें।
attachment-refused-mismatch = इस फ़ाइल का नाम .{ $extension } पर ख़त्म होता है, लेकिन यह { $found ->
    [program] एक प्रोग्राम है
    [image] किसी दूसरे प्रकार की तस्वीर है
    [pdf] एक PDF दस्तावेज़ है
    [office] किसी दूसरे प्रकार का ऑफ़िस दस्तावेज़ है
    [text] सादा टेक्स्ट है
   *[unknown] ऐसी फ़ाइल नहीं है जिसे अटैच किया जा सके
  }। इसका नाम बदलें या कोई दूसरी फ़ाइल चुनें।
attachment-refused-empty = फ़ाइल खाली है।
attachment-refused-too-large = फ़ाइल { $megabytes } MB से बड़ी है। एक फ़ाइल इससे बड़ी नहीं हो सकती।
attachment-refused-record-full = इस अनुरोध में पहले से { $max } फ़ाइलें हैं। एक अनुरोध में इससे ज़्यादा फ़ाइलें नहीं हो सकतीं।
attachment-refused-record-too-large = इस अनुरोध की फ़ाइलें मिलाकर { $megabytes } MB से ज़्यादा हो जाएँगी। एक अनुरोध में इससे ज़्यादा नहीं भेजा जा सकता।
attachment-refused-quota = हब पर आपकी फ़ाइलें आपकी { $megabytes } MB की सीमा से ज़्यादा हो जाएँगी। कुछ फ़ाइलें हटाएँ, या हब से और जगह माँगें।
attachment-refused-image-too-large = तस्वीर { $megapixels } मेगापिक्सेल से बड़ी है। छोटी फ़ोटो भेजें।
attachment-refused-image-unreadable = तस्वीर पढ़ी नहीं जा सकती। हो सकता है वह खराब हो गई हो।
attachment-refused-no-place = { $place ->
    [message] संदेश अभी हब तक नहीं पहुँचा है। फ़ाइल उसके बाद भेजी जाएगी।
    [requirement] कोष का यह दौर यह अटैचमेंट नहीं माँगता।
    [report] प्रगति रिपोर्ट अभी हब तक नहीं पहुँची है। फ़ाइल उसके बाद भेजी जाएगी।
   *[other] फ़ाइल के लिए एक जगह चुनें।
  }
attachment-refused-not-yours = { $who ->
    [author] संदेश में फ़ाइलें सिर्फ़ उसे लिखने वाला ही अटैच कर सकता है।
   *[requester] फ़ाइलें सिर्फ़ वही व्यक्ति अटैच कर सकता है जिसने अनुरोध दर्ज किया है।
  }

## Uploads (the tus protocol): what the hub answers a client that sent something wrong.

upload-offset-mismatch = हब के पास इस अपलोड के { $bytes } बाइट हैं। बाकी वहीं से आगे भेजें।
upload-checksum-mismatch = जो बाइट पहुँचे, वे अपने चेकसम से मेल नहीं खाते। उन्हें फिर से भेजें।
upload-too-long = अपलोड की लंबाई से ज़्यादा बाइट पहुँचे।
upload-content-type = अपलोड के बाइट application/offset+octet-stream के रूप में भेजें।
upload-version = यह हब tus 1.0.0 इस्तेमाल करता है: Tus-Resumable: 1.0.0 हेडर भेजें।

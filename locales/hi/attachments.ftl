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

## The field app: a request's files, and sending them.

files-heading = फ़ाइलें
files-attach = फ़ाइल अटैच करें
files-photo-sizes = यह फ़ोटो { $original } की है। छोटी करने पर यह { $reduced } की होगी।
files-send-reduced = छोटी करके भेजें, { $size }
files-send-original = मूल फ़ोटो भेजें, { $size }
files-kept = { $name } इस फ़ोन पर रखी गई है। नेटवर्क मिलने पर यह भेज दी जाएगी।
files-failed = फ़ाइल रखी नहीं जा सकी: { $reason }
files-download = डाउनलोड करें, { $size }
files-downloading = डाउनलोड हो रही है…
files-download-failed = फ़ाइल डाउनलोड नहीं हो सकी। नेटवर्क मिलने पर फिर कोशिश करें।
files-show-picture = तस्वीर दिखाएँ
files-picture-of = { $name } की तस्वीर
files-refused = हब ने यह फ़ाइल स्वीकार नहीं की: { $reason }
files-sent = भेज दी गई। हब की सूची में आने पर यह यहाँ दिखेगी।
files-sending = भेजी जा रही है: { $size } में से { $sent }
files-waiting = भेजे जाने के इंतज़ार में
files-waiting-wifi = वाई-फ़ाई के इंतज़ार में (कम-डेटा मोड)
files-send-now = अभी भेजें, { $size }
files-remove = हटाएँ

## The sync indicator: files waiting to go up.

sync-files-waiting = { $size } की फ़ाइलें भेजनी बाकी
sync-files-explain = { $size } की फ़ाइलें इस फ़ोन पर रखी हैं। भेजना मुमकिन होते ही ये हब को भेज दी जाएँगी।

## The Account screen: data use.

account-data-heading = डेटा का इस्तेमाल
account-low-data = कम-डेटा मोड: पहले टेक्स्ट भेजा जाता है; फ़ाइलें वाई-फ़ाई या आपके टैप का इंतज़ार करती हैं
account-low-data-note = भेजने से पहले फ़ोटो नीचे की सेटिंग के हिसाब से छोटी की जाती हैं। डाउनलोड सिर्फ़ तभी होता है जब आप कहें।
account-photo-edge = फ़ोटो छोटी करने का आकार
account-photo-edge-option = लंबी तरफ़ { $px } पिक्सेल
account-photo-quality = फ़ोटो की क्वालिटी
account-photo-quality-option = { $percent }%

## The staff console: a request's files.

console-files-heading = फ़ाइलें
console-files-none = अभी कोई फ़ाइल नहीं।
console-files-picture-of = { $name } की तस्वीर
console-files-on-reply = हब के जवाब में
console-files-on-message = फ़ील्ड से आए संदेश में
console-files-for-requirement = ज़रूरी अटैचमेंट: { $name }
console-files-for-report = प्रगति रिपोर्ट का सबूत
console-files-open = खोलें
console-files-download = डाउनलोड करें
console-files-required-given = { $name }: अटैच है
console-files-required-missing = { $name }: अटैच नहीं है
console-files-attach = जवाब में फ़ाइलें अटैच करें
console-files-attached = { $count ->
    [one] जवाब के साथ एक फ़ाइल भेजी गई।
   *[other] जवाब के साथ { $count } फ़ाइलें भेजी गईं।
  }
console-files-failed = जवाब भेज दिया गया, पर एक फ़ाइल नहीं भेजी जा सकी: { $reason }
console-files-close = बंद करें

## The field app: a fund application's attachments.

files-required-given = { $name }: अटैच है
files-required-missing = { $name }: अभी चाहिए
files-attach-required = अटैच करें
files-report-evidence = “{ $milestone }” की रिपोर्ट का सबूत
files-attach-evidence = सबूत अटैच करें

## The field app: files sent with a message.

files-attach-to-message = फ़ाइलें अटैच करें
files-chosen = { $count ->
    [one] संदेश के साथ भेजी जाएगी: { $names }
   *[other] संदेश के साथ { $count } फ़ाइलें भेजी जाएँगी: { $names }
  }
files-on-message = एक संदेश में

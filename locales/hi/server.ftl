# सर्वर खुद लोगों के लिए जो लिखता है: REST API के त्रुटि संदेश और उसकी CSV फ़ाइलों के शीर्षक।

## Errors every route can answer with

error-unauthorized = पहले साइन इन करें: मान्य साइन-इन ज़रूरी है।
error-token-expired = यह डिवाइस बहुत देर से इस्तेमाल नहीं हुआ: फिर से साइन इन करें।
error-device-revoked = इस डिवाइस को कहीं और से साइन आउट किया गया है: { -brand } ने इस पर जो रखा है, उसे हटा दें।
error-too-many-requests = बहुत ज़्यादा कोशिशें हुईं: { $seconds ->
        [one] एक सेकंड
       *[other] { $seconds } सेकंड
    } बाद फिर कोशिश करें।
error-bad-credentials = यूज़रनेम या पासवर्ड गलत है।
error-too-large = अनुरोध तय सीमा ({ $bytes } बाइट) से बड़ा है।
error-forbidden = आपको यह करने की अनुमति नहीं है।
error-not-found = नहीं मिला।
error-internal = सर्वर पर कुछ गड़बड़ हो गई; आपका सेव किया हुआ कुछ भी नहीं खोया।

## The header row of the CSV exports, one message per column (other languages use words).

csv-id = आईडी
csv-at = समय
csv-kind = प्रकार
csv-category = विषय
csv-country = देश
csv-city = शहर
csv-status = स्थिति
csv-priority = प्राथमिकता
csv-assignee = ज़िम्मेदार
csv-tags = टैग
csv-duplicate_of = जिसका डुप्लिकेट है
csv-received_at = मिलने का समय
csv-first_response_at = पहले जवाब का समय
csv-resolved_at = हल होने का समय
csv-sla_due_at = SLA की समय-सीमा
csv-message_count = संदेशों की संख्या
csv-requested_cents = माँगी गई राशि (सेंट में)
csv-round_id = दौर की आईडी
csv-request_id = अनुरोध की आईडी
csv-entry = प्रविष्टि का प्रकार
csv-amount_cents = राशि (सेंट में)
csv-currency = मुद्रा
csv-actor = करने वाला
csv-actor_role = करने वाले की भूमिका
csv-note = नोट
csv-action = कार्रवाई
csv-actor_id = करने वाले की आईडी
csv-device_id = डिवाइस की आईडी
csv-subject = संबंधित
csv-detail = विवरण

## The name a device gets when its owner gives none at sign-in: what it is.

device-default-android = Android फ़ोन
device-default-ios = iPhone या iPad
device-default-windows = Windows कंप्यूटर
device-default-macos = Mac
device-default-linux = Linux कंप्यूटर
device-default-other = बिना नाम का डिवाइस

## Accounts (the console's People screen, sign-in, resetting a password)

account-username-invalid = यूज़रनेम में 1 से 64 तक अक्षर, अंक, बिंदु, हाइफ़न या अंडरस्कोर होते हैं।
account-password-too-short = पासवर्ड में कम से कम { $min } अक्षर होने चाहिए।
account-password-too-long = पासवर्ड में ज़्यादा से ज़्यादा { $max } अक्षर हो सकते हैं।
# $value: जो दिया गया; $expected: अनुमत कोडों की सूची।
account-unknown-code = “{ $value }” यहाँ मान्य नहीं है। इनमें से एक चुनें: { $expected }।
account-city-invalid = शहर के नाम में ज़्यादा से ज़्यादा { $max } अक्षर हो सकते हैं, और कोई कंट्रोल कैरेक्टर नहीं।
account-countries-not-staff = सिर्फ़ एजेंट और कोष प्रबंधकों को ही कुछ देशों तक सीमित किया जा सकता है।
account-username-taken = यह यूज़रनेम पहले से किसी और का है।
account-self-demote = आप खुद से प्रशासक की भूमिका नहीं हटा सकते; कोई दूसरा प्रशासक हटा सकता है।
account-self-deactivate = आप अपना खाता खुद निष्क्रिय नहीं कर सकते; कोई दूसरा प्रशासक कर सकता है।
signin-password-empty = अपना पासवर्ड लिखें।
device-name-too-long = डिवाइस के नाम में ज़्यादा से ज़्यादा 60 अक्षर हो सकते हैं।
device-name-control-characters = डिवाइस के नाम में कंट्रोल कैरेक्टर नहीं हो सकते।
erase-self = आप अपना खाता खुद नहीं मिटा सकते; कोई दूसरा प्रशासक मिटा सकता है।
erase-confirm = पुष्टि के लिए उस व्यक्ति का यूज़रनेम लिखें। मिटाने के बाद कुछ वापस नहीं लाया जा सकता।

## The fund (decisions, grants, rounds)

fund-not-an-application = निर्णय सिर्फ़ उसी कोष पूछताछ पर लिया जा सकता है जिसमें आवेदन हो।
fund-no-application = इस अनुरोध में कोई कोष आवेदन नहीं है।
fund-no-round = आवेदन में कोष का कोई दौर नहीं चुना गया है।
fund-round-missing = आवेदन में चुना गया कोष का दौर अब मौजूद नहीं है।
fund-not-submitted = आवेदन जमा नहीं किया गया है, या बदलाव के लिए लौटा दिया गया है।
fund-already-decided = इस आवेदन पर निर्णय पहले ही हो चुका है।
# $remaining: मुद्रा के साथ लिखी राशि, जैसे USD 2,500.00।
fund-pool-exhausted = इस दौर में { $remaining } बचे हैं, जो इस राशि के लिए काफ़ी नहीं हैं। कुछ भी आवंटित नहीं किया गया।
fund-pool-below-committed = पहले से आवंटित राशि नई कुल राशि से ज़्यादा है।
fund-not-approved = भुगतान सिर्फ़ मंज़ूर अनुदान का ही होता है।
fund-grant-closed = अंतिम रिपोर्ट के साथ यह अनुदान बंद हो चुका है।

## Reports, guidance and canned responses

reports-not-a-date = तारीख़ साल-महीना-दिन के रूप में लिखें, जैसे 2026-12-31।
reports-from-after-to = शुरू की तारीख़ आख़िरी तारीख़ से पहले होनी चाहिए।
guidance-unknown-version-of = इस आईडी का कोई मार्गदर्शन नहीं है।
canned-unknown-version-of = इस आईडी का कोई तैयार जवाब नहीं है।

## Notifications

push-endpoint-not-url = पुश सब्सक्रिप्शन का एंडपॉइंट पूरा वेब पता होना चाहिए।
push-endpoint-not-https = हब सूचनाएँ सिर्फ़ HTTPS से भेजता है।
push-endpoint-unknown-host = हब सूचनाएँ सिर्फ़ जानी-पहचानी पुश सेवाओं को भेजता है।
push-endpoint-private = हब किसी निजी नेटवर्क के अंदर के पतों पर सूचनाएँ नहीं भेजता।
push-endpoint-unusual = इस पुश पते में उपयोगकर्ता नाम या असामान्य पोर्ट है; हब इस पर नहीं भेजता।
push-keys-invalid = ये किसी पुश सब्सक्रिप्शन की कुंजियाँ नहीं हैं।
notification-preferences-invalid = यह चुनाव यहाँ आपके करने का नहीं है।
notification-email-invalid = name@example.org जैसा ईमेल पता लिखें।
# $max is a number.
notification-ids-too-many = एक बार में ज़्यादा से ज़्यादा { $max } सूचनाएँ चिह्नित करें।

## Digests (email to staff: counts and a link only)

# $count is a number.
notification-digest-subject = { $count ->
    [one] हब पर आपके लिए एक काम इंतज़ार कर रहा है
   *[other] हब पर आपके लिए { $count } काम इंतज़ार कर रहे हैं
}
notification-digest-intro = आपके पिछले सारांश के बाद से:
notification-digest-new-request = { $count ->
    [one] एक नया अनुरोध
   *[other] { $count } नए अनुरोध
}
notification-digest-urgent-request = { $count ->
    [one] एक नया ज़रूरी अनुरोध
   *[other] { $count } नए ज़रूरी अनुरोध
}
notification-digest-field-replied = { $count ->
    [one] आपके अनुरोधों पर फ़ील्ड से एक जवाब
   *[other] आपके अनुरोधों पर फ़ील्ड से { $count } जवाब
}
notification-digest-assigned = { $count ->
    [one] आपको सौंपा गया एक अनुरोध
   *[other] आपको सौंपे गए { $count } अनुरोध
}
notification-digest-sla-breaching = { $count ->
    [one] सेवा-सीमा के क़रीब एक अनुरोध
   *[other] सेवा-सीमा के क़रीब { $count } अनुरोध
}
# $link is the console's address.
notification-digest-open = इन्हें देखने के लिए कंसोल खोलें: { $link }

## Events
event-over = यह कार्यक्रम ख़त्म हो चुका है; इसमें अब और पंजीकरण नहीं लिए जाते।
event-not-admitted = यह व्यक्ति अभी प्रतीक्षा सूची में है: केवल जिसे सीट मिली हो, वही उपस्थित माना जा सकता है।
feedback-not-attended = किसी कार्यक्रम पर प्रतिक्रिया सिर्फ़ वही लोग दे सकते हैं जिन्हें उसमें उपस्थित दर्ज किया गया हो।
feedback-not-over = यह कार्यक्रम अभी ख़त्म नहीं हुआ है; ख़त्म होने पर प्रतिक्रिया दी जा सकेगी।
directory-city-listed = यह शहर पहले से निर्देशिका में है। इसके बजाय इसकी प्रविष्टि बदलें।
directory-already-listed = यह व्यक्ति पहले से निर्देशिका में है। इसके बजाय उनकी प्रविष्टि बदलें।
needs-city-not-member = यह शहर अब नेटवर्क का सदस्य नहीं है, इसलिए उससे उसकी ज़रूरतें नहीं पूछी जातीं।
handover-already-theirs = यह अनुरोध पहले से उन्हीं का है।
handover-elsewhere = अनुरोध केवल उसके अपने शहर के किसी व्यक्ति को सौंपा जाता है: यह खाता किसी दूसरे शहर का है, या किसी शहर का नहीं है।
referral-to-requester = अनुरोधकर्ता को ख़ुद उन्हीं के पास रेफ़र नहीं किया जाता।
referral-already = इस अनुरोध पर इस व्यक्ति को पहले ही रेफ़र किया जा चुका है।
referral-answered = इस रेफ़रल का जवाब पहले ही दिया जा चुका है।
practice-not-now = इस अनुभव को अब इस तरह बदला नहीं जा सकता: यह प्रकाशित हो चुका है या वापस लिया जा चुका है।
practice-heading-done = क्या किया गया
practice-heading-risk = जिस जोखिम से निपटा गया
practice-heading-partners = इस पर किसने काम किया
practice-heading-outcome = इसका क्या नतीजा निकला
practice-heading-contacts = किससे पूछें

# फ़ील्ड ऐप (फ़ील्ड अधिकारियों का फ़ोन ऐप): उसका ढाँचा, साइन-इन, लॉक, खाता, अनुरोधों की सूची
# और मार्गदर्शन। फ़ॉर्म और किसी अनुरोध की अपनी स्क्रीन requests.ftl में हैं।

## What shows before the catalogue is loaded (kept for the next start)

boot-loading = { -brand } लोड हो रहा है…
boot-retrying = { -brand } लोड होते समय नेटवर्क टूट गया। फिर से कोशिश हो रही है…

## The frame

app-meta =
    .content = दक्षिण एशिया क्षेत्रीय हब से मदद माँगें, उसके जवाब देखें और उसका मार्गदर्शन पढ़ें, नेटवर्क हो या न हो।
nav-back =
    .aria-label = पीछे
nav-main =
    .aria-label = मुख्य
tab-requests = अनुरोध
tab-new = हब से पूछें
tab-guidance = मार्गदर्शन
tab-account = खाता
sync-offline = ऑफ़लाइन
# विंडो के शीर्षक में स्क्रीन का नाम; जिन स्क्रीन का नाम नहीं है, वे सिर्फ़ ब्रांड दिखाती हैं।
app-title = { $screen } · { -brand }
# $error: ब्राउज़र का अपना विवरण (अक्सर अंग्रेज़ी में)।
app-screen-failed = यह स्क्रीन नहीं खुल सकी: { $error }
app-start-failed = { -brand } शुरू नहीं हो सका: { $error }
app-open-elsewhere = { -brand } इस डिवाइस पर किसी दूसरे टैब या विंडो में पहले से खुला है।
app-open-elsewhere-note = एक समय में सिर्फ़ एक ही जगह आपका काम रखा जा सकता है, ताकि कुछ भी दो बार न लिखा जाए। दूसरा टैब या विंडो बंद करें, फिर दोबारा कोशिश करें।
app-try-again = फिर कोशिश करें
app-signed-out = साइन आउट हो गया। इस फ़ोन पर आपका कुछ भी नहीं बचा है।
# किसी दूसरे व्यक्ति का काम रखने वाले फ़ोन पर कोई और साइन इन करता है।
app-other-person = इस फ़ोन पर { $username } का काम रखा है। आगे बढ़ने के लिए { $username } के रूप में साइन इन करें।

## Banners under the top bar

banner-session-rejected = हब ने इस फ़ोन का साइन-इन स्वीकार नहीं किया। अपना काम भेजने के लिए फिर से साइन इन करें; यहाँ का कुछ भी नहीं खोया है।
banner-session-rejected-action = साइन इन करें
banner-offline = ऑफ़लाइन। आप जो लिखते हैं, वह इस फ़ोन पर रखा जाता है और ऑनलाइन आने पर भेज दिया जाता है।
banner-update = { -brand } का नया संस्करण तैयार है।
banner-update-action = फिर से लोड करें

## The sync indicator in the top bar (short) and what it explains when tapped.
## $count and $waiting count requests with changes only on this phone.

sync-sign-in = सिंक के लिए साइन इन करें
sync-sending-count = { $count } भेजे जा रहे हैं…
sync-up-to-date = सब अपडेट है
sync-offline-waiting = ऑफ़लाइन · { $count } बाकी
sync-connecting = जुड़ रहा है…
sync-connecting-waiting = जुड़ रहा है… · { $count } बाकी
# हब से लंबा मिलान: $docs रिकॉर्ड और $kb किलोबाइट बाकी।
sync-catching-up-short = { $docs } बाकी · { $kb } KB
sync-catching-up =
    हब से मिलान हो रहा है: अभी { $docs ->
        [one] { $docs } रिकॉर्ड
       *[other] { $docs } रिकॉर्ड
    } और { $kb } KB बाकी हैं। आप काम जारी रख सकते हैं।
sync-explain-connected =
    हब से जुड़ा है। { $waiting ->
        [0] इस फ़ोन का सब कुछ हब के पास है।
        [one] { $waiting } अनुरोध में ऐसे बदलाव हैं जो सिर्फ़ इस फ़ोन पर हैं।
       *[other] { $waiting } अनुरोधों में ऐसे बदलाव हैं जो सिर्फ़ इस फ़ोन पर हैं।
    }
sync-explain-offline =
    नेटवर्क नहीं है। { $waiting ->
        [0] इस फ़ोन का सब कुछ हब के पास है।
        [one] { $waiting } अनुरोध में ऐसे बदलाव हैं जो सिर्फ़ इस फ़ोन पर हैं। नेटवर्क लौटने पर ये भेज दिए जाएँगे।
       *[other] { $waiting } अनुरोधों में ऐसे बदलाव हैं जो सिर्फ़ इस फ़ोन पर हैं। नेटवर्क लौटने पर ये भेज दिए जाएँगे।
    }
sync-explain-connecting =
    अभी हब से नहीं जुड़ा है। { $waiting ->
        [0] इस फ़ोन का सब कुछ हब के पास है।
        [one] { $waiting } अनुरोध में ऐसे बदलाव हैं जो सिर्फ़ इस फ़ोन पर हैं।
       *[other] { $waiting } अनुरोधों में ऐसे बदलाव हैं जो सिर्फ़ इस फ़ोन पर हैं।
    }
# $seconds: हब तक पहुँचने की अगली कोशिश कब होगी।
sync-explain-retrying =
    अभी हब से नहीं जुड़ा है। { $seconds } सेकंड में फिर कोशिश होगी। { $waiting ->
        [0] इस फ़ोन का सब कुछ हब के पास है।
        [one] { $waiting } अनुरोध में ऐसे बदलाव हैं जो सिर्फ़ इस फ़ोन पर हैं।
       *[other] { $waiting } अनुरोधों में ऐसे बदलाव हैं जो सिर्फ़ इस फ़ोन पर हैं।
    }

## Signing in

signin-tagline = दक्षिण एशिया क्षेत्रीय हब का हेल्प डेस्क, आपकी जेब में।
signin-username = यूज़रनेम
signin-password = पासवर्ड
signin-submit = साइन इन करें
signin-busy = साइन इन हो रहा है…
signin-empty = अपना यूज़रनेम और पासवर्ड लिखें।
signin-unreachable = हब से संपर्क नहीं हो पा रहा है। साइन इन के लिए एक बार नेटवर्क चाहिए; उसके बाद ऐप ऑफ़लाइन भी चलता है।
signin-wrong = यह यूज़रनेम और पासवर्ड मेल नहीं खाते।
signin-failed = साइन इन नहीं हो सका (HTTP { $status })।
signin-staff = यह ऐप फ़ील्ड में काम करने वाले अधिकारियों के लिए है। हब स्टाफ़ /console/ पर कंसोल में काम करता है।
signin-network-note = एक बार साइन इन करने के लिए नेटवर्क चाहिए। उसके बाद { -brand } बिना नेटवर्क के भी चलता है: सब कुछ इस फ़ोन पर रखा जाता है और नेटवर्क लौटने पर भेज दिया जाता है।
signin-again = अपना काम हब को भेजने के लिए फिर से साइन इन करें। इस डिवाइस पर कुछ भी नहीं खोया है।
# $days दिन तक हब से न जुड़ने पर फ़ोन ने खुद को लॉक कर लिया।
signin-offline-locked =
    { $days ->
        [one] यह फ़ोन { $days } दिन से ज़्यादा समय से हब से नहीं जुड़ा, इसलिए { -brand } ने इसे लॉक कर दिया।
       *[other] यह फ़ोन { $days } दिनों से ज़्यादा समय से हब से नहीं जुड़ा, इसलिए { -brand } ने इसे लॉक कर दिया।
    }
signin-offline-locked-next = आगे बढ़ने के लिए ऑनलाइन साइन इन करें, फिर अपना पिन डालें। जो आपने अभी तक नहीं भेजा है, वह अब भी इस फ़ोन पर एन्क्रिप्ट करके रखा है।
# मालिक पिन भूल गया; $unsent अनुरोधों में ऐसे बदलाव हैं जो कभी नहीं भेजे गए।
signin-forgot-title = साइन इन करने पर यह फ़ोन नए सिरे से शुरू होगा।
signin-forgot-text =
    { $unsent ->
        [0] जो कुछ हब तक पहुँचा था, वह सब वापस आ जाएगा। इरादा बदल गया? पिन डालने के लिए पेज फिर से लोड करें।
        [one] { $unsent } अनुरोध में ऐसे बदलाव हैं जो कभी हब तक नहीं पहुँचे; वे खो जाएँगे। जो कुछ हब तक पहुँचा था, वह सब वापस आ जाएगा। इरादा बदल गया? पिन डालने के लिए पेज फिर से लोड करें।
       *[other] { $unsent } अनुरोधों में ऐसे बदलाव हैं जो कभी हब तक नहीं पहुँचे; वे खो जाएँगे। जो कुछ हब तक पहुँचा था, वह सब वापस आ जाएगा। इरादा बदल गया? पिन डालने के लिए पेज फिर से लोड करें।
    }
# फ़ोन खाली क्यों है: उसने $when (तारीख़ और समय) को अपना रखा सब कुछ मिटा दिया।
signin-wiped-pins-title = इस फ़ोन पर बहुत बार गलत पिन डाला गया।
signin-wiped-pins-text = { $when } को, आख़िरी गलत कोशिश के बाद, { -brand } ने यहाँ रखा सब कुछ मिटा दिया, ड्राफ़्ट और न भेजा गया काम भी। फिर से साइन इन करें; जो हब तक पहुँचा था, वह अब भी वहाँ है।
signin-wiped-revoked-title = इस फ़ोन को कहीं और से { -brand } से साइन आउट किया गया।
signin-wiped-revoked-text = { $when } को हब ने इस फ़ोन को बताया कि इसकी पहुँच हटा दी गई है, या तो आपने किसी दूसरे डिवाइस से या हब के किसी प्रशासक ने। इसलिए { -brand } ने यहाँ रखा सब कुछ मिटा दिया, ड्राफ़्ट और न भेजा गया काम भी। अगर यह गलती से हुआ, तो फिर से साइन इन करें; जो हब तक पहुँचा था, वह अब भी वहाँ है।

## The lock: choosing a PIN, and unlocking with it

lock-choose-title = इस फ़ोन के लिए पिन चुनें
# $min से $max अंक; $minutes मिनट इस्तेमाल न होने पर फ़ोन खुद लॉक हो जाता है।
lock-choose-text =
    { -brand } आपके अनुरोध इस फ़ोन पर एन्क्रिप्ट करके रखता है, ताकि फ़ोन उठाने वाला कोई भी उन्हें पढ़ न सके। { $min } से { $max } अंकों का पिन चुनें: { -brand } खुलने पर हर बार, और { $minutes ->
        [one] { $minutes } मिनट
       *[other] { $minutes } मिनट
    } तक इस्तेमाल न होने पर, आपको यह पिन डालना होगा।
lock-new-pin = नया पिन
lock-pin-again = वही पिन दोबारा
lock-save = पिन सेव करें
lock-saving = यह फ़ोन लॉक हो रहा है…
lock-pins-differ = दोनों पिन एक जैसे नहीं हैं। एक ही पिन दो बार लिखें।
lock-forget-note = अगर आप इसे भूल जाएँ, तो फिर से ऑनलाइन साइन इन करें; सिर्फ़ वही खोएगा जो इस फ़ोन ने अभी तक हब को नहीं भेजा है।
lock-locked-title = { -brand } लॉक है
lock-enter-pin = इसे खोलने के लिए { $username } का पिन डालें।
lock-pin = पिन
lock-unlock = अनलॉक करें
lock-unlocking = अनलॉक हो रहा है…
lock-empty = अपना पिन डालें।
# फ़ोन का रखा सब कुछ मिटने से पहले $left गलत कोशिशें बाकी हैं।
lock-wrong-pin =
    यह पिन सही नहीं है। { $left ->
        [one] { $left } कोशिश और बची है
       *[other] { $left } कोशिशें और बची हैं
    }, उसके बाद { -brand } इस फ़ोन पर रखा सब कुछ मिटा देगा।
lock-forgot-summary = पिन भूल गए?
lock-forgot-text = पिन के बिना कोई भी नहीं पढ़ सकता कि { -brand } इस फ़ोन पर क्या रखता है, हब भी नहीं। आप फिर से ऑनलाइन साइन इन करके इस फ़ोन को नए सिरे से शुरू कर सकते हैं: जो कुछ हब तक पहुँचा था, वह वापस आ जाएगा; जो कभी फ़ोन से बाहर नहीं गया, वह खो जाएगा।
lock-forgot-unsent =
    { $unsent ->
        [0] जहाँ तक इस फ़ोन को पता है, इस पर का सब कुछ हब तक पहुँच चुका है।
        [one] { $unsent } अनुरोध में ऐसे बदलाव हैं जो अभी हब को नहीं भेजे गए; वे खो जाएँगे।
       *[other] { $unsent } अनुरोधों में ऐसे बदलाव हैं जो अभी हब को नहीं भेजे गए; वे खो जाएँगे।
    }
lock-start-afresh = फिर से साइन इन करें और नए सिरे से शुरू करें
# नए पिन में क्या गलत है ($min और $max: सबसे छोटा और सबसे लंबा पिन)।
lock-pin-digits-only = पिन में सिर्फ़ अंक होते हैं।
lock-pin-too-short = पिन में कम से कम { $min } अंक होने चाहिए।
lock-pin-too-long = पिन में ज़्यादा से ज़्यादा { $max } अंक हो सकते हैं।
lock-pin-repeated = एक ही अंक को दोहराकर बने पिन का अंदाज़ा लगाना बहुत आसान है।
lock-pin-in-a-row = क्रम से आने वाले अंकों (जैसे 123456) वाले पिन का अंदाज़ा लगाना बहुत आसान है।

## Account

account-title = खाता
account-role = भूमिका
account-place = स्थान
account-place-value = { $city }, { $country }
account-on-phone = इस फ़ोन पर
account-requests = अनुरोध
# फ़ोन पर $total अनुरोध, जिनमें से $waiting में ऐसे बदलाव हैं जो हब के पास अभी नहीं हैं।
account-requests-count =
    { $waiting ->
        [0] { $total }, सभी हब के पास
       *[other] { $total } ({ $waiting } अभी हब के पास नहीं)
    }
account-guidance = मार्गदर्शन
account-guidance-count = { $count } ऑफ़लाइन पढ़ने के लिए सेव हैं
account-drafts = ड्राफ़्ट
account-language = भाषा
account-language-offline = यह भाषा बिना नेटवर्क के लोड नहीं हो सकती। फ़ोन ऑनलाइन होने पर फिर कोशिश करें।
account-devices = आपके डिवाइस
account-devices-offline = यह फ़ोन ऑनलाइन होने पर दिखेगा।
# $name: डिवाइस का नाम; $when: तारीख़ और समय।
account-device-this-phone = { $name } (यह फ़ोन)
account-device-signed-out = { $when } को साइन आउट हुआ
account-device-last-seen = आख़िरी बार { $when } को देखा गया
account-revoke = इसे साइन आउट करें
account-revoke-confirm = "{ $name }" को साइन आउट करें? अगर वह खो गया है, तो अगली बार ऑनलाइन आने पर उस पर { -brand } का रखा सब कुछ मिट जाएगा।
account-revoke-failed = यह हब तक नहीं पहुँचा। नेटवर्क मिलने पर फिर कोशिश करें।
account-sign-out = साइन आउट करें
account-sign-out-question = साइन आउट करें?
account-sign-out-text = आपके अनुरोध और मार्गदर्शन इस फ़ोन से हटा दिए जाएँगे। वे हब के पास रहेंगे: उन्हें वापस पाने के लिए फिर से साइन इन करें।
account-at-risk-title = कुछ काम सिर्फ़ इस फ़ोन पर है
account-at-risk-text = साइन आउट करने पर { -brand } इस फ़ोन पर रखा सब कुछ मिटा देगा। ये अभी हब के पास नहीं हैं और खो जाएँगे:
# ऐसा अनुरोध जो अभी हब के पास नहीं है: उसका शीर्षक, और वह कहाँ है ($sync: device या sending)।
account-unsent-request =
    { $title } ({ $sync ->
        [sending] भेजा जा रहा है…
       *[device] सिर्फ़ इस डिवाइस पर
    })
account-unsent-drafts =
    { $count ->
        [one] { $count } अधूरा ड्राफ़्ट
       *[other] { $count } अधूरे ड्राफ़्ट
    }
account-keep-note = इन्हें बचाने के लिए नेटवर्क से जुड़ें और तब तक इंतज़ार करें जब तक इन पर “{ sync-hub }” न दिखे।
account-keep-signed-in = मुझे साइन इन रहने दें
account-sign-out-delete = साइन आउट करें और इन्हें मिटा दें
account-signing-out = साइन आउट हो रहा है…

## The list of requests

list-title = मेरे अनुरोध
list-new = + नया
list-empty = अभी यहाँ कुछ नहीं है।
list-empty-note = हब से मदद माँगें या सहायता कोष के बारे में पूछें। आप जो लिखते हैं, वह ऑफ़लाइन होने पर भी इस फ़ोन पर रखा जाता है, और नेटवर्क मिलने पर हब को भेज दिया जाता है।
list-empty-action = हब से पूछें
list-chip-team = आपकी शहर टीम से
list-chip-replied = हब ने जवाब दिया
list-chip-conflict = आपका चुनाव ज़रूरी

## Drafts

# अधूरा छोड़ा गया फ़ॉर्म; $title: शीर्षक में जो लिखा गया था।
draft-unfinished-request = अधूरा अनुरोध: { $title }
draft-unfinished-fund = अधूरी कोष पूछताछ: { $title }
draft-untitled = बिना शीर्षक
draft-saving = ड्राफ़्ट सेव हो रहा है…
draft-saved = ड्राफ़्ट इस डिवाइस पर सेव हो गया
draft-failed = ड्राफ़्ट इस डिवाइस पर सेव नहीं हो सका। यह स्क्रीन खुली रखें।

## Guidance

guidance-title = मार्गदर्शन
guidance-intro = हब का प्रकाशित मार्गदर्शन: स्थानीय कार्य योजना कैसे लिखें, सहायता कोष के नियम, टेम्पलेट और दूसरे शहरों के अच्छे अनुभव।
guidance-saved = ऑफ़लाइन पढ़ने के लिए इस फ़ोन पर सेव है
guidance-empty = इस फ़ोन पर अभी कोई मार्गदर्शन नहीं है।
guidance-empty-note = हब जो प्रकाशित करता है, वह अगली बार ऑनलाइन होने पर आ जाता है और ऑफ़लाइन भी पढ़ा जा सकता है।
guidance-missing = यह मार्गदर्शन अभी इस फ़ोन पर नहीं है। यह अगली बार ऑनलाइन होने पर आ जाएगा।
# $date: एक तारीख़।
guidance-published = { $date } को प्रकाशित
# सूची में किसी आइटम के नीचे: वे दूसरी भाषाएँ जिनमें यह भी है, जैसे "बांग्ला और उर्दू"।
guidance-also-in = { $languages } में भी
# आइटम के दूसरी भाषाओं वाले संस्करणों के लिंक से पहले।
guidance-versions = दूसरी भाषाओं में:

## Events: the hub's trainings, workshops, dialogues and exchange visits (a link on the
## guidance screen opens them).
events-link = प्रशिक्षण और कार्यक्रम
# कार्यक्रमों की सूची के नीचे: हब से नेटवर्क के किसी दूसरे शहर के दौरे की व्यवस्था करने को कहता है।
events-ask-exchange = साथी शहर के आदान-प्रदान दौरे का अनुरोध करें
events-title = कार्यक्रम
events-intro = हब द्वारा आयोजित प्रशिक्षण, कार्यशालाएँ, संवाद और आदान-प्रदान दौरे। नेटवर्क हो या न हो, यहाँ पंजीकरण करें: सीटें उसी क्रम में मिलती हैं जिस क्रम में पंजीकरण हब तक पहुँचते हैं।
events-empty = अभी कोई आने वाला कार्यक्रम नहीं है। बाद में फिर देखें।
events-as-of = { $when } तक की स्थिति, जब यह फ़ोन आख़िरी बार हब से जुड़ा था।
events-hub-http = हब ने त्रुटि के साथ जवाब दिया (HTTP { $status })। बाद में फिर कोशिश करें।
events-kind-training = प्रशिक्षण
events-kind-workshop = कार्यशाला
events-kind-dialogue = संवाद
events-kind-exchange_visit = आदान-प्रदान दौरा
events-online = ऑनलाइन
events-seats = { $seats } में से { $admitted } सीटें भर चुकी हैं
events-seats-full = सभी { $seats } सीटें भर चुकी हैं · { $waiting } इंतज़ार में
events-register = पंजीकरण करें
events-cancel = मेरा पंजीकरण रद्द करें
events-dismiss = ठीक है
events-status-admitted = आपको सीट मिल गई है।
events-status-waiting = आप प्रतीक्षा सूची में हैं। अगर कोई अपना पंजीकरण रद्द करता है, तो आपको सीट मिल जाएगी।
events-status-queued-register = आपका पंजीकरण इस फ़ोन पर रखा है। फ़ोन ऑनलाइन होने पर यह भेज दिया जाएगा।
events-status-queued-cancel = पंजीकरण रद्द करने का आपका फ़ैसला इस फ़ोन पर रखा है। फ़ोन ऑनलाइन होने पर यह भेज दिया जाएगा।

## Feedback after an event the person attended

feedback-title = हब को बताएँ कि कार्यक्रम कैसा रहा
feedback-scale = 1 यानी ख़राब, 5 यानी बहुत बढ़िया।
feedback-rating = कार्यक्रम कैसा रहा?
feedback-usefulness = यह आपके काम के लिए कितना उपयोगी है?
feedback-comment = कुछ और कहना चाहेंगे? (वैकल्पिक)
feedback-send = भेजें
feedback-queued = धन्यवाद। आपका जवाब इस फ़ोन पर रखा है। फ़ोन ऑनलाइन होने पर यह हब को भेज दिया जाएगा।

## The directory

directory-link = लोग और शहर
directory-title = निर्देशिका
directory-intro = सदस्य शहर और वे लोग जो मदद कर सकते हैं: विशेषज्ञ और फ़ील्ड अधिकारी, जिन्होंने यह काम ख़ुद किया है। यह इस फ़ोन पर रखी है, इसलिए आप ऑफ़लाइन भी इसमें खोज सकते हैं।
directory-search = निर्देशिका में खोजें
directory-search-hint = नाम, विषय, भाषा या शहर
directory-people = लोग
directory-cities = सदस्य शहर
directory-empty = निर्देशिका में इस खोज से मेल खाता कुछ नहीं है।
directory-not-yet = निर्देशिका अभी इस फ़ोन तक नहीं पहुँची है। कनेक्शन मिलने पर यह स्क्रीन फिर से खोलें।
directory-as-of = { $when } तक की स्थिति, जब यह फ़ोन आख़िरी बार हब से जुड़ा था।
directory-hub-http = हब ने त्रुटि के साथ जवाब दिया (HTTP { $status })। बाद में फिर कोशिश करें।
directory-mine = आपकी प्रविष्टि
directory-mine-note = आपका नाम, आप क्या मदद देते हैं और आपका शहर हमेशा दिखाए जाते हैं। बाकी में से दूसरे क्या देखें, यह आप चुनें; हब सब कुछ देखता है।
directory-mine-shown = दूसरे देखते हैं
directory-mine-listed = मुझे निर्देशिका में शामिल करें
directory-mine-save = सेव करें
directory-mine-queued = इस फ़ोन पर सेव है; आपके ऑनलाइन होने पर यह हब तक पहुँच जाएगा।

## A city's needs

needs-link = इस तिमाही आपके शहर की ज़रूरतें
needs-title = शहर की ज़रूरतें
needs-intro = हर तिमाही में एक बार, हर सदस्य शहर हब को बताता है कि उसे क्या चाहिए। हब आपके जवाबों के आधार पर अपने प्रशिक्षण और सहायता की योजना बनाता है। आप इसे ऑफ़लाइन भी भर सकते हैं; आपके ऑनलाइन होने पर यह भेज दिया जाएगा।
needs-none = आप किसी सदस्य शहर के फ़ोकल पॉइंट नहीं हैं, इसलिए यहाँ भरने के लिए कुछ नहीं है।
needs-city = { $city }, { $period }
needs-topics = किन विषयों पर
needs-detail = अपने शब्दों में (वैकल्पिक)
needs-send = हब को भेजें
needs-queued = इस फ़ोन पर सेव है; आपके ऑनलाइन होने पर यह हब तक पहुँच जाएगा।
needs-sent = { $when } को भेजा गया। तिमाही ख़त्म होने तक आप अपने जवाब बदल सकते हैं।

## Handing a request to a successor

detail-handed-to-you = आपके शहर का नेतृत्व बदलने पर यह { $date } को आपको सौंपा गया। अब यह आपका है।
handover-title = अपने उत्तराधिकारी को सौंपें
handover-note = अगर इस शहर में आपका काम कोई और संभालता है, तो यह अनुरोध उसकी बातचीत और कोष आवेदन (यदि हो) के साथ उन्हें सौंप दें। तब से यह उनका होगा, और आपको यह नहीं दिखेगा।
handover-successor = आपके उत्तराधिकारी का यूज़रनेम
handover-send = सौंपें
handover-offline = सौंपने के लिए हब से कनेक्शन चाहिए। ऑनलाइन होने पर फिर कोशिश करें।
handover-failed = हब इसे सौंप नहीं सका (HTTP { $status })। बाद में फिर कोशिश करें।
handover-done = { $successor } को सौंप दिया गया। अगली बार हब तक पहुँचने पर यह इस फ़ोन से हट जाएगा।

## Referrals

referral-offers-title = आपसे मदद माँगी गई
referral-offer-note = हब को लगता है कि आप इस अनुरोध में मदद कर सकते हैं। स्वीकार करने पर आप इसे पढ़ सकेंगे और इसकी बातचीत में शामिल होंगे; अनुरोधकर्ता देखेंगे कि आपको उनसे जोड़ा गया है।
referral-accept = स्वीकार करें
referral-decline = अस्वीकार करें
referral-offline = जवाब देने के लिए हब से कनेक्शन चाहिए। ऑनलाइन होने पर फिर कोशिश करें।
referral-hub-http = हब ने त्रुटि के साथ जवाब दिया (HTTP { $status })। बाद में फिर कोशिश करें।
list-chip-referred = आपको रेफ़र किया गया
detail-referred-to-you = हब ने यह अनुरोध आपको रेफ़र किया है। आप इसे पढ़ सकते हैं और इसकी बातचीत में लिख सकते हैं।
detail-connected-with = हब ने आपको { $names } से जोड़ा है।

## Shared practice

practice-link = अच्छा अनुभव साझा करें
practice-title = अच्छा अनुभव साझा करें
practice-intro = आपके शहर का कोई ऐसा काम जिससे दूसरे सीख सकें: हब को बताएँ कि क्या किया गया, किस जोखिम से निपटा गया और उसका क्या नतीजा निकला। हब आपके साथ मिलकर इसकी समीक्षा करता है और इसे आपके नाम और आपके शहर के साथ लाइब्रेरी में प्रकाशित करता है। आप इसे ऑफ़लाइन भी लिख सकते हैं; आपके ऑनलाइन होने पर यह भेज दिया जाएगा।
practice-mine = आपके साझा किए अनुभव
practice-choose = चुनें…
practice-field-title = शीर्षक
practice-field-topic = विषय
practice-field-done = क्या किया गया
practice-field-risk = जिस जोखिम या समस्या से निपटा गया
practice-field-partners = इस पर किसने काम किया (वैकल्पिक)
practice-field-outcome = इसका क्या नतीजा निकला
practice-field-contacts = इसके बारे में किससे पूछें (वैकल्पिक)
practice-share = हब के साथ साझा करें
practice-send-change = बदलाव भेजें
practice-changing = “{ $title }” में बदलाव।
practice-change = बदलें
practice-withdraw = वापस लें
practice-queued = इस फ़ोन पर सेव है; आपके ऑनलाइन होने पर यह हब तक पहुँच जाएगा।
practice-hub-http = हब ने त्रुटि के साथ जवाब दिया (HTTP { $status })। बाद में फिर कोशिश करें।
practice-stage-submitted = समीक्षा के लिए हब के पास
practice-stage-changes_requested = हब बदलाव चाहता है
practice-stage-published = लाइब्रेरी में
practice-stage-withdrawn = वापस लिया गया
guidance-search = लाइब्रेरी में खोजें
guidance-credit = साझा किया: { $name }, { $city }, { $country }

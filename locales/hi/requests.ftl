# फ़ील्ड ऐप के फ़ॉर्म (नया अनुरोध, कोष आवेदन) और किसी अनुरोध की अपनी स्क्रीन।
#
# राशियाँ ($cap, $total, $amount, $cost) पहले से व्यक्ति के मुद्रा प्रारूप में आती हैं;
# $reason: विफलता का ऐप का अपना कारण; $number 1 से गिनता है।

## Both forms (a new request, editing one)

form-title = शीर्षक
form-topic = विषय
form-country = देश
form-city = शहर
# सूची का खाली पहला विकल्प (देश, बजट श्रेणी)।
form-choose = चुनें…
form-needs-attention = कुछ फ़ील्ड पर आपका ध्यान चाहिए। आपका लिखा कुछ भी नहीं खोया है।
form-could-not-save = सेव नहीं हो सका: { $reason }। आपका लिखा कुछ भी नहीं खोया है।

## A new request

new-screen-help = हब से पूछें
new-screen-fund = कोष पूछताछ
new-screen-exchange = आदान-प्रदान दौरे का अनुरोध करें
# अनुरोध के दो प्रकारों के बीच बदलता है: स्क्रीन रीडर इस जोड़ी का यह नाम पढ़ता है।
new-kind = अनुरोध का प्रकार
new-kind-help = हेल्प डेस्क
new-kind-fund = सहायता कोष
new-title-hint = कुछ शब्द, जो हब सबसे पहले देखेगा।
new-description-help = आपको क्या चाहिए?
new-description-hint-help = बताएँ कि आपको क्या चाहिए, किसके लिए और कब तक। जोखिम में पड़े लोगों के नाम न लिखें।
new-description-fund = आपका सवाल या विचार
new-description-hint-exchange = बताएँ कि आप किस शहर जाना चाहते हैं और क्यों, क्या सीखना चाहते हैं, कौन जाएगा और कब।
new-description-hint-fund = पात्रता या प्रक्रिया के बारे में पूछें, या उस पहल के बारे में बताएँ जिसके लिए आप कोष से पैसा चाहते हैं।
new-choose-topic = विषय चुनें…
new-include-budget = बजट के साथ अनुदान आवेदन भी जोड़ें
new-submit = सेव करें और भेजें
new-saved-note = पहले इस फ़ोन पर सेव होता है, फिर नेटवर्क मिलते ही हब को भेज दिया जाता है।
new-draft-back = आपका अधूरा ड्राफ़्ट वापस आ गया है।
new-saved-online = सेव हो गया। यह हब को भेजा जा रहा है।
new-saved-offline = इस फ़ोन पर सेव हो गया। ऑनलाइन आने पर यह हब को चला जाएगा।

## A grant application and its budget (in a new fund query, and when editing one)

budget-legend = अनुदान आवेदन
budget-cap-note = हर दौर की अपनी अधिकतम सीमा होती है (अगर अलग से न बताया गया हो तो { $cap })। बजट मदों का जोड़ आपकी माँगी गई राशि के बराबर होना चाहिए।
budget-round = कोष का दौर
budget-choose-round = दौर चुनें…
budget-no-round = अभी किसी दौर की जानकारी नहीं: एक बार ऑनलाइन आएँ
# दौरों की सूची में एक दौर: उसका नाम (जैसा हब ने लिखा) और उसकी सीमा।
budget-round-option = { $name } ({ $cap } तक)
budget-lead = मुख्य संस्था
budget-partner = स्थानीय सरकार साझेदार
budget-objectives = उद्देश्य
budget-objectives-hint = यह पहल आपकी स्थानीय कार्य योजना में कैसे मदद करती है।
budget-plan = आपकी स्थानीय कार्य योजना से
budget-risk = योजना में पहचाने गए जोखिम
budget-mitigation = यह पहल उन्हें कैसे कम करती है
budget-partners = साझेदार और संसाधन
budget-timeline = समय-सीमा
budget-timeline-hint = जैसे: मार्च से अगस्त 2026।
budget-milestone-number = पड़ाव { $number }
budget-milestone = पड़ाव
budget-milestone-due = अंतिम तारीख़
budget-milestone-remove = हटाएँ
    .aria-label = पड़ाव { $number } हटाएँ
budget-add-milestone = + पड़ाव जोड़ें
budget-lines = बजट मदें
budget-line = मद { $number }
budget-line-remove = हटाएँ
    .aria-label = बजट मद { $number } हटाएँ
budget-line-category = श्रेणी
budget-line-description = यह किस चीज़ के लिए है
budget-line-quantity = मात्रा
# $currency: मुद्रा का ISO कोड, जैसे USD।
budget-unit-cost = प्रति इकाई लागत ({ $currency })
budget-line-total = मद का कुल { $total }
budget-add-line = + बजट मद जोड़ें
# $currency: मुद्रा का ISO कोड, जैसे USD। placeholder दिखाता है कि राशि कैसे लिखें।
budget-amount = आपकी माँगी गई राशि ({ $currency })
    .placeholder = { NUMBER(0, minimumFractionDigits: 2) }
budget-use-total = मदों का कुल इस्तेमाल करें

## The totals box under the budget

budget-lines-total = बजट मदों का जोड़
budget-requested = आपकी माँग
budget-cap = दौर की अधिकतम सीमा
budget-over-cap = सीमा से ज़्यादा: इस दौर में ज़्यादा से ज़्यादा { $cap } मिलते हैं।
budget-unbalanced = मदों का जोड़ और आपकी माँगी गई राशि बराबर होनी चाहिए।
budget-no-lines = वे बजट मदें जोड़ें जिनसे आपकी माँगी गई राशि बनती है।
budget-ok = ✓ मदों का जोड़ आपकी माँगी गई राशि के बराबर है और सीमा के अंदर है।

## A request's own screen

detail-screen-request = अनुरोध
detail-screen-fund = कोष पूछताछ
detail-missing = यह अनुरोध अभी इस डिवाइस पर नहीं है।
detail-missing-note = यह अगले सिंक के साथ आ जाएगा।
# अनुरोध कहाँ से है: शहर (जैसा अनुरोधकर्ता ने लिखा) और देश।
detail-place = { $city }, { $country }
detail-filed = { $date } को दर्ज किया गया
detail-shared-write = एक सहकर्मी ने इसे आपकी शहर टीम के साथ साझा किया है: आप इसे पढ़ सकते हैं और हब को लिख सकते हैं।
detail-shared-read = एक सहकर्मी ने इसे पढ़ने के लिए आपकी शहर टीम के साथ साझा किया है।
detail-filed-for-you = हब ने यह अनुरोध आपकी ओर से दर्ज किया है ({ $channel })। अपने बाकी अनुरोधों की तरह इस पर नज़र रखें और यहीं जवाब दें।
# हब को एक ही अनुरोध दो बार दर्ज मिला। .link: दूसरे अनुरोध के लिंक के शब्द; लिंक { $link } की जगह आता है।
detail-merged = हब ने इस अनुरोध को { $link } में मिला दिया है और वहीं जवाब देगा।
    .link = एक दूसरे अनुरोध
# $resolution: हब ने अनुरोध कैसे हल किया, उसके स्टाफ़ के अपने शब्दों में।
detail-resolved = हल हुआ: { $resolution }
detail-asked-own = आपने क्या पूछा
detail-asked-other = क्या पूछा गया
detail-edit = बदलें
detail-edit-heading = अनुरोध बदलें
detail-description = आपको क्या चाहिए
detail-save = बदलाव सेव करें
detail-cancel = रद्द करें
detail-edit-back = आपके बिना सेव किए बदलाव वापस आ गए हैं।
detail-changes-saved = बदलाव इस फ़ोन पर सेव हो गए।

## The grant application as filed

detail-application = अनुदान आवेदन
detail-amount-asked = माँगी गई राशि
detail-risks = पहचाने गए जोखिम
detail-mitigation = जोखिम कम करने के उपाय
detail-milestones = पड़ाव
# सूची में एक पड़ाव: उसका नाम (जैसा अनुरोधकर्ता ने लिखा) और अंतिम तारीख़।
detail-milestone = { $name } (अंतिम तारीख़ { $due })
# तालिका में बजट मदों वाले कॉलम का शीर्षक।
detail-line = बजट मद
# तालिका में मात्रा वाले कॉलम का शीर्षक, छोटा।
detail-quantity = मात्रा
detail-total = कुल
# बजट मद की एक इकाई की लागत।
detail-unit-cost = { $cost } प्रति इकाई

## Fields two devices changed while apart

conflict-title = ऑफ़लाइन रहते हुए दो डिवाइस पर अलग-अलग शीर्षक रखा गया।
    .aria-label = शीर्षक चुनें
conflict-topic = ऑफ़लाइन रहते हुए दो डिवाइस पर अलग-अलग विषय रखा गया।
    .aria-label = विषय चुनें
conflict-country = ऑफ़लाइन रहते हुए दो डिवाइस पर अलग-अलग देश रखा गया।
    .aria-label = देश चुनें
conflict-city = ऑफ़लाइन रहते हुए दो डिवाइस पर अलग-अलग शहर रखा गया।
    .aria-label = शहर चुनें
conflict-amount = ऑफ़लाइन रहते हुए दो डिवाइस पर अलग-अलग माँगी गई राशि रखी गई।
    .aria-label = माँगी गई राशि चुनें
# ऐसा फ़ील्ड जिसके लिए ऐप के इस संस्करण में शब्द नहीं हैं; $field: रिकॉर्ड में उसका नाम।
conflict-other = ऑफ़लाइन रहते हुए दो डिवाइस पर अलग-अलग { $field } रखा गया।
    .aria-label = { $field } चुनें
conflict-which = कौन-सा सही है?
conflict-saved = आपका चुनाव सेव हो गया।
conflict-failed = आपका चुनाव सेव नहीं हो सका: { $reason }

## Sharing a request with the requester's city team

share-label = मेरी शहर टीम के साथ साझा करें
share-none = साझा नहीं
share-read = पढ़ने के लिए
share-write = पढ़ने और लिखने के लिए
share-note = जिन अधिकारियों का खाता इस शहर में है, वे भी इसे अपने फ़ोन पर देखते हैं। हब के अंदरूनी नोट कभी साझा नहीं होते।
share-saved = इस फ़ोन पर सेव हो गया।
share-failed = साझा करने की सेटिंग नहीं बदल सकी: { $reason }

## The conversation with the hub

conversation-heading = बातचीत
conversation-empty = अभी कोई संदेश नहीं। हब के जवाब यहाँ दिखेंगे और ऑफ़लाइन भी पढ़े जा सकेंगे।
conversation-from-hub = हब
conversation-from-you = आप
conversation-from-colleague = एक सहकर्मी
conversation-message = आपका संदेश
    .placeholder = हब को लिखें…
conversation-send = भेजें
conversation-sent = हब को भेज दिया गया।
conversation-saved-offline = इस फ़ोन पर सेव हो गया। ऑनलाइन आने पर यह हब को चला जाएगा।
conversation-failed = संदेश सेव नहीं हो सका: { $reason }

## A fund application on the requester's phone

fund-heading = आपका आवेदन
fund-status-draft = ड्राफ़्ट: अभी जमा नहीं किया गया
fund-status-submitted = जमा किया गया
fund-status-under-review = समीक्षा में
fund-status-changes-requested = हब बदलाव माँग रहा है
fund-status-approved = मंज़ूर
fund-status-approved-amount = मंज़ूर: { $amount }
fund-status-declined = नामंज़ूर
fund-edit = आवेदन बदलें
fund-submit = हब को जमा करें
fund-submitted = जमा हो गया। हब तक पहुँचने पर यह लागू होगा।
fund-edit-heading = अपना आवेदन बदलें
fund-save = आवेदन सेव करें
fund-cancel = रद्द करें
fund-saved = आवेदन इस फ़ोन पर सेव हो गया।

## Progress reports on an application

# सूची में दर्ज एक रिपोर्ट: वह किस पड़ाव की है (जैसा अनुरोधकर्ता ने नाम दिया)।
fund-report = रिपोर्ट: { $milestone }
fund-report-final = अंतिम रिपोर्ट: { $milestone }
fund-report-file = प्रगति रिपोर्ट दर्ज करें
fund-report-milestone = पड़ाव
# जब आवेदन में कोई पड़ाव न हो, तब रिपोर्ट किस बारे में है; यह रिपोर्ट के साथ सेव होता है।
fund-report-progress = प्रगति
fund-report-body = क्या काम हुआ
fund-report-is-final = यह अंतिम रिपोर्ट है
fund-report-save = रिपोर्ट सेव करें
fund-report-saved = रिपोर्ट सेव हो गई।

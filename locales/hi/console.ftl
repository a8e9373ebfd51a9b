# स्टाफ़ कंसोल: साइन इन, कतारें, अनुरोधों की सूची, एक अनुरोध, कोष, लोग, रिपोर्ट और तैयार जवाब।
#
# $who, $name, $assignee: लोगों के यूज़रनेम (या "हब", "अनुरोधकर्ता"); $when, $until, $opens,
# $closes: पहले से लिखी तारीख़ें; $amount: मुद्रा के साथ लिखी राशि; $count आदि: संख्याएँ।

## The frame: the window, the header and what the console says while it starts

console-window-title = { -brand } कंसोल
console-title = { $screen } · { -brand } कंसोल
console-brand-name = { -brand }
console-brand-console = कंसोल
console-loading = कंसोल लोड हो रहा है…
console-sign-out = साइन आउट
console-live-on = लाइव
console-live-off = फिर से जुड़ रहा है…
console-language = भाषा
console-language-unavailable = यह भाषा लोड नहीं हो सकी। हब से जुड़ने पर फिर कोशिश करें।
console-hub-http = हब का जवाब: HTTP { $status }।
console-due-paused = रुका हुआ
console-due-overdue = समय-सीमा पार
console-who-hub = हब
console-who-requester = अनुरोधकर्ता

## Signing in

console-signin-title = हब कंसोल में साइन इन करें
console-signin-username = यूज़रनेम
console-signin-password = पासवर्ड
console-signin-submit = साइन इन करें
console-signin-mismatch = यूज़रनेम और पासवर्ड मेल नहीं खाते।
console-signin-practitioner = कंसोल हब स्टाफ़ के लिए है। फ़ील्ड अधिकारी / पर फ़ील्ड ऐप इस्तेमाल करें।

## The side menu: queues, tools and people

console-queue-nav =
    .aria-label = कतारें
console-queue-heading = कतारें
console-queue-new = नए
console-queue-unassigned = किसी को नहीं सौंपे गए
console-queue-mine = मेरे
console-queue-waiting = अनुरोधकर्ता के जवाब का इंतज़ार
console-queue-overdue = समय-सीमा पार
console-queue-open = सभी खुले
console-queue-all = सभी
console-queue-tools = टूल
console-queue-canned = तैयार जवाब
console-queue-reports = रिपोर्ट
console-queue-fund = कोष के दौर
console-queue-people = लोग
console-queue-users = उपयोगकर्ता
console-queue-audit = ऑडिट लॉग
console-queue-devices = आपके डिवाइस

## The request list

console-list-requests = अनुरोध
console-list-search = खोजें
console-list-search-placeholder = शीर्षक, विवरण और संदेशों में खोजें (/)
console-list-city = शहर
console-list-tag = टैग
console-list-any-kind = कोई भी प्रकार
console-list-any-category = कोई भी विषय
console-list-any-country = कोई भी देश
console-list-any-priority = कोई भी प्राथमिकता
console-list-any-status = कोई भी स्थिति
console-list-anyone = कोई भी
console-list-unassigned = किसी को नहीं सौंपा
console-list-sort-newest = नए पहले
console-list-sort-oldest = क्रम: पुराने पहले
console-list-sort-updated = क्रम: हाल में बदले
console-list-sort-due = क्रम: अंतिम तारीख़
console-list-sort-priority = क्रम: प्राथमिकता
console-list-loading = लोड हो रहा है…
console-list-empty = यहाँ कुछ नहीं है।
console-list-column-request = अनुरोध
console-list-column-place = जगह
console-list-column-status = स्थिति
console-list-column-priority = प्राथमिकता
console-list-column-assignee = ज़िम्मेदार
console-list-column-tags = टैग
console-list-column-due = अंतिम तारीख़
console-list-column-filed = दर्ज
console-list-place = { $city }, { $country }
console-list-total =
    { $count ->
        [one] { $count } अनुरोध
       *[other] { $count } अनुरोध
    }
console-list-page = पेज { $page } / { $pages }
console-list-previous = पिछला
console-list-next = अगला
# $key, $next, $previous: कीबोर्ड की कुंजियाँ।
console-list-key-search = { $key } खोजें
console-list-key-move = { $next } { $previous } ऊपर-नीचे
console-list-key-open = { $key } खोलें
console-list-key-reply = { $key } जवाब
console-list-key-note = { $key } नोट
console-list-key-back = { $key } सूची पर वापस

## One request

console-request-loading = हब से अनुरोध लोड हो रहा है…
console-request-conversation = बातचीत
console-request-history = इतिहास
console-request-access = किसने देखा
console-request-access-someone = कोई
console-request-access-empty = अभी कुछ दर्ज नहीं।
console-request-place = { $city }, { $country }
console-request-filed = { $when } को { $who } ने दर्ज किया
console-request-team-write = उनकी शहर टीम के साथ पढ़ने और लिखने के लिए साझा
console-request-team-read = उनकी शहर टीम के साथ पढ़ने के लिए साझा
console-request-merged = { $link } के डुप्लिकेट के रूप में मिलाया गया।
    .link = दूसरे अनुरोध
console-request-conflicts = ऑफ़लाइन रहते हुए अलग-अलग डिवाइस पर अलग मान रखे गए: { $fields }।
console-request-sync-hub = हर बदलाव हब तक पहुँच गया है।
console-request-sync-sending = यहाँ किए गए बदलाव हब को भेजे जा रहे हैं…
console-request-no-messages = अभी कोई संदेश नहीं।
console-request-from-hub = हब का जवाब
console-request-from-field = फ़ील्ड से
console-request-note-head = { $who } का { $note }
    .note = आंतरिक नोट
console-request-note-private = फ़ील्ड को कभी नहीं दिखता

## One request: triage

console-request-triage = जाँच
console-request-triage-loading = लोड हो रहा है…
console-request-triage-readonly =
    { $role ->
        [agent]
            { $kind ->
                [fund_query] एजेंट कोष पूछताछ के अनुरोध पढ़ सकते हैं, पर उनकी जाँच नहीं करते।
               *[other] एजेंट हेल्प डेस्क अनुरोध पढ़ सकते हैं, पर उनकी जाँच नहीं करते।
            }
        [fund_manager]
            { $kind ->
                [fund_query] कोष प्रबंधक कोष पूछताछ के अनुरोध पढ़ सकते हैं, पर उनकी जाँच नहीं करते।
               *[other] कोष प्रबंधक हेल्प डेस्क अनुरोध पढ़ सकते हैं, पर उनकी जाँच नहीं करते।
            }
        [admin]
            { $kind ->
                [fund_query] प्रशासक कोष पूछताछ के अनुरोध पढ़ सकते हैं, पर उनकी जाँच नहीं करते।
               *[other] प्रशासक हेल्प डेस्क अनुरोध पढ़ सकते हैं, पर उनकी जाँच नहीं करते।
            }
       *[other]
            { $kind ->
                [fund_query] आपकी भूमिका में कोष पूछताछ के अनुरोध पढ़े जा सकते हैं, पर उनकी जाँच नहीं की जाती।
               *[other] आपकी भूमिका में हेल्प डेस्क अनुरोध पढ़े जा सकते हैं, पर उनकी जाँच नहीं की जाती।
            }
    }
console-request-status = स्थिति
console-request-apply = लागू करें
console-request-resolution = समाधान नोट (बंद करने के लिए ज़रूरी)
console-request-resolution-placeholder = यह कैसे हल हुआ?
console-request-priority = प्राथमिकता
console-request-assignee = ज़िम्मेदार
console-request-unassigned = किसी को नहीं
console-request-tags = टैग
console-request-tags-placeholder = टैग, कॉमा से अलग करें
console-request-answer-by = जवाब की अंतिम तारीख़
console-request-duplicate-of = इसका डुप्लिकेट
console-request-duplicate-placeholder = जिस अनुरोध का यह डुप्लिकेट है, उसकी आईडी
console-request-merge = डुप्लिकेट के रूप में मिलाएँ
console-request-no-such-request = इस आईडी का कोई अनुरोध नहीं है।
console-request-saved = सेव हो गया; हब को भेजा जा रहा है

## One request: service level

console-request-service-level = सेवा स्तर
console-request-next-deadline = अगली समय-सीमा: { $due }
console-request-first-answered = पहला जवाब: { $when }
console-request-not-answered = अभी जवाब नहीं दिया गया

## One request: the composer

console-request-composer-message = संदेश
console-request-canned-label = तैयार जवाब जोड़ें
console-request-canned-choose = तैयार जवाब जोड़ें…
console-request-reply-tab = अनुरोधकर्ता को जवाब
console-request-note-tab = आंतरिक नोट
console-request-send-reply = जवाब भेजें
console-request-add-note = आंतरिक नोट जोड़ें
console-request-composer-not-allowed = आपकी भूमिका में इस तरह के अनुरोध का जवाब देना शामिल नहीं है।
console-request-composer-reply = अनुरोधकर्ता को लिखें
console-request-composer-note = इसे सिर्फ़ हब स्टाफ़ ही देख सकेगा

## One request: its history, one event a line

console-request-event-created = { $who } ने अनुरोध दर्ज किया
console-request-event-edited = { $who } ने बदलाव किए: { $fields }
console-request-event-replied = { $who } ने जवाब दिया
console-request-event-replied-canned = { $who } ने जवाब दिया (तैयार जवाब से)
console-request-event-wrote = { $who } ने लिखा
console-request-event-note = { $who } ने आंतरिक नोट जोड़ा
console-request-event-status = { $who } ने इसे { $from } से { $to } किया
console-request-event-priority = { $who } ने प्राथमिकता बदली: { $from } → { $to }
console-request-event-assigned = { $who } ने इसे { $assignee } को सौंपा
console-request-event-unassigned = { $who } ने ज़िम्मेदार हटाया
console-request-event-tags = { $who } ने टैग बदले: { $tags }
console-request-event-due = { $who } ने अंतिम तारीख़ { $when } रखी
console-request-event-due-cleared = { $who } ने अंतिम तारीख़ हटाई
console-request-event-resolution = { $who } ने समाधान नोट लिखा
console-request-event-duplicate = { $who } ने इसे डुप्लिकेट के रूप में मिलाया
console-request-event-viewed = { $who } ने इसे खोला
console-request-event-submitted = { $who } ने आवेदन जमा किया
console-request-event-changes-requested = { $who } ने आवेदन बदलाव के लिए लौटाया
console-request-event-application =
    { $status ->
        [submitted] { $who } ने आवेदन की स्थिति दर्ज की: जमा किया गया
        [under_review] { $who } ने आवेदन की स्थिति दर्ज की: समीक्षा में
        [changes_requested] { $who } ने आवेदन की स्थिति दर्ज की: बदलाव माँगे गए
        [approved] { $who } ने आवेदन की स्थिति दर्ज की: मंज़ूर
        [declined] { $who } ने आवेदन की स्थिति दर्ज की: नामंज़ूर
       *[other] { $who } ने आवेदन की स्थिति दर्ज की: { $status }
    }
console-request-event-conflict = { $who } ने हितों का टकराव घोषित किया
console-request-event-other = { $who }: { $event }
console-request-field-title = शीर्षक
console-request-field-description = विवरण
console-request-field-category = विषय
console-request-field-country = देश
console-request-field-city = शहर
console-request-field-application = आवेदन

## The fund: an application's panel inside a fund query

console-fund-application = कोष आवेदन
console-fund-draft = ड्राफ़्ट, जमा नहीं किया गया
console-fund-no-round = कोई दौर नहीं चुना
console-fund-cap = सीमा { $amount }
console-fund-approved-amount = मंज़ूर { $amount }
console-fund-requested = माँगा गया { $amount }
console-fund-lead = मुख्य संस्था: { $name }
console-fund-partner = साझेदार: { $name }
console-fund-objectives = उद्देश्य: { $text }
console-fund-risks = पहचाने गए जोखिम: { $text }
console-fund-mitigation = जोखिम कम करने के उपाय: { $text }
console-fund-partners = साझेदार और संसाधन: { $text }
console-fund-timeline = समय-सीमा: { $text }
console-fund-milestones = पड़ाव: { $milestones }
console-fund-milestone = { $name } (अंतिम तारीख़ { $due })
console-fund-column-category = श्रेणी
console-fund-column-line = मद
console-fund-column-quantity = मात्रा
console-fund-column-unit = इकाई
console-fund-column-total = कुल

## The fund: review and decision

console-fund-conflicted = आपने इस आवेदन पर हितों का टकराव घोषित किया है: आप समीक्षाएँ या अंक नहीं देख सकते और इस पर निर्णय नहीं ले सकते।
console-fund-review = समीक्षा
console-fund-conflicts = घोषित टकराव: { $conflicts }
console-fund-conflict = { $who } ({ $reason })
console-fund-criterion = { $criterion } (0–5)
console-fund-save-review = मेरी समीक्षा सेव करें
console-fund-scores = { $who }: { $scores }
console-fund-comment-placeholder = कोष प्रबंधकों के लिए आंतरिक टिप्पणी
console-fund-add-comment = आंतरिक टिप्पणी जोड़ें
console-fund-decision = निर्णय
console-fund-decided = निर्णय हो गया।
console-fund-changes-placeholder = आवेदक को क्या बदलना है (उन्हें यह जवाब के रूप में मिलेगा)
console-fund-ask-changes = बदलाव माँगें
# उदाहरण की राशि जैसी लिखी है वैसी रखें।
console-fund-approve-placeholder = राशि, जैसे 8,500
console-fund-approve = मंज़ूर करें
console-fund-decline-placeholder = नामंज़ूर करने का कारण
console-fund-decline = नामंज़ूर करें
console-fund-waiting = आवेदक के जमा करने का इंतज़ार है।
console-fund-conflict-prompt = आपका हितों का टकराव क्यों है? (रिकॉर्ड के लिए रखा जाएगा)
console-fund-declare-conflict = हितों का टकराव घोषित करें
console-fund-not-an-amount = शून्य से ज़्यादा राशि लिखें, जैसे 12,500.00।

## The fund: a grant and its tranches

console-fund-grant = अनुदान
console-fund-grant-approved = मंज़ूर { $amount }
console-fund-grant-paid = भुगतान { $amount }
console-fund-grant-closed = { $when } को बंद
console-fund-report-head =
    { $final ->
        [yes] अंतिम रिपोर्ट: { $milestone }
       *[other] प्रगति रिपोर्ट: { $milestone }
    }
console-fund-tranche-placeholder = राशि
console-fund-tranche-label = { $milestone } की किस्त
console-fund-pay-tranche = किस्त जारी करें

## The fund: rounds

console-fund-rounds = कोष के दौर
console-fund-rounds-empty = अभी कोई दौर नहीं।
console-fund-round-dates = { $opens } से { $closes } तक
console-fund-ledger = खाता-बही (CSV)
console-fund-round-edit = बदलें या बंद करें
console-fund-round-new = नया दौर बनाएँ
console-fund-round-change = { $name } बदलें
console-fund-round-name = नाम
console-fund-round-currency = मुद्रा
console-fund-round-pool = कुल राशि
console-fund-round-cap = प्रति अनुदान सीमा
console-fund-round-opens = खुलने की तारीख़
console-fund-round-closes = बंद होने की तारीख़
console-fund-round-eligibility = पात्रता जाँच-सूची (हर पंक्ति में एक)
console-fund-round-criteria = अंक देने के मानदंड (हर पंक्ति में एक)
console-fund-round-attachments = ज़रूरी अटैचमेंट (हर पंक्ति में एक)
console-fund-round-create = दौर बनाएँ
console-fund-round-save = दौर सेव करें
console-fund-round-created = दौर बन गया
console-fund-round-saved = दौर सेव हो गया
console-fund-chart-pool = कुल राशि
console-fund-chart-committed = आवंटित
console-fund-chart-disbursed = वितरित
console-fund-chart-remaining = शेष
console-fund-chart-fact = { $name }: { $amount }

## People: users

console-people-users = उपयोगकर्ता
console-people-username = यूज़रनेम
console-people-password = पासवर्ड
console-people-role = भूमिका
console-people-country = देश
console-people-city = शहर
console-people-countries = ज़िम्मेदारी वाले देश
console-people-countries-all = सभी
console-people-language = भाषा
console-people-status = स्थिति
console-people-field-error = { $field }: { $message }
console-people-you = (आप)
console-people-active = सक्रिय
console-people-deactivated = निष्क्रिय
console-people-save = सेव करें
console-people-saved = { $name } सेव हो गया
console-people-deactivate = निष्क्रिय करें
console-people-reactivate = फिर से सक्रिय करें
console-people-deactivate-confirm = { $name } को निष्क्रिय करें? उनके सभी डिवाइस तुरंत साइन आउट हो जाएँगे।
console-people-deactivated-toast = { $name } निष्क्रिय किया गया
console-people-reactivated-toast = { $name } फिर से सक्रिय किया गया
console-people-reset = पासवर्ड रीसेट करें
console-people-reset-code = { $name } के लिए एक बार का कोड (सिर्फ़ एक बार, { $until } तक चलेगा):
console-people-reset-code-note = इसे फ़ोन पर या आमने-सामने दें। यह दोबारा नहीं दिखेगा। साइन इन करते समय वे इससे नया पासवर्ड बनाएँगे।
console-people-done = हो गया
console-people-data = डेटा…
console-people-data-about = { $name } का डेटा
console-people-devices = डिवाइस
console-people-add-title = उपयोगकर्ता जोड़ें
console-people-add = जोड़ें
console-people-added = { $name } जोड़ा गया

## People: a person's data

console-people-export = उनका डेटा डाउनलोड करें
console-people-export-text = हब के पास उनके बारे में जो कुछ है, सब एक JSON फ़ाइल में: उनका खाता और डिवाइस, उनके दर्ज किए अनुरोध और उनका इतिहास, दूसरे अनुरोधों में उनका लिखा, और ऑडिट रिकॉर्ड। यह डाउनलोड ऑडिट लॉग में दर्ज होता है।
console-people-erase-text = उनके कहने पर मिटाना: उनके दर्ज किए सभी अनुरोध गुमनाम कर दिए जाते हैं, दूसरे अनुरोधों से उनके शब्द हटा दिए जाते हैं, उनका खाता खाली करके निष्क्रिय कर दिया जाता है, और उनके डिवाइस साइन आउट करके साफ़ कर दिए जाते हैं। इसे वापस नहीं किया जा सकता।
console-people-erase-confirm = पुष्टि के लिए { $name } लिखें
console-people-erase = मिटाएँ
console-people-erased =
    { $rewritten ->
        [one] मिटा दिया गया: उनके { $anonymised } अनुरोध गुमनाम किए गए, { $rewritten } दूसरे अनुरोध से उनके शब्द हटाए गए।
       *[other] मिटा दिया गया: उनके { $anonymised } अनुरोध गुमनाम किए गए, { $rewritten } दूसरे अनुरोधों से उनके शब्द हटाए गए।
    }
console-people-close = बंद करें

## People: devices

console-people-your-devices = आपके डिवाइस
console-people-their-devices = उनके डिवाइस
console-people-devices-text = हर साइन इन एक डिवाइस है। जो डिवाइस खो गया हो या अब इस्तेमाल न होता हो, उसे रद्द करें: वह तुरंत साइन आउट हो जाता है और अगली बार जुड़ने पर उसमें रखा सब कुछ मिट जाता है।
console-people-device-name = नाम
console-people-device-platform = प्लेटफ़ॉर्म
console-people-device-signed-in = साइन इन
console-people-device-last-seen = आख़िरी बार देखा गया
console-people-device-last-sync = आख़िरी सिंक
console-people-no-devices = कोई डिवाइस नहीं।
console-people-revoke-confirm = "{ $name }" रद्द करें? यह तुरंत साइन आउट हो जाएगा।
console-people-revoke = रद्द करें
console-people-revoked-toast = रद्द किया गया
console-people-revoked = { $when } को रद्द

## People: the audit log

console-people-audit = ऑडिट लॉग
console-people-audit-person = व्यक्ति
console-people-audit-everyone = सभी
console-people-audit-action = कार्रवाई
console-people-audit-every-action = सभी कार्रवाइयाँ
console-people-audit-since = कब से
console-people-audit-request-id = अनुरोध आईडी
console-people-audit-show = दिखाएँ
console-people-audit-download = CSV डाउनलोड करें
console-people-audit-older = पुराने
console-people-audit-when = कब
console-people-audit-what = क्या
console-people-audit-who = किसने
console-people-audit-device = डिवाइस
console-people-audit-about = संबंधित
console-people-audit-detail = विवरण
console-people-audit-empty = इन फ़िल्टर के लिए कुछ दर्ज नहीं।
console-people-audit-a-request = एक अनुरोध
console-people-audit-command-line = कमांड लाइन
console-people-audit-unknown = अज्ञात

## Reports

console-reports-title = रिपोर्ट
console-reports-from = कब से
console-reports-to = कब तक
console-reports-show = दिखाएँ
console-reports-download = CSV डाउनलोड करें
# $total: मोटे अक्षरों में $count।
console-reports-total =
    { $count ->
        [one] { $total } अनुरोध मिला
       *[other] { $total } अनुरोध मिले
    }
console-reports-first-answer = पहले जवाब तक मीडियन समय: { $duration } ({ $answered } का जवाब दिया गया)
console-reports-resolution = समाधान तक मीडियन समय: { $duration } ({ $resolved } हल हुए)
console-reports-minutes = { $minutes } मिनट
console-reports-hours = { NUMBER($hours, minimumFractionDigits: 1, maximumFractionDigits: 1) } घंटे
console-reports-days =
    { NUMBER($days, minimumFractionDigits: 1, maximumFractionDigits: 1) ->
        [one] { NUMBER($days, minimumFractionDigits: 1, maximumFractionDigits: 1) } दिन
       *[other] { NUMBER($days, minimumFractionDigits: 1, maximumFractionDigits: 1) } दिन
    }
console-reports-by-status = स्थिति के अनुसार
console-reports-by-kind = प्रकार के अनुसार
console-reports-by-country = देश के अनुसार
console-reports-by-category = विषय के अनुसार
console-reports-by-assignee = ज़िम्मेदार के अनुसार
console-reports-none = इस अवधि में कुछ नहीं।
console-reports-unassigned = किसी को नहीं सौंपा
console-reports-chart-fact = { $name }: { $count }

## Canned responses

console-canned-title = तैयार जवाब
console-canned-empty = अभी कोई तैयार जवाब नहीं।
console-canned-new = नया तैयार जवाब
# उसी तैयार जवाब का दूसरी भाषा के लिए नया कार्ड; $title: जवाब का शीर्षक।
console-canned-new-version = { $title } दूसरी भाषा में
console-canned-add-version = दूसरी भाषा में जोड़ें
console-canned-field-title = शीर्षक
console-canned-field-language = भाषा
console-canned-field-language-codes = भाषा (en, bn, hi, ur, si, ta, dv, ne)
console-canned-field-text = पाठ
console-canned-save = सेव करें
console-canned-add = जोड़ें
console-canned-remove = हटाएँ
console-canned-saved = सेव हो गया
console-canned-added = जोड़ा गया
console-canned-removed = हटाया गया

## Codes only the console shows: audit log actions and details

code-sign_in = साइन इन किया
code-sign_in_failed = साइन इन अस्वीकार
code-sign_out = साइन आउट किया
code-device_revoked = डिवाइस रद्द किया गया
code-user_created = उपयोगकर्ता जोड़ा गया
code-user_changed = उपयोगकर्ता बदला गया
code-user_deactivated = उपयोगकर्ता निष्क्रिय किया गया
code-user_reactivated = उपयोगकर्ता फिर से सक्रिय किया गया
code-reset_code_issued = रीसेट कोड जारी किया गया
code-password_reset = रीसेट कोड से पासवर्ड बनाया गया
code-export = एक्सपोर्ट किया गया
code-person_erased = व्यक्ति का डेटा मिटाया गया
code-request_anonymised = अनुरोध गुमनाम किया गया
code-request_viewed = अनुरोध देखा गया
# साइन इन क्यों अस्वीकार हुआ।
code-wrong_password = ग़लत पासवर्ड
code-unknown_user = अज्ञात यूज़रनेम
code-throttled = बहुत ज़्यादा कोशिशें
code-deactivated = खाता निष्क्रिय
code-bad_reset_code = ग़लत या पुराना रीसेट कोड
# अनुरोध गुमनाम क्यों किया गया।
code-retention = रखने की अवधि पूरी
code-erasure = इसके अनुरोधकर्ता का डेटा मिटाया गया
# क्या एक्सपोर्ट हुआ, या अनुरोध का कौन-सा हिस्सा पढ़ा गया।
code-requests = अनुरोध
code-audit = ऑडिट लॉग
code-ledger = कोष खाता-बही
code-person = एक व्यक्ति का डेटा
code-review = कोष समीक्षा
# जब किसी व्यक्ति ने नहीं, सिस्टम ने कार्रवाई की।
code-command_line = कमांड लाइन

## Events: trainings, workshops, dialogues and exchange visits the hub runs.
console-queue-events = कार्यक्रम
console-events-title = कार्यक्रम
console-events-empty = आगे कोई कार्यक्रम नहीं है। ऊपर दिए फ़ॉर्म से एक प्रकाशित करें।
console-events-new = कार्यक्रम प्रकाशित करें
console-events-publish = प्रकाशित करें
console-events-published = कार्यक्रम प्रकाशित हो गया।
console-event-seats = सीटें: { $seats } में से { $admitted } भरी हुई · { $waiting } इंतज़ार में
console-event-kind-training = प्रशिक्षण
console-event-kind-workshop = कार्यशाला
console-event-kind-dialogue = संवाद
console-event-kind-exchange_visit = आदान-प्रदान यात्रा
console-event-mode-in_person = आमने-सामने
console-event-mode-online = ऑनलाइन
console-event-field-title = शीर्षक
console-event-field-kind = कार्यक्रम का प्रकार
console-event-field-starts = शुरू होने का समय
console-event-field-ends = ख़त्म होने का समय
console-event-field-seats = सीटें
console-event-field-mode = कहाँ होगा
console-event-field-place = जगह, आमने-सामने के कार्यक्रम के लिए
console-event-field-link = जुड़ने का लिंक, ऑनलाइन कार्यक्रम के लिए
console-event-field-language = किस भाषा में होगा (कोड, जैसे bn)
console-event-field-description = यह किस बारे में है और किसके लिए है
console-event-registrations = पंजीकरण
console-event-registrations-empty = अभी तक किसी ने पंजीकरण नहीं किया है।
console-event-column-person = व्यक्ति
console-event-column-status = स्थिति
console-event-column-attended = उपस्थित रहे
console-event-status-admitted = सीट मिल गई
console-event-status-waiting = सीट के इंतज़ार में
console-event-attendance-saved = उपस्थिति सेव हो गई।

## Filing a request for a practitioner (it came by phone, message, email or in person)

console-queue-intake = फ़ील्ड अधिकारी की ओर से दर्ज करें
console-intake-title = फ़ील्ड अधिकारी की ओर से अनुरोध दर्ज करें
console-intake-help = उस अनुरोध के लिए जो हब तक फ़ोन, संदेश, ईमेल या आमने-सामने पहुँचा। फ़ील्ड अधिकारी इसके अनुरोधकर्ता बनते हैं और इसे अपने फ़ोन पर देखते हैं।
console-intake-requester = फ़ील्ड अधिकारी
console-intake-picked = { $name } की ओर से दर्ज किया जा रहा है
console-intake-nobody = आपके देशों में कोई मेल खाता फ़ील्ड अधिकारी नहीं मिला।
console-intake-choose = चुनें…
console-intake-choose-person = चुनें कि यह अनुरोध किस फ़ील्ड अधिकारी के लिए है।
console-intake-channel = हब तक कैसे पहुँचा
console-intake-kind = अनुरोध का प्रकार
console-intake-field-title = शीर्षक
console-intake-description = उन्हें क्या चाहिए
console-intake-category = विषय
console-intake-country = देश
console-intake-city = शहर
console-intake-file = अनुरोध दर्ज करें
console-intake-filed = { $name } की ओर से दर्ज किया गया।
console-request-intake = { $who } ने दर्ज किया ({ $channel })

## The guidance library, run from the console

console-queue-library = मार्गदर्शन लाइब्रेरी
console-library-title = मार्गदर्शन लाइब्रेरी
console-library-help = फ़ील्ड अधिकारी अपने फ़ोन पर जो पढ़ते हैं, ऑफ़लाइन भी। फ़ोन सिंक होने पर बदलाव उन तक पहुँच जाते हैं।
console-library-new = नया आइटम लिखें
console-library-empty = लाइब्रेरी में अभी कुछ नहीं है।
console-library-retired = वापस लिया गया
console-library-edit = बदलें
console-library-retire = वापस लें
console-library-restore = बहाल करें
console-library-translate = दूसरी भाषा जोड़ें
console-library-retired-done = वापस ले लिया गया: फ़ोन पर अब यह नहीं दिखेगा।
console-library-restored = लाइब्रेरी में बहाल हो गया।
# $title: संस्करण का शीर्षक।
console-library-editing = “{ $title }” में बदलाव
console-library-translating = “{ $title }” दूसरी भाषा में
console-library-field-title = शीर्षक
console-library-field-summary = सारांश (एक या दो वाक्य)
console-library-field-body = पाठ
console-library-field-topic = विषय
console-library-field-language = भाषा (कोड, जैसे en, bn या ur)
console-library-save = बदलाव सेव करें
console-library-publish = प्रकाशित करें
console-library-cancel = रद्द करें
console-library-saved = सेव हो गया। फ़ोन सिंक होने पर इसे पा लेंगे।
console-library-published = लाइब्रेरी में प्रकाशित हो गया।

## Feedback on events, from the people who attended

console-feedback-title = कार्यक्रमों पर प्रतिक्रिया
console-feedback-back = कार्यक्रमों पर वापस
console-feedback-csv = सभी जवाब डाउनलोड करें (CSV)
console-feedback-empty = अभी कोई प्रतिक्रिया नहीं आई है। कार्यक्रम ख़त्म होने पर उसमें उपस्थित रहे लोगों से प्रतिक्रिया माँगी जाती है।
console-feedback-by-month = महीने के हिसाब से
console-feedback-by-event = कार्यक्रम के हिसाब से
console-feedback-by-city = शहर के हिसाब से
console-feedback-event = कार्यक्रम
console-feedback-city = शहर
console-feedback-answers = जवाब
console-feedback-rating = कैसा रहा (5 में से)
console-feedback-usefulness = कितना उपयोगी (5 में से)
console-feedback-comments = उन्होंने क्या जोड़ा
console-feedback-chart = हर महीने के औसत अंक
console-feedback-answers-count = { $count ->
    [one] { $count } जवाब
   *[other] { $count } जवाब
  }

## The directory

console-queue-directory = निर्देशिका
console-directory-title = नेटवर्क की निर्देशिका
console-directory-help = सदस्य शहर और वे लोग जो मदद कर सकते हैं। अपने देशों की प्रविष्टियाँ आप बदलते हैं; हर व्यक्ति अपने फ़ोन पर चुनता है कि दूसरे उसकी कौन-सी जानकारी देखें।
console-directory-cities = सदस्य शहर
console-directory-people = लोग
console-directory-new-city = शहर जोड़ें
console-directory-new-person = व्यक्ति जोड़ें
console-directory-no-cities = अभी कोई सदस्य शहर नहीं है।
console-directory-no-people = अभी कोई सूचीबद्ध नहीं है।
console-directory-edit = बदलें
console-directory-editing = { $name } में बदलाव
console-directory-save = सेव करें
console-directory-saved = निर्देशिका में सेव हो गया।
console-directory-hidden = दूसरों से छिपा
console-directory-unlisted = सूची में नहीं
console-directory-updated = { $when } को बदला गया
console-directory-field-country = देश
console-directory-field-city = शहर
console-directory-field-status = नेटवर्क में स्थिति
console-directory-field-since = कब से
console-directory-field-focal = फ़ोकल पॉइंट
console-directory-usernames = उनके यूज़रनेम, कॉमा से अलग करके।
console-directory-field-user = यूज़रनेम
console-directory-user-help = जिस व्यक्ति को सूची में जोड़ना है, उसका खाता: वह इसी से साइन इन करता है और चुनता है कि दूसरे क्या देखें।
console-directory-field-name = दूसरों को दिखने वाला नाम
console-directory-field-kind = वे क्या मदद देते हैं
console-directory-languages-help = भाषा कोड, कॉमा से अलग करके, जैसे bn, ta, ur।
console-directory-commas = कॉमा से अलग करें।
console-directory-listed = निर्देशिका में सूचीबद्ध
console-directory-shown-note = नई प्रविष्टियों में ईमेल और फ़ोन के अलावा सब कुछ दिखता है, जब तक वह व्यक्ति ख़ुद कुछ और न चुने।

## Cities' needs

console-queue-needs = शहरों की ज़रूरतें
console-needs-title = सदस्य शहरों की ज़रूरतें
console-needs-help = सदस्य शहरों ने हर तिमाही अपनी जो ज़रूरतें बताईं, वे देश के हिसाब से जोड़कर, और अनुरोधों का ब्योरा उन समूहों के अनुसार जिनके लिए उनके शहर काम करते हैं।
console-needs-csv = CSV डाउनलोड करें
console-needs-empty = अभी तक किसी शहर ने अपनी ज़रूरतें नहीं बताई हैं।
console-needs-by-group = अनुरोध, उन समूहों के अनुसार जिनके लिए उनका शहर काम करता है
console-needs-by-group-help = शहर के सबसे हाल के आकलन के अनुसार, हर अनुरोध उन सभी समूहों में गिना जाता है जिनके लिए उसका शहर काम करता है।
console-needs-requests = अनुरोध
console-needs-open = अभी खुले
console-needs-unassessed = जिन शहरों ने नहीं बताया
console-needs-latest = हर शहर के सबसे हाल के जवाब
console-needs-period = तिमाही
console-needs-cities = शहर
console-needs-urgent-count = { $high } उच्च, { $medium } मध्यम
console-needs-chart = हर तिमाही में हर क्षेत्र की ज़रूरत औसतन कितनी अहम है (0 यानी कोई नहीं, 3 यानी उच्च)

## Handing a request to a successor

console-request-event-handed-over = { $who } ने अनुरोध { $from } से लेकर { $to } को सौंपा
console-handover-title = उत्तराधिकारी को सौंपें
console-handover-help = जब किसी शहर का नेतृत्व बदलता है, तो अनुरोध और उसका कोष आवेदन उसी शहर में कार्यभार संभालने वाले फ़ील्ड अधिकारी के पास चले जाते हैं। तब से यह उनका है, उनके फ़ोन पर भी; पहले वाले को यह अब नहीं दिखता।
console-handover-successor = उत्तराधिकारी का यूज़रनेम
console-handover-save = सौंपें
console-handover-done = { $successor } को सौंप दिया गया।

## Referrals

console-referral-title = जिन्हें रेफ़र किया गया
console-referral-to = अनुरोधकर्ता को किसके पास रेफ़र करें
console-referral-note = इन्हें ही क्यों, कुछ शब्दों में; वे इसे पढ़ेंगे
console-referral-save = रेफ़र करें
console-referral-done = रेफ़र कर दिया गया। उनसे उनके फ़ोन पर पूछा जाता है, और स्वीकार करने पर वे बातचीत में शामिल हो जाते हैं।
console-referral-outcome = इसका क्या नतीजा निकला
console-referral-record = नतीजा दर्ज करें
console-referral-recorded = नतीजा दर्ज हो गया।
console-referral-status-offered = पूछा गया
console-referral-status-accepted = स्वीकार किया
console-referral-status-declined = अस्वीकार किया
console-referral-status-closed = बंद

## Shared practice

console-practices-link = सदस्यों के साझा किए अनुभव
console-practices-title = सदस्यों के साझा किए अनुभव
console-practices-help = सदस्य अपने शहरों से जो साझा करते हैं, उसकी समीक्षा करें: उनके साथ मिलकर उसे बदलें, नोट के साथ वापस भेजें, या उनके नाम और शहर के साथ लाइब्रेरी में प्रकाशित करें।
console-practices-empty = अभी तक किसी सदस्य ने कोई अनुभव साझा नहीं किया है।
console-practices-by = लेखक: { $author }, { $city }, { $country }
console-practices-note = लेखक के लिए नोट
console-practices-edit = पाठ बदलें
console-practices-save = सेव करें
console-practices-saved = सेव हो गया।
console-practices-publish = लाइब्रेरी में प्रकाशित करें
console-practices-published = लाइब्रेरी में प्रकाशित हो गया।
console-practices-send-back = इस नोट के साथ वापस भेजें
console-practices-sent-back = लेखक को वापस भेज दिया गया।
console-practices-field-title = शीर्षक
console-practices-field-done = क्या किया गया
console-practices-field-risk = जिस जोखिम से निपटा गया
console-practices-field-partners = इस पर किसने काम किया
console-practices-field-outcome = इसका क्या नतीजा निकला
console-practices-field-contacts = किससे पूछें
console-practices-stage-submitted = समीक्षा बाकी
console-practices-stage-changes_requested = वापस भेजा गया
console-practices-stage-published = लाइब्रेरी में
console-practices-stage-withdrawn = लेखक ने वापस लिया

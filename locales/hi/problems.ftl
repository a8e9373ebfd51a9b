# किसी फ़ील्ड में लिखी गई चीज़ में क्या गलत है (दोनों ऐप)। $max एक गिनती है; $cap, $total और
# $requested राशियाँ हैं, जो पहले से व्यक्ति के मुद्रा प्रारूप में लिखी हैं।

problem-empty = कृपया इसे भरें।
problem-empty-title = अपने अनुरोध का छोटा-सा शीर्षक दें।
problem-empty-description = बताएँ कि आपको हब से क्या चाहिए।
problem-empty-line-description = बताएँ कि बजट की यह मद किस चीज़ के लिए है।
problem-empty-budget-category = बजट श्रेणी चुनें।
problem-empty-topic = विषय चुनें।
problem-empty-kind = अनुरोध का प्रकार चुनें।
problem-empty-country = देश चुनें।
problem-empty-city = अपना शहर लिखें।
problem-empty-message = पहले संदेश लिखें।
problem-too-long = इसे { $max } अक्षरों या उससे कम में रखें।
problem-too-many-messages = यह बातचीत { $max } संदेशों की अपनी सीमा तक पहुँच गई है।
problem-too-many-lines = किसी बजट में ज़्यादा से ज़्यादा { $max } मदें हो सकती हैं।
problem-too-many-seats = किसी कार्यक्रम में ज़्यादा से ज़्यादा { $max } सीटें हो सकती हैं।
problem-ends-before-start = यह शुरुआत से पहले नहीं हो सकता।
problem-link-not-https = https:// से शुरू होने वाला पता लिखें।
problem-too-large = यह रिकॉर्ड हब के लिए बहुत बड़ा हो गया है। नया अनुरोध शुरू करें।
problem-unknown-value = सूची में से कोई एक विकल्प चुनें।
problem-no-amount = जितनी राशि आप माँग रहे हैं, वह लिखें।
problem-no-quantity = कम से कम 1 मात्रा लिखें।
problem-not-positive = यह शून्य से ज़्यादा होना चाहिए।
problem-negative = यह शून्य से कम नहीं हो सकता।
problem-over-cap = इस दौर में हर आवेदन को ज़्यादा से ज़्यादा { $cap } मिलते हैं। कम राशि माँगें।
problem-budget-mismatch = बजट मदों का जोड़ { $total } है, पर आप { $requested } माँग रहे हैं। दोनों को बराबर करें।
problem-overflow = यह संख्या बहुत बड़ी है।
problem-control-character = इस टेक्स्ट से छिपे हुए कंट्रोल अक्षर हटाएँ।
problem-not-allowed = इसकी अनुमति नहीं है: { $reason }
problem-invalid = यह मान्य नहीं है: { $reason }
problem-not-a-whole-number = पूरी संख्या लिखें, जैसे { 3 }।
problem-not-an-amount = राशि लिखें, जैसे { NUMBER(1250.5, minimumFractionDigits: 2) }।

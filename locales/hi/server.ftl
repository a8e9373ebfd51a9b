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

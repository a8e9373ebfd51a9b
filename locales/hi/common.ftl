# दोनों ऐप में इस्तेमाल होने वाले शब्द: उत्पाद का नाम, रिकॉर्ड के कोड (प्रकार, विषय, देश,
# स्थिति, प्राथमिकता, भूमिका, बजट श्रेणी) और अनुरोध कहाँ है।
#
# `code-<code>` कोड के शब्द हैं; `code-short-<code>` तंग जगहों के लिए छोटा रूप।
# फ़ील्ड ऐप अनुरोधकर्ता की अपनी स्थितियाँ `status-<code>` से दिखाता है।

-brand = HubDesk
brand-name = { -brand }

## Kinds of request

code-help_desk = हेल्प डेस्क अनुरोध
code-fund_query = सहायता कोष पूछताछ
code-short-help_desk = हेल्प डेस्क
code-short-fund_query = कोष पूछताछ

## How a request staff filed for a practitioner reached the hub

code-phone_call = फ़ोन कॉल
code-messaging = मैसेजिंग ऐप
code-email = ईमेल
code-workshop = कार्यशाला में
code-in_person = आमने-सामने

## Topics (the hub's areas of work)

code-peer_learning = शहरों के बीच आपसी सीख
code-capacity_building = क्षमता निर्माण और प्रशिक्षण
code-cooperation = सहयोग (राष्ट्रीय-स्थानीय, कई पक्षों के बीच)
code-local_voices = स्थानीय आवाज़ों को आगे लाना
code-youth_engagement = युवा और स्थानीय सरकार
code-local_action_planning = स्थानीय कार्य योजना बनाना
code-support_fund = तकनीकी सहायता कोष
code-exchange_visit = साथी शहर का आदान-प्रदान दौरा
code-other = अन्य
code-short-cooperation = सहयोग
code-short-youth_engagement = युवा भागीदारी

## Countries

code-BD = बांग्लादेश
code-IN = भारत
code-LK = श्रीलंका
code-MV = मालदीव
code-PK = पाकिस्तान

## Budget categories

code-personnel = कर्मचारी
code-activities_events = गतिविधियाँ और कार्यक्रम
code-materials = सामग्री
code-travel = यात्रा
code-monitoring_evaluation = निगरानी और मूल्यांकन

## Sharing with a city team

code-read = पढ़ सकते हैं
code-write = पढ़ और बदल सकते हैं

## Who wrote a message

code-requester = अनुरोधकर्ता
code-staff = हब स्टाफ़

## A request's status, as the hub's staff call it

code-new = नया
code-triaged = जाँचा गया
code-in_progress = काम जारी
code-waiting_on_requester = अनुरोधकर्ता के जवाब का इंतज़ार
code-resolved = हल हो गया
code-closed = बंद

## A request's status, as the field app tells its requester

status-new = नया
status-triaged = हब ने देख लिया
status-in_progress = काम जारी
status-waiting_on_requester = आपके जवाब का इंतज़ार
status-resolved = हल हो गया
status-closed = बंद

## Priorities

code-low = कम
code-normal = सामान्य
code-high = उच्च
code-urgent = तत्काल

## Roles

code-practitioner = फ़ील्ड अधिकारी
code-agent = एजेंट
code-fund_manager = कोष प्रबंधक
code-admin = प्रशासक

## A fund application's status

code-submitted = जमा किया गया
code-under_review = समीक्षा में
code-changes_requested = बदलाव माँगे गए
code-approved = मंज़ूर
code-declined = नामंज़ूर

## A signed-in device's platform ("other" is above)

code-android = Android
code-ios = iPhone या iPad
code-windows = Windows
code-macos = Mac
code-linux = Linux

## Why the client refused something (the page shows these for errors the client names)

client-forbidden = आपकी भूमिका में यह करने की अनुमति नहीं है।
client-not-on-device = यह अनुरोध अभी इस डिवाइस पर नहीं आया है। यह अगली बार आपके ऑनलाइन होने पर आ जाएगा।
client-not-an-amount = राशि लिखें, जैसे { NUMBER(12500, minimumFractionDigits: 2) }।
client-amount-not-positive = शून्य से ज़्यादा राशि लिखें।

## Where a request is

sync-device = सिर्फ़ इस डिवाइस पर
sync-sending = भेजा जा रहा है…
sync-hub = हब के पास

## The directory: where a city stands with the network, and what a person offers

code-applicant = शामिल होने के लिए आवेदन किया
code-member = सदस्य शहर
code-former = पूर्व सदस्य
code-expert = विशेषज्ञ
code-peer = साथी फ़ील्ड अधिकारी

## The fields of a directory entry

directory-field-organisation = संगठन
directory-field-about = परिचय
directory-field-topics = विषय
directory-field-languages = भाषाएँ
directory-field-cities = जिन शहरों के साथ काम किया
directory-field-email = ईमेल
directory-field-phone = फ़ोन
directory-since = { $when } से
directory-focal-points = फ़ोकल पॉइंट: { $names }

## A city's needs: the groups its work serves, the areas asked about, how pressing each is

code-youth = युवा
code-women = महिलाएँ
code-minorities = अल्पसंख्यक
code-persons_with_disabilities = दिव्यांगजन
code-older_people = बुज़ुर्ग
code-migrants = प्रवासी और विस्थापित लोग
code-urban_poor = शहरी ग़रीब
needs-area-training = प्रशिक्षण
needs-area-technical_support = तकनीकी सहायता
needs-area-capacity = क्षमता (कर्मचारी, व्यवस्थाएँ, उपकरण)
needs-urgency-0 = कोई नहीं
needs-urgency-1 = कम
needs-urgency-2 = मध्यम
needs-urgency-3 = उच्च
needs-groups = वे समूह जिनके लिए आपका शहर काम करता है

## Notifications, in both apps. A push from the hub names no one and quotes nothing: the device
## words it from the notify-* messages below, which say only what kind of thing happened.

notify-title = { -brand }

# What a notification says, on the lock screen and in the list. Practitioners' kinds:
notify-hub_replied = हब ने आपके एक अनुरोध का जवाब दिया।
notify-question_waiting = हब आपके एक अनुरोध पर आपके जवाब का इंतज़ार कर रहा है।
notify-resolved = आपका एक अनुरोध हल हो गया।
notify-fund_decision = हब ने आपके एक कोष आवेदन पर निर्णय लिया।
notify-changes_requested = हब ने आपके एक कोष आवेदन में बदलाव माँगे।
notify-tranche_paid = आपके कोष अनुदान की एक किस्त का भुगतान हुआ।
notify-filed_for_you = हब ने आपके लिए एक अनुरोध दर्ज किया।
# Staff's kinds:
notify-new_request = आपकी ज़िम्मेदारी वाले देशों में एक नया अनुरोध आया।
notify-new_request-gathered = { $count ->
    [one] आपकी ज़िम्मेदारी वाले देशों में { $count } नया अनुरोध आया।
   *[other] आपकी ज़िम्मेदारी वाले देशों में { $count } नए अनुरोध आए।
  }
notify-urgent_request = आपकी ज़िम्मेदारी वाले देशों में एक तत्काल अनुरोध आया।
notify-field_replied = आपको सौंपे गए एक अनुरोध पर फ़ील्ड से जवाब आया।
notify-assigned = एक अनुरोध आपको सौंपा गया।
notify-sla_breaching = एक अनुरोध अपने सेवा स्तर की समय-सीमा से चूकने वाला है।

# Each kind as a choice in the settings.
notify-kind-hub_replied = हब के जवाब
notify-kind-question_waiting = आपके जवाब का इंतज़ार कर रहे सवाल
notify-kind-resolved = हल हुए अनुरोध
notify-kind-fund_decision = कोष आवेदनों पर निर्णय
notify-kind-changes_requested = कोष आवेदनों में माँगे गए बदलाव
notify-kind-tranche_paid = कोष अनुदान की किस्तों का भुगतान
notify-kind-filed_for_you = हब द्वारा आपके लिए दर्ज अनुरोध
notify-kind-new_request = आपकी ज़िम्मेदारी वाले देशों में नए अनुरोध
notify-kind-urgent_request = आपकी ज़िम्मेदारी वाले देशों में तत्काल अनुरोध
notify-kind-field_replied = आपके अनुरोधों पर फ़ील्ड से जवाब
notify-kind-assigned = आपको सौंपे गए अनुरोध
notify-kind-sla_breaching = सेवा स्तर की समय-सीमाएँ जो पार होने वाली हैं

notifications-title = सूचनाएँ
notifications-bell = सूचनाएँ
notifications-bell-unread = { $count ->
    [one] सूचनाएँ, { $count } बिना पढ़ी
   *[other] सूचनाएँ, { $count } बिना पढ़ी
  }
notifications-recent = हाल की
notifications-empty = अभी कुछ नहीं। जब हब के पास आपके लिए कोई ख़बर होगी, तो वह यहाँ दिखेगी।
notifications-unread = बिना पढ़ी
notifications-read-all = सभी को पढ़ा हुआ चिह्नित करें
notifications-as-of = { $when } तक की स्थिति, जब यह डिवाइस आख़िरी बार हब से जुड़ा था।
notifications-hub-http = हब ने त्रुटि के साथ जवाब दिया (HTTP { $status })। बाद में फिर कोशिश करें।

notifications-settings = किन बातों की सूचना मिले
notifications-needs-network = किन बातों की सूचना मिले, यह चुनने के लिए नेटवर्क चाहिए। यह डिवाइस ऑनलाइन होने पर फिर कोशिश करें।
notifications-push-on = यह डिवाइस सूचनाएँ दिखाता है।
notifications-push-off = यह डिवाइस सूचनाएँ नहीं दिखाता।
notifications-push-denied = इस ब्राउज़र की सेटिंग में { -brand } की सूचनाएँ बंद हैं। यहाँ सूचना पाने के लिए वहाँ उन्हें अनुमति दें।
notifications-push-unsupported = यह ब्राउज़र { -brand } की सूचनाएँ नहीं दिखा सकता।
notifications-push-turn-on = सूचनाएँ चालू करें
notifications-push-turn-off = सूचनाएँ बंद करें
notifications-push-failed = यह ब्राउज़र अपनी पुश सेवा के साथ पंजीकरण नहीं कर सका: { $error }
notifications-kinds = मुझे इनकी सूचना दें
notifications-quiet = शांत समय
notifications-quiet-on = शांत समय में सूचनाएँ रोककर रखें
notifications-quiet-from = कब से
notifications-quiet-to = कब तक
notifications-quiet-note = इस डिवाइस के समय के अनुसार। शांत समय में जो आता है, वह शांत समय ख़त्म होने पर भेजा जाता है।
notifications-digest = ईमेल सारांश
notifications-digest-off = कोई ईमेल नहीं
notifications-digest-hourly = हर घंटे
notifications-digest-daily = दिन में एक बार
notifications-email = सारांश के लिए ईमेल पता
notifications-save = सेव करें
notifications-saved = सेव हो गया।

## Notifications, in both apps. A push from the hub names no one and quotes nothing: the device
## words it from the notify-* messages below, which say only what kind of thing happened.

notify-title = { -brand }

# What a notification says, on the lock screen and in the list. Practitioners' kinds:
notify-hub_replied = ہب نے آپ کی ایک درخواست کا جواب دیا۔
notify-question_waiting = ہب آپ کی ایک درخواست پر آپ کے جواب کا منتظر ہے۔
notify-resolved = آپ کی ایک درخواست حل ہو گئی۔
notify-fund_decision = ہب نے آپ کی ایک گرانٹ کی درخواست کا فیصلہ کر دیا۔
notify-changes_requested = ہب نے آپ کی ایک گرانٹ کی درخواست میں تبدیلیاں مانگی ہیں۔
notify-tranche_paid = آپ کی فنڈ گرانٹ کی ایک قسط ادا کر دی گئی۔
notify-filed_for_you = ہب نے آپ کے لیے ایک درخواست جمع کرائی ہے۔
# Staff's kinds:
notify-new_request = آپ کی ذمہ داری کے ممالک میں ایک نئی درخواست آئی ہے۔
notify-new_request-gathered = { $count ->
    [one] آپ کی ذمہ داری کے ممالک میں { $count } نئی درخواست آئی ہے۔
   *[other] آپ کی ذمہ داری کے ممالک میں { $count } نئی درخواستیں آئی ہیں۔
  }
notify-urgent_request = آپ کی ذمہ داری کے ممالک میں ایک فوری درخواست آئی ہے۔
notify-field_replied = آپ کو تفویض کی گئی ایک درخواست پر فیلڈ سے جواب آیا ہے۔
notify-assigned = ایک درخواست آپ کو تفویض کی گئی ہے۔
notify-sla_breaching = ایک درخواست کے سروس لیول کی مدت ختم ہونے والی ہے۔

# Each kind as a choice in the settings.
notify-kind-hub_replied = ہب کے جوابات
notify-kind-question_waiting = آپ کے جواب کے منتظر سوالات
notify-kind-resolved = حل شدہ درخواستیں
notify-kind-fund_decision = گرانٹ کی درخواستوں پر فیصلے
notify-kind-changes_requested = گرانٹ کی درخواستوں میں مانگی گئی تبدیلیاں
notify-kind-tranche_paid = فنڈ گرانٹس کی قسطوں کی ادائیگی
notify-kind-filed_for_you = ہب کی جانب سے آپ کے لیے جمع کرائی گئی درخواستیں
notify-kind-new_request = آپ کی ذمہ داری کے ممالک میں نئی درخواستیں
notify-kind-urgent_request = آپ کی ذمہ داری کے ممالک میں فوری درخواستیں
notify-kind-field_replied = آپ کی درخواستوں پر فیلڈ سے جوابات
notify-kind-assigned = آپ کو تفویض کی گئی درخواستیں
notify-kind-sla_breaching = سروس لیول جن کی مدت ختم ہونے والی ہے

notifications-title = اطلاعات
notifications-bell = اطلاعات
notifications-bell-unread = { $count ->
    [one] اطلاعات، { $count } نہ پڑھی گئی
   *[other] اطلاعات، { $count } نہ پڑھی گئیں
  }
notifications-recent = حالیہ
notifications-empty = ابھی کچھ نہیں۔ جب ہب کے پاس آپ کے لیے کوئی خبر ہو گی تو وہ یہاں دکھائی دے گی۔
notifications-unread = نہ پڑھی گئی
notifications-read-all = سب کو پڑھا ہوا نشان زد کریں
notifications-as-of = { $when } تک کی صورتِ حال، جب یہ ڈیوائس آخری بار ہب تک پہنچی تھی۔
notifications-hub-http = ہب نے غلطی کے ساتھ جواب دیا (HTTP { $status })۔ بعد میں دوبارہ کوشش کریں۔

notifications-settings = کن باتوں کی اطلاع ملے
notifications-needs-network = کن باتوں کی اطلاع ملے، یہ منتخب کرنے کے لیے نیٹ ورک درکار ہے۔ یہ ڈیوائس آن لائن ہونے پر دوبارہ کوشش کریں۔
notifications-push-on = یہ ڈیوائس اطلاعات دکھاتی ہے۔
notifications-push-off = یہ ڈیوائس اطلاعات نہیں دکھاتی۔
notifications-push-denied = اس براؤزر کی ترتیبات میں { -brand } کی اطلاعات بند ہیں۔ یہاں اطلاع پانے کے لیے وہاں ان کی اجازت دیں۔
notifications-push-unsupported = یہ براؤزر { -brand } کی اطلاعات نہیں دکھا سکتا۔
notifications-push-turn-on = اطلاعات آن کریں
notifications-push-turn-off = اطلاعات بند کریں
notifications-push-failed = یہ براؤزر اپنی پُش سروس کے ساتھ رجسٹر نہیں ہو سکا: { $error }
notifications-kinds = مجھے ان کی اطلاع دیں
notifications-quiet = خاموش اوقات
notifications-quiet-on = خاموش اوقات میں اطلاعات روک کر رکھیں
notifications-quiet-from = کب سے
notifications-quiet-to = کب تک
notifications-quiet-note = اس ڈیوائس کے وقت کے مطابق۔ خاموش اوقات میں جو کچھ آئے وہ ان کے ختم ہونے پر بھیجا جاتا ہے۔
notifications-digest = ای میل خلاصہ
notifications-digest-off = کوئی ای میل نہیں
notifications-digest-hourly = ہر گھنٹے
notifications-digest-daily = دن میں ایک بار
notifications-email = خلاصے کے لیے ای میل پتا
notifications-save = محفوظ کریں
notifications-saved = محفوظ ہو گیا۔

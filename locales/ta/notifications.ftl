## Notifications, in both apps. A push from the hub names no one and quotes nothing: the device
## words it from the notify-* messages below, which say only what kind of thing happened.

notify-title = { -brand }

# What a notification says, on the lock screen and in the list. Practitioners' kinds:
notify-hub_replied = உங்கள் கோரிக்கைகளில் ஒன்றுக்கு மையம் பதிலளித்தது.
notify-question_waiting = உங்கள் கோரிக்கைகளில் ஒன்றில் மையம் உங்கள் பதிலுக்காகக் காத்திருக்கிறது.
notify-resolved = உங்கள் கோரிக்கைகளில் ஒன்று தீர்க்கப்பட்டது.
notify-fund_decision = உங்கள் நிதி விண்ணப்பங்களில் ஒன்றின் மீது மையம் முடிவெடுத்தது.
notify-changes_requested = உங்கள் நிதி விண்ணப்பங்களில் ஒன்றில் மையம் மாற்றங்களைக் கோரியது.
notify-tranche_paid = உங்கள் நிதி மானியத்தின் ஒரு தவணை செலுத்தப்பட்டது.
notify-filed_for_you = மையம் உங்களுக்காக ஒரு கோரிக்கையைப் பதிவு செய்தது.
# Staff's kinds:
notify-new_request = நீங்கள் கவனிக்கும் நாடுகளில் ஒரு புதிய கோரிக்கை வந்துள்ளது.
notify-new_request-gathered = { $count ->
    [one] நீங்கள் கவனிக்கும் நாடுகளில் { $count } புதிய கோரிக்கை வந்துள்ளது.
   *[other] நீங்கள் கவனிக்கும் நாடுகளில் { $count } புதிய கோரிக்கைகள் வந்துள்ளன.
  }
notify-urgent_request = நீங்கள் கவனிக்கும் நாடுகளில் ஒரு அவசரக் கோரிக்கை வந்துள்ளது.
notify-field_replied = உங்களுக்கு ஒதுக்கப்பட்ட ஒரு கோரிக்கையில் களத்திலிருந்து பதில் வந்துள்ளது.
notify-assigned = ஒரு கோரிக்கை உங்களுக்கு ஒதுக்கப்பட்டது.
notify-sla_breaching = ஒரு கோரிக்கை அதன் சேவை நிலைக் கெடுவைத் தவறவிடும் நிலையில் உள்ளது.

# Each kind as a choice in the settings.
notify-kind-hub_replied = மையத்தின் பதில்கள்
notify-kind-question_waiting = உங்கள் பதிலுக்காகக் காத்திருக்கும் கேள்விகள்
notify-kind-resolved = தீர்க்கப்பட்ட கோரிக்கைகள்
notify-kind-fund_decision = நிதி விண்ணப்பங்கள் மீதான முடிவுகள்
notify-kind-changes_requested = நிதி விண்ணப்பங்களில் கோரப்பட்ட மாற்றங்கள்
notify-kind-tranche_paid = செலுத்தப்பட்ட நிதி மானியத் தவணைகள்
notify-kind-filed_for_you = மையம் உங்களுக்காகப் பதிவு செய்த கோரிக்கைகள்
notify-kind-new_request = நீங்கள் கவனிக்கும் நாடுகளில் புதிய கோரிக்கைகள்
notify-kind-urgent_request = நீங்கள் கவனிக்கும் நாடுகளில் அவசரக் கோரிக்கைகள்
notify-kind-field_replied = உங்கள் கோரிக்கைகளுக்குக் களத்திலிருந்து பதில்கள்
notify-kind-assigned = உங்களுக்கு ஒதுக்கப்பட்ட கோரிக்கைகள்
notify-kind-sla_breaching = தவறவிடப்படும் நிலையில் உள்ள சேவை நிலைகள்

notifications-title = அறிவிப்புகள்
notifications-bell = அறிவிப்புகள்
notifications-bell-unread = { $count ->
    [one] அறிவிப்புகள், { $count } படிக்காதது
   *[other] அறிவிப்புகள், { $count } படிக்காதவை
  }
notifications-recent = சமீபத்தியவை
notifications-empty = இன்னும் எதுவும் இல்லை. மையத்திடம் உங்களுக்கான செய்தி இருக்கும்போது, அது இங்கே தோன்றும்.
notifications-unread = படிக்காதவை
notifications-read-all = அனைத்தையும் படித்ததாகக் குறி
notifications-as-of = இந்தச் சாதனம் கடைசியாக மையத்தை அடைந்த { $when } நிலவரப்படி.
notifications-hub-http = மையம் பிழையுடன் பதிலளித்தது (HTTP { $status }). பின்னர் மீண்டும் முயலுங்கள்.

notifications-settings = எவை பற்றி அறிவிக்க வேண்டும்
notifications-needs-network = எவை பற்றி அறிவிக்க வேண்டும் என்பதைத் தேர்ந்தெடுக்க இணைய இணைப்பு தேவை. இந்தச் சாதனம் இணைப்பில் இருக்கும்போது மீண்டும் முயலுங்கள்.
notifications-push-on = இந்தச் சாதனம் அறிவிப்புகளைக் காட்டுகிறது.
notifications-push-off = இந்தச் சாதனம் அறிவிப்புகளைக் காட்டுவதில்லை.
notifications-push-denied = இந்த உலாவியின் அமைப்புகளில் { -brand } க்கான அறிவிப்புகள் தடுக்கப்பட்டுள்ளன. இங்கே அறிவிப்புகளைப் பெற, அங்கே அவற்றை அனுமதியுங்கள்.
notifications-push-unsupported = இந்த உலாவியால் { -brand } இன் அறிவிப்புகளைக் காட்ட முடியாது.
notifications-push-turn-on = அறிவிப்புகளை இயக்கு
notifications-push-turn-off = அறிவிப்புகளை முடக்கு
notifications-push-failed = இந்த உலாவியால் அதன் புஷ் சேவையில் பதிவுசெய்ய முடியவில்லை: { $error }
notifications-kinds = இவை பற்றி எனக்கு அறிவி
notifications-quiet = அமைதி நேரம்
notifications-quiet-on = அமைதி நேரத்தில் அறிவிப்புகளை நிறுத்திவை
notifications-quiet-from = முதல்
notifications-quiet-to = வரை
notifications-quiet-note = இந்தச் சாதனத்தின் நேரப்படி. அமைதி நேரத்தில் வருபவை அது முடிந்ததும் அனுப்பப்படும்.
notifications-digest = மின்னஞ்சல் சுருக்கம்
notifications-digest-off = மின்னஞ்சல் வேண்டாம்
notifications-digest-hourly = ஒவ்வொரு மணி நேரமும்
notifications-digest-daily = நாளுக்கு ஒருமுறை
notifications-email = சுருக்கத்துக்கான மின்னஞ்சல் முகவரி
notifications-save = சேமி
notifications-saved = சேமிக்கப்பட்டது.

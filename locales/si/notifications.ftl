## Notifications, in both apps. A push from the hub names no one and quotes nothing: the device
## words it from the notify-* messages below, which say only what kind of thing happened.

notify-title = { -brand }

# What a notification says, on the lock screen and in the list. Practitioners' kinds:
notify-hub_replied = මධ්‍යස්ථානය ඔබගේ ඉල්ලීමකට පිළිතුරු දුන්නා.
notify-question_waiting = මධ්‍යස්ථානය ඔබගේ ඉල්ලීමක් සම්බන්ධයෙන් ඔබගේ පිළිතුර බලාපොරොත්තුවෙන් සිටී.
notify-resolved = ඔබගේ ඉල්ලීමක් විසඳා ඇත.
notify-fund_decision = මධ්‍යස්ථානය ඔබගේ අරමුදල් අයදුම්පතක් පිළිබඳ තීරණයක් ගත්තා.
notify-changes_requested = මධ්‍යස්ථානය ඔබගේ අරමුදල් අයදුම්පතක වෙනස්කම් ඉල්ලා ඇත.
notify-tranche_paid = ඔබගේ අරමුදල් ප්‍රදානයේ වාරිකයක් ගෙවා ඇත.
notify-filed_for_you = මධ්‍යස්ථානය ඔබ වෙනුවෙන් ඉල්ලීමක් ඉදිරිපත් කළා.
# Staff's kinds:
notify-new_request = ඔබට භාර රටවලින් නව ඉල්ලීමක් ලැබී ඇත.
notify-new_request-gathered = { $count ->
    [one] ඔබට භාර රටවලින් නව ඉල්ලීම් { $count }ක් ලැබී ඇත.
   *[other] ඔබට භාර රටවලින් නව ඉල්ලීම් { $count }ක් ලැබී ඇත.
  }
notify-urgent_request = ඔබට භාර රටවලින් හදිසි ඉල්ලීමක් ලැබී ඇත.
notify-field_replied = ඔබට පැවරූ ඉල්ලීමකට ක්ෂේත්‍රයෙන් පිළිතුරක් ලැබී ඇත.
notify-assigned = ඉල්ලීමක් ඔබට පවරා ඇත.
notify-sla_breaching = ඉල්ලීමක සේවා මට්ටමේ කාල සීමාව ඉක්මවීමට ආසන්නයි.

# Each kind as a choice in the settings.
notify-kind-hub_replied = මධ්‍යස්ථානයේ පිළිතුරු
notify-kind-question_waiting = ඔබගේ පිළිතුර බලාපොරොත්තුවෙන් ඇති ප්‍රශ්න
notify-kind-resolved = විසඳූ ඉල්ලීම්
notify-kind-fund_decision = අරමුදල් අයදුම්පත් පිළිබඳ තීරණ
notify-kind-changes_requested = අරමුදල් අයදුම්පත්වල ඉල්ලූ වෙනස්කම්
notify-kind-tranche_paid = අරමුදල් ප්‍රදාන වාරික ගෙවීම්
notify-kind-filed_for_you = මධ්‍යස්ථානය ඔබ වෙනුවෙන් ඉදිරිපත් කළ ඉල්ලීම්
notify-kind-new_request = ඔබට භාර රටවලින් නව ඉල්ලීම්
notify-kind-urgent_request = ඔබට භාර රටවලින් හදිසි ඉල්ලීම්
notify-kind-field_replied = ඔබගේ ඉල්ලීම්වලට ක්ෂේත්‍රයෙන් පිළිතුරු
notify-kind-assigned = ඔබට පැවරූ ඉල්ලීම්
notify-kind-sla_breaching = ඉක්මවීමට ආසන්න සේවා මට්ටම්

notifications-title = දැනුම්දීම්
notifications-bell = දැනුම්දීම්
notifications-bell-unread = { $count ->
    [one] දැනුම්දීම්, නොකියවූ { $count }ක්
   *[other] දැනුම්දීම්, නොකියවූ { $count }ක්
  }
notifications-recent = මෑත
notifications-empty = තවම කිසිවක් නැත. මධ්‍යස්ථානයට ඔබට දැනුම් දිය යුතු දෙයක් ඇති විට, එය මෙහි පෙන්වයි.
notifications-unread = නොකියවූ
notifications-read-all = සියල්ල කියවූ ලෙස සලකුණු කරන්න
notifications-as-of = මෙම උපාංගය අවසන් වරට මධ්‍යස්ථානයට සම්බන්ධ වූ { $when } වන විට.
notifications-hub-http = මධ්‍යස්ථානය දෝෂයක් සමඟ පිළිතුරු දුන්නා (HTTP { $status }). පසුව නැවත උත්සාහ කරන්න.

notifications-settings = දැනුම් දිය යුතු දේ
notifications-needs-network = දැනුම් දිය යුතු දේ තේරීමට ජාලය අවශ්‍යයි. මෙම උපාංගය ජාලයට සම්බන්ධ වූ විට නැවත උත්සාහ කරන්න.
notifications-push-on = මෙම උපාංගය දැනුම්දීම් පෙන්වයි.
notifications-push-off = මෙම උපාංගය දැනුම්දීම් නොපෙන්වයි.
notifications-push-denied = මෙම බ්‍රවුසරයේ සැකසුම්වල { -brand } සඳහා දැනුම්දීම් අවහිර කර ඇත. මෙහි දැනුම් ලබා ගැනීමට, එහිදී ඒවාට ඉඩ දෙන්න.
notifications-push-unsupported = මෙම බ්‍රවුසරයට { -brand } වෙතින් දැනුම්දීම් පෙන්විය නොහැක.
notifications-push-turn-on = දැනුම්දීම් සක්‍රිය කරන්න
notifications-push-turn-off = දැනුම්දීම් අක්‍රිය කරන්න
notifications-push-failed = මෙම බ්‍රවුසරයට එහි පුෂ් සේවාවේ ලියාපදිංචි විය නොහැකි විය: { $error }
notifications-kinds = මට දැනුම් දිය යුතු දේ
notifications-quiet = නිහඬ පැය
notifications-quiet-on = නිහඬ පැය තුළ දැනුම්දීම් රඳවා තබන්න
notifications-quiet-from = සිට
notifications-quiet-to = දක්වා
notifications-quiet-note = මෙම උපාංගයේ වේලාව අනුව. නිහඬ පැය තුළ ලැබෙන දේ ඒවා අවසන් වූ විට යවනු ලැබේ.
notifications-digest = ඊමේල් සාරාංශය
notifications-digest-off = ඊමේල් නැත
notifications-digest-hourly = සෑම පැයකටම
notifications-digest-daily = දිනකට වරක්
notifications-email = සාරාංශය සඳහා ඊමේල් ලිපිනය
notifications-save = සුරකින්න
notifications-saved = සුරැකුණා.

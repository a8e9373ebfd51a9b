# The field app (the practitioners' phone app): frame, sign-in, lock, account, the list of
# requests and guidance. Forms and a request's own screen are in requests.ftl.

## What shows before the catalogue is loaded (kept for the next start)

boot-loading = { -brand } පූරණය වෙමින්…
boot-retrying = { -brand } පූරණය වෙමින් තිබියදී ජාලය බිඳ වැටුණා. නැවත උත්සාහ කරමින්…

## The frame

app-meta =
    .content = දකුණු ආසියා කලාපීය මධ්‍යස්ථානයෙන් උදව් ඉල්ලන්න, එහි පිළිතුරු බලන්න සහ එහි මාර්ගෝපදේශ කියවන්න, ජාලය ඇතත් නැතත්.
nav-back =
    .aria-label = ආපසු
nav-main =
    .aria-label = ප්‍රධාන
tab-requests = ඉල්ලීම්
tab-new = මධ්‍යස්ථානයෙන් අසන්න
tab-guidance = මාර්ගෝපදේශ
tab-account = ගිණුම
sync-offline = නොබැඳි
# A screen's name in the window title.
app-title = { $screen } · { -brand }
# $error is the browser's own description of what went wrong (often in English).
app-screen-failed = මෙම තිරය විවෘත කළ නොහැකි විය: { $error }
app-start-failed = { -brand } ආරම්භ කළ නොහැකි විය: { $error }
app-open-elsewhere = { -brand } දැනටමත් මෙම උපාංගයේ වෙනත් ටැබයක හෝ කවුළුවක විවෘතව ඇත.
app-open-elsewhere-note = කිසිවක් දෙවරක් ලියවීම වැළැක්වීමට, වරකට එකකට පමණක් ඔබගේ වැඩ තබා ගත හැක. අනෙක වසා, නැවත උත්සාහ කරන්න.
app-try-again = නැවත උත්සාහ කරන්න
app-signed-out = ඔබ ඉවත් වී ඇත. ඔබගේ කිසිවක් මෙම දුරකථනයේ ඉතිරිව නැත.
# Someone else signs in on a phone that keeps another person's work.
app-other-person = මෙම දුරකථනයේ ඇත්තේ { $username } ගේ වැඩ ය. ඉදිරියට යාමට { $username } ලෙස පුරනය වන්න.

## Banners under the top bar

banner-session-rejected = මධ්‍යස්ථානය මෙම දුරකථනයේ පුරනය වීම පිළිගත්තේ නැත. ඔබගේ වැඩ යැවීමට නැවත පුරනය වන්න; මෙහි ඇති කිසිවක් නැති වී නැත.
banner-session-rejected-action = පුරනය වන්න
banner-offline = නොබැඳි. ඔබ ලියන දේ මෙම දුරකථනයේ තබා, ජාලය නැවත ලැබුණු විට යවනු ලැබේ.
banner-update = { -brand } හි නව සංස්කරණයක් සූදානම්.
banner-update-action = නැවත පූරණය කරන්න

## The sync indicator in the top bar (short) and what it explains when tapped.
## $count and $waiting count requests with changes only on this phone.

sync-sign-in = සමමුහුර්ත කිරීමට පුරනය වන්න
sync-sending-count = { $count }ක් යවමින්…
sync-up-to-date = යාවත්කාලීනයි
sync-offline-waiting = නොබැඳි · { $count }ක් රැඳී ඇත
sync-connecting = සම්බන්ධ වෙමින්…
sync-connecting-waiting = සම්බන්ධ වෙමින්… · { $count }ක් රැඳී ඇත
# A long catch-up with the hub: $docs records and $kb kilobytes left.
sync-catching-up-short = { $docs }ක් ඉතිරියි · { $kb } KB
sync-catching-up =
    මධ්‍යස්ථානය සමඟ යාවත්කාලීන වෙමින්: තව { $docs ->
        [one] ලේඛන { $docs }ක්
       *[other] ලේඛන { $docs }ක්
    } සහ { $kb } KB ඉතිරියි. ඔබට දිගටම වැඩ කළ හැක.
sync-explain-connected =
    මධ්‍යස්ථානයට සම්බන්ධයි. { $waiting ->
        [0] මෙම දුරකථනයේ ඇති සියල්ල මධ්‍යස්ථානයට ලැබී ඇත.
        [one] ඉල්ලීම් { $waiting }ක වෙනස්කම් ඇත්තේ මෙම දුරකථනයේ පමණි.
       *[other] ඉල්ලීම් { $waiting }ක වෙනස්කම් ඇත්තේ මෙම දුරකථනයේ පමණි.
    }
sync-explain-offline =
    ජාලය නැත. { $waiting ->
        [0] මෙම දුරකථනයේ ඇති සියල්ල මධ්‍යස්ථානයට ලැබී ඇත.
        [one] ඉල්ලීම් { $waiting }ක වෙනස්කම් ඇත්තේ මෙම දුරකථනයේ පමණි. ජාලය නැවත ලැබුණු විට ඒවා යවනු ලැබේ.
       *[other] ඉල්ලීම් { $waiting }ක වෙනස්කම් ඇත්තේ මෙම දුරකථනයේ පමණි. ජාලය නැවත ලැබුණු විට ඒවා යවනු ලැබේ.
    }
sync-explain-connecting =
    තවම මධ්‍යස්ථානයට සම්බන්ධ වී නැත. { $waiting ->
        [0] මෙම දුරකථනයේ ඇති සියල්ල මධ්‍යස්ථානයට ලැබී ඇත.
        [one] ඉල්ලීම් { $waiting }ක වෙනස්කම් ඇත්තේ මෙම දුරකථනයේ පමණි.
       *[other] ඉල්ලීම් { $waiting }ක වෙනස්කම් ඇත්තේ මෙම දුරකථනයේ පමණි.
    }
# $seconds: when the next attempt to reach the hub is made.
sync-explain-retrying =
    තවම මධ්‍යස්ථානයට සම්බන්ධ වී නැත. තත්පර { $seconds }කින් නැවත උත්සාහ කෙරේ. { $waiting ->
        [0] මෙම දුරකථනයේ ඇති සියල්ල මධ්‍යස්ථානයට ලැබී ඇත.
        [one] ඉල්ලීම් { $waiting }ක වෙනස්කම් ඇත්තේ මෙම දුරකථනයේ පමණි.
       *[other] ඉල්ලීම් { $waiting }ක වෙනස්කම් ඇත්තේ මෙම දුරකථනයේ පමණි.
    }

## Signing in

signin-tagline = දකුණු ආසියා කලාපීය මධ්‍යස්ථානයේ උපකාර කවුළුව, ඔබගේ සාක්කුවේ.
signin-username = පරිශීලක නාමය
signin-password = මුරපදය
signin-submit = පුරනය වන්න
signin-busy = පුරනය වෙමින්…
signin-empty = ඔබගේ පරිශීලක නාමය සහ මුරපදය ඇතුළත් කරන්න.
signin-unreachable = මධ්‍යස්ථානයට සම්බන්ධ විය නොහැක. පුරනය වීමට එක් වරක් ජාලය අවශ්‍යයි; ඉන් පසු යෙදුම ජාලය නොමැතිව ක්‍රියා කරයි.
signin-wrong = එම පරිශීලක නාමය සහ මුරපදය නොගැළපේ.
signin-failed = පුරනය වීම අසාර්ථක විය (HTTP { $status }).
signin-staff = මෙම යෙදුම ක්ෂේත්‍රයේ සිටින නිලධාරීන් සඳහා ය. මධ්‍යස්ථාන කාර්ය මණ්ඩලය /console/ හි ඇති කොන්සෝලයේ වැඩ කරයි.
signin-network-note = එක් වරක් පුරනය වීමට ඔබට ජාලය අවශ්‍යයි. ඉන් පසු { -brand } ජාලය නොමැතිව ක්‍රියා කරයි: සියල්ල මෙම දුරකථනයේ තබා, ජාලය නැවත ලැබුණු විට යවනු ලැබේ.
signin-again = ඔබගේ වැඩ මධ්‍යස්ථානයට යැවීමට නැවත පුරනය වන්න. මෙම උපාංගයේ කිසිවක් නැති වී නැත.
# The phone locked itself after $days days without reaching the hub.
signin-offline-locked =
    { $days ->
        [one] මෙම දුරකථනය දින { $days }කට වැඩි කාලයක් මධ්‍යස්ථානයට සම්බන්ධ නොවූ නිසා { -brand } එය අගුළු දැමීය.
       *[other] මෙම දුරකථනය දින { $days }කට වැඩි කාලයක් මධ්‍යස්ථානයට සම්බන්ධ නොවූ නිසා { -brand } එය අගුළු දැමීය.
    }
signin-offline-locked-next = ඉදිරියට යාමට ජාලය සහිතව පුරනය වී, ඉන් පසු ඔබගේ PIN අංකය ඇතුළත් කරන්න. ඔබ තවම නොයැවූ දේ සංකේතනය කර මෙම දුරකථනයේම ඇත.
# The owner forgot the PIN; $unsent requests have changes that were never sent.
signin-forgot-title = පුරනය වීමෙන් මෙම දුරකථනය මුල සිට අලුතින් ආරම්භ වේ.
signin-forgot-text =
    { $unsent ->
        [0] මධ්‍යස්ථානයට ලැබුණු සියල්ල නැවත ලැබේ. අදහස වෙනස් වුණාද? ඒ වෙනුවට PIN අංකය ඇතුළත් කිරීමට පිටුව නැවත පූරණය කරන්න.
        [one] ඉල්ලීම් { $unsent }ක කිසි විටෙක මධ්‍යස්ථානයට නොලැබුණු වෙනස්කම් ඇත; ඒවා නැති වේ. මධ්‍යස්ථානයට ලැබුණු සියල්ල නැවත ලැබේ. අදහස වෙනස් වුණාද? ඒ වෙනුවට PIN අංකය ඇතුළත් කිරීමට පිටුව නැවත පූරණය කරන්න.
       *[other] ඉල්ලීම් { $unsent }ක කිසි විටෙක මධ්‍යස්ථානයට නොලැබුණු වෙනස්කම් ඇත; ඒවා නැති වේ. මධ්‍යස්ථානයට ලැබුණු සියල්ල නැවත ලැබේ. අදහස වෙනස් වුණාද? ඒ වෙනුවට PIN අංකය ඇතුළත් කිරීමට පිටුව නැවත පූරණය කරන්න.
    }
# Why the phone is empty: it deleted what it kept on $when (a date and time).
signin-wiped-pins-title = මෙම දුරකථනයේ වැරදි PIN අංක බොහෝ වාරයක් ඇතුළත් කෙරිණි.
signin-wiped-pins-text = { $when } දී, අවසාන වැරදි උත්සාහයෙන් පසු, { -brand } මෙහි තබා තිබූ සියල්ල, කෙටුම්පත් සහ නොයැවූ වැඩ ද ඇතුළුව, මකා දැමීය. නැවත පුරනය වන්න; මධ්‍යස්ථානයට ලැබුණු දේ තවමත් එහි ඇත.
signin-wiped-revoked-title = මෙම දුරකථනය වෙනත් තැනකින් { -brand } වෙතින් ඉවත් කර ඇත.
signin-wiped-revoked-text = { $when } දී, මෙහි ප්‍රවේශය ඉවත් කළ බව මධ්‍යස්ථානය දැනුම් දුන්නේය; එය ඔබ වෙනත් උපාංගයකින් හෝ මධ්‍යස්ථාන පරිපාලකයෙකු විසින් කළ දෙයකි. එබැවින් { -brand } මෙහි තබා තිබූ සියල්ල, කෙටුම්පත් සහ නොයැවූ වැඩ ද ඇතුළුව, මකා දැමීය. එය වැරැද්දක් නම්, නැවත පුරනය වන්න; මධ්‍යස්ථානයට ලැබුණු දේ තවමත් එහි ඇත.

## The lock: choosing a PIN, and unlocking with it

lock-choose-title = මෙම දුරකථනය සඳහා PIN අංකයක් තෝරන්න
# $min and $max digits; the phone locks itself after $minutes minutes unused.
lock-choose-text =
    { -brand } ඔබගේ ඉල්ලීම් මෙම දුරකථනයේ සංකේතනය කර තබයි, එබැවින් එය අතට ගන්නා කිසිවෙකුට ඒවා කියවිය නොහැක. ඉලක්කම් { $min } සිට { $max } දක්වා PIN අංකයක් තෝරන්න: { -brand } විවෘත කරන සෑම විටම සහ { $minutes ->
        [one] විනාඩි { $minutes }ක්
       *[other] විනාඩි { $minutes }ක්
    } භාවිත නොකළ පසු ඔබ එය ඇතුළත් කළ යුතුය.
lock-new-pin = නව PIN අංකය
lock-pin-again = එම PIN අංකයම නැවත
lock-save = PIN අංකය සුරකින්න
lock-saving = මෙම දුරකථනය අගුළු දමමින්…
lock-pins-differ = PIN අංක දෙක සමාන නැත. එකම PIN අංකය දෙවරක් ටයිප් කරන්න.
lock-forget-note = ඔබට එය අමතක වුවහොත්, ජාලය සහිතව නැවත පුරනය වන්න; නැති වන්නේ මෙම දුරකථනයෙන් මධ්‍යස්ථානයට නොයැවූ දේ පමණි.
lock-locked-title = { -brand } අගුළු දමා ඇත
lock-enter-pin = එය විවෘත කිරීමට { $username } ගේ PIN අංකය ඇතුළත් කරන්න.
lock-pin = PIN අංකය
lock-unlock = අගුළු අරින්න
lock-unlocking = අගුළු අරිමින්…
lock-empty = ඔබගේ PIN අංකය ඇතුළත් කරන්න.
# $left wrong tries remain before the phone deletes what it keeps.
lock-wrong-pin =
    එම PIN අංකය නිවැරදි නැත. { -brand } මෙම දුරකථනයේ තබා ඇති දේ මකා දැමීමට පෙර තවත් { $left ->
        [one] උත්සාහ { $left }ක්
       *[other] උත්සාහ { $left }ක්
    } ඉතිරිව ඇත.
lock-forgot-summary = ඔබගේ PIN අංකය අමතක වුණාද?
lock-forgot-text = PIN අංකය නොමැතිව { -brand } මෙම දුරකථනයේ තබා ඇති දේ කිසිවෙකුට, මධ්‍යස්ථානයට පවා, කියවිය නොහැක. ඔබට ජාලය සහිතව නැවත පුරනය වී මෙම දුරකථනය අලුතින් ආරම්භ කළ හැක: මධ්‍යස්ථානයට ලැබුණු සියල්ල නැවත ලැබේ, දුරකථනයෙන් කිසි විටෙක පිට නොවූ දේ නැති වේ.
lock-forgot-unsent =
    { $unsent ->
        [0] මෙම දුරකථනය දන්නා පරිදි, එහි ඇති සියල්ල මධ්‍යස්ථානයට ලැබී ඇත.
        [one] ඉල්ලීම් { $unsent }ක තවම මධ්‍යස්ථානයට නොයැවූ වෙනස්කම් ඇත; ඒවා නැති වනු ඇත.
       *[other] ඉල්ලීම් { $unsent }ක තවම මධ්‍යස්ථානයට නොයැවූ වෙනස්කම් ඇත; ඒවා නැති වනු ඇත.
    }
lock-start-afresh = නැවත පුරනය වී අලුතින් ආරම්භ කරන්න
# What is wrong with a new PIN ($min and $max are the shortest and longest PIN).
lock-pin-digits-only = PIN අංකයක තිබිය යුත්තේ ඉලක්කම් පමණි.
lock-pin-too-short = PIN අංකයකට අවම වශයෙන් ඉලක්කම් { $min }ක් අවශ්‍යයි.
lock-pin-too-long = PIN අංකයක තිබිය හැක්කේ උපරිම ඉලක්කම් { $max }ක් පමණි.
lock-pin-repeated = එකම ඉලක්කම නැවත නැවත ඇති PIN අංකයක් අනුමාන කිරීමට ඉතා පහසුයි.
lock-pin-in-a-row = අනුපිළිවෙළට ඇති ඉලක්කම් (123456 වැනි) සහිත PIN අංකයක් අනුමාන කිරීමට ඉතා පහසුයි.

## Account

account-title = ගිණුම
account-role = භූමිකාව
account-place = ස්ථානය
account-place-value = { $city }, { $country }
account-on-phone = මෙම දුරකථනයේ
account-requests = ඉල්ලීම්
# $total requests on the phone, $waiting of them with changes the hub does not have yet.
account-requests-count =
    { $waiting ->
        [0] { $total }, සියල්ල මධ්‍යස්ථානයට ලැබී ඇත
       *[other] { $total } ({ $waiting }ක් තවම මධ්‍යස්ථානයට ලැබී නැත)
    }
account-guidance = මාර්ගෝපදේශ
account-guidance-count = නොබැඳිව කියවීමට { $count }ක් සුරකින ලදී
account-drafts = කෙටුම්පත්
account-language = භාෂාව
account-language-offline = ජාලය නොමැතිව මෙම භාෂාව පූරණය කළ නොහැක. දුරකථනය ජාලයට සම්බන්ධ වූ විට නැවත උත්සාහ කරන්න.
account-devices = ඔබගේ උපාංග
account-devices-offline = දුරකථනය ජාලයට සම්බන්ධ වූ විට පෙන්වයි.
# $name is the device's name; $when a date and time.
account-device-this-phone = { $name } (මෙම දුරකථනය)
account-device-signed-out = { $when } ඉවත් කළා
account-device-last-seen = අවසන් වරට දුටුවේ { $when }
account-revoke = එම උපාංගය ඉවත් කරන්න
account-revoke-confirm = "{ $name }" ඉවත් කරන්නද? එය නැති වී ඇත්නම්, ඊළඟ වතාවේ ජාලයට සම්බන්ධ වූ විට { -brand } එහි තබා ඇති දේ එය විසින් මකා දමනු ඇත.
account-revoke-failed = එය මධ්‍යස්ථානයට ළඟා වූයේ නැත. ජාලය ඇති විට නැවත උත්සාහ කරන්න.
account-sign-out = ඉවත් වන්න
account-sign-out-question = ඉවත් වන්නද?
account-sign-out-text = ඔබගේ ඉල්ලීම් සහ මාර්ගෝපදේශ මෙම දුරකථනයෙන් ඉවත් කෙරේ. ඒවා මධ්‍යස්ථානයේ පවතී: ඒවා නැවත ලබා ගැනීමට නැවත පුරනය වන්න.
account-at-risk-title = සමහර වැඩ ඇත්තේ මෙම දුරකථනයේ පමණි
account-at-risk-text = ඉවත් වීමෙන් { -brand } මෙම දුරකථනයේ තබා ඇති සියල්ල මැකේ. මේවා තවම මධ්‍යස්ථානයට ලැබී නැති අතර නැති වනු ඇත:
# A request not yet with the hub: its title, and where it is ($sync: device or sending).
account-unsent-request =
    { $title } ({ $sync ->
        [sending] යවමින්…
       *[device] මෙම උපාංගයේ පමණි
    })
account-unsent-drafts =
    { $count ->
        [one] නිම නොකළ කෙටුම්පත් { $count }ක්
       *[other] නිම නොකළ කෙටුම්පත් { $count }ක්
    }
account-keep-note = ඒවා තබා ගැනීමට, ජාලයකට සම්බන්ධ වී ඒවා “{ sync-hub }” ලෙස පෙන්වන තෙක් රැඳී සිටින්න.
account-keep-signed-in = පුරනය වී සිටින්න
account-sign-out-delete = ඉවත් වී ඒවා මකන්න
account-signing-out = ඉවත් වෙමින්…

## The list of requests

list-title = මගේ ඉල්ලීම්
list-new = + නව
list-empty = මෙහි තවම කිසිවක් නැත.
list-empty-note = මධ්‍යස්ථානයෙන් උදව් හෝ සහාය අරමුදල ගැන අසන්න. ඔබ ලියන දේ ජාලය නැති විට පවා මෙම දුරකථනයේ තබා, ජාලය ඇති විට මධ්‍යස්ථානයට යවනු ලැබේ.
list-empty-action = මධ්‍යස්ථානයෙන් අසන්න
list-chip-team = ඔබගේ නගර කණ්ඩායමෙන්
list-chip-replied = මධ්‍යස්ථානය පිළිතුරු දුන්නා
list-chip-conflict = ඔබගේ තේරීම අවශ්‍යයි

## Drafts

# A form left unfinished; $title is what was typed as its title.
draft-unfinished-request = නිම නොකළ ඉල්ලීම: { $title }
draft-unfinished-fund = නිම නොකළ අරමුදල් විමසීම: { $title }
draft-untitled = මාතෘකාවක් නැත
draft-saving = කෙටුම්පත සුරකිමින්…
draft-saved = කෙටුම්පත මෙම උපාංගයේ සුරකින ලදී
draft-failed = කෙටුම්පත මෙම උපාංගයේ සුරැකිය නොහැකි විය. මෙම තිරය විවෘතව තබන්න.

## Guidance

guidance-title = මාර්ගෝපදේශ
guidance-intro = මධ්‍යස්ථානය ප්‍රකාශයට පත් කරන මාර්ගෝපදේශ: ප්‍රාදේශීය ක්‍රියාකාරී සැලැස්මක් ලියන ආකාරය, සහාය අරමුදලේ නීති, ආකෘති සහ වෙනත් නගරවල හොඳ පිළිවෙත්.
guidance-saved = නොබැඳිව කියවීමට මෙම දුරකථනයේ සුරකින ලදී
guidance-empty = මෙම දුරකථනයේ තවම මාර්ගෝපදේශ නැත.
guidance-empty-note = මධ්‍යස්ථානය ප්‍රකාශයට පත් කරන දේ ඔබ ඊළඟ වතාවේ ජාලයට සම්බන්ධ වූ විට ලැබෙන අතර, ජාලය නැතිව ද කියවිය හැක.
guidance-missing = මෙම මාර්ගෝපදේශය තවම මෙම දුරකථනයේ නැත. ඔබ ඊළඟ වතාවේ ජාලයට සම්බන්ධ වූ විට එය ලැබේ.
# $date is a date.
guidance-published = ප්‍රකාශිත දිනය { $date }
# Under an item in the list: the other languages it exists in, such as "Bengali and Urdu".
guidance-also-in = වෙනත් භාෂාවලින් ද ඇත: { $languages }
# Before the links to an item's versions in other languages.
guidance-versions = වෙනත් භාෂාවලින්:

## Events: the hub's trainings, workshops, dialogues and exchange visits (a link on the
## guidance screen opens them).
events-link = පුහුණුව සහ වැඩසටහන්
# Under the list of events: asks the hub to arrange a visit to another city in the network.
events-ask-exchange = හවුල්කාර නගරයකට අත්දැකීම් හුවමාරු චාරිකාවක් ඉල්ලන්න
events-title = වැඩසටහන්
events-intro = මධ්‍යස්ථානය පවත්වන පුහුණු, වැඩමුළු, සංවාද සහ අත්දැකීම් හුවමාරු චාරිකා. ජාලය ඇතත් නැතත් මෙහි ලියාපදිංචි වන්න: ආසන ලබා දෙන්නේ ලියාපදිංචි කිරීම් මධ්‍යස්ථානයට ලැබෙන අනුපිළිවෙළට ය.
events-empty = ඉදිරියට කිසිදු වැඩසටහනක් නැත. පසුව නැවත බලන්න.
events-as-of = මෙම දුරකථනය අවසන් වරට මධ්‍යස්ථානයට සම්බන්ධ වූ { $when } වන විට.
events-hub-http = මධ්‍යස්ථානය දෝෂයක් සමඟ පිළිතුරු දුන්නා (HTTP { $status }). පසුව නැවත උත්සාහ කරන්න.
events-kind-training = පුහුණුව
events-kind-workshop = වැඩමුළුව
events-kind-dialogue = සංවාදය
events-kind-exchange_visit = අත්දැකීම් හුවමාරු චාරිකාව
events-online = අන්තර්ජාලය හරහා
events-seats = ආසන { $seats }න් { $admitted }ක් පිරී ඇත
events-seats-full = ආසන { $seats }ම පිරී ඇත · { $waiting } දෙනෙක් රැඳී සිටී
events-register = ලියාපදිංචි වන්න
events-cancel = මගේ ලියාපදිංචිය අවලංගු කරන්න
events-dismiss = හරි
events-status-admitted = ඔබට ආසනයක් ලැබී ඇත.
events-status-waiting = ඔබ පොරොත්තු ලේඛනයේ සිටී. යමෙකු ලියාපදිංචිය අවලංගු කළහොත් ඔබට ආසනයක් ලැබේ.
events-status-queued-register = ඔබගේ ලියාපදිංචිය මෙම දුරකථනයේ ඇත. දුරකථනය ජාලයට සම්බන්ධ වූ විට එය යවනු ලැබේ.
events-status-queued-cancel = ඔබගේ ලියාපදිංචිය අවලංගු කිරීම මෙම දුරකථනයේ ඇත. දුරකථනය ජාලයට සම්බන්ධ වූ විට එය යවනු ලැබේ.

## Feedback after an event the person attended

feedback-title = වැඩසටහන කෙසේ වීදැයි මධ්‍යස්ථානයට කියන්න
feedback-scale = 1 යනු දුර්වල, 5 යනු විශිෂ්ට.
feedback-rating = වැඩසටහන කෙසේ වීද?
feedback-usefulness = ඔබගේ කාර්යයට එය කොතරම් ප්‍රයෝජනවත්ද?
feedback-comment = තවත් යමක් කීමට තිබේද? (අනිවාර්ය නොවේ)
feedback-send = යවන්න
feedback-queued = ස්තූතියි. ඔබගේ පිළිතුර මෙම දුරකථනයේ සුරැකී ඇත. දුරකථනය ජාලයට සම්බන්ධ වූ විට එය මධ්‍යස්ථානයට යවනු ලැබේ.

## The directory

directory-link = පුද්ගලයින් සහ නගර
directory-title = නාමාවලිය
directory-intro = සාමාජික නගර සහ උදව් කළ හැකි පුද්ගලයින්: එම කාර්යය කර අත්දැකීම් ඇති විශේෂඥයින් සහ ක්ෂේත්‍ර නිලධාරීන්. එය මෙම දුරකථනයේ තබා ඇති නිසා, ජාලය නැතිව ද එහි සෙවිය හැක.
directory-search = නාමාවලියේ සොයන්න
directory-search-hint = නමක්, තේමාවක්, භාෂාවක් හෝ නගරයක්
directory-people = පුද්ගලයින්
directory-cities = සාමාජික නගර
directory-empty = මෙම සෙවුමට ගැළපෙන කිසිවක් නාමාවලියේ නැත.
directory-not-yet = නාමාවලිය තවම මෙම දුරකථනයට ලැබී නැත. ජාලයට සම්බන්ධ වූ විට මෙම තිරය නැවත විවෘත කරන්න.
directory-as-of = මෙම දුරකථනය අවසන් වරට මධ්‍යස්ථානයට සම්බන්ධ වූ { $when } වන විට.
directory-hub-http = මධ්‍යස්ථානය දෝෂයක් සමඟ පිළිතුරු දුන්නා (HTTP { $status }). පසුව නැවත උත්සාහ කරන්න.
directory-mine = ඔබගේ ඇතුළත් කිරීම
directory-mine-note = ඔබගේ නම, ඔබ ලබා දෙන දේ සහ ඔබගේ නගරය සැමවිටම පෙන්වයි. අන් අයට වෙනත් කුමක් පෙනේදැයි තෝරන්න; මධ්‍යස්ථානයට සැමවිටම සියල්ල පෙනේ.
directory-mine-shown = අන් අයට පෙනෙන දේ
directory-mine-listed = මා නාමාවලියේ ලැයිස්තුගත කරන්න
directory-mine-save = සුරකින්න
directory-mine-queued = මෙම දුරකථනයේ සුරැකුණා; ඔබ ජාලයට සම්බන්ධ වූ විට එය මධ්‍යස්ථානයට ලැබේ.

## A city's needs

needs-link = මෙම කාර්තුවේ ඔබගේ නගරයේ අවශ්‍යතා
needs-title = නගරයේ අවශ්‍යතා
needs-intro = කාර්තුවකට වරක්, සෑම සාමාජික නගරයක්ම තමන්ට අවශ්‍ය දේ මධ්‍යස්ථානයට දන්වයි. මධ්‍යස්ථානය සිය පුහුණු සහ සහාය සැලසුම් කරන්නේ ඔබගේ පිළිතුරු අනුව ය. ඔබට මෙය ජාලය නැතිව ද පිරවිය හැක; ඔබ ජාලයට සම්බන්ධ වූ විට එය යවනු ලැබේ.
needs-none = ඔබ සාමාජික නගරයක සම්බන්ධීකරණ නිලධාරියෙකු නොවන නිසා, පිරවීමට කිසිවක් නැත.
needs-city = { $city }, { $period }
needs-topics = කුමන තේමා පිළිබඳව
needs-detail = ඔබගේම වචනවලින් (අනිවාර්ය නොවේ)
needs-send = මධ්‍යස්ථානයට යවන්න
needs-queued = මෙම දුරකථනයේ සුරැකුණා; ඔබ ජාලයට සම්බන්ධ වූ විට එය මධ්‍යස්ථානයට ලැබේ.
needs-sent = { $when } යවන ලදී. කාර්තුව අවසන් වන තෙක් ඔබට ඔබගේ පිළිතුරු වෙනස් කළ හැක.

## Handing a request to a successor

detail-handed-to-you = ඔබගේ නගරයේ නායකත්වය වෙනස් වූ විට, { $date } දින මෙය ඔබට භාර දෙන ලදී. දැන් එය ඔබගේ ය.
handover-title = ඔබගේ අනුප්‍රාප්තිකයාට භාර දෙන්න
handover-note = මෙම නගරයේ ඔබගේ කාර්යය වෙනත් අයෙකු භාර ගන්නේ නම්, මෙම ඉල්ලීම එහි සංවාදය සහ අරමුදල් අයදුම්පතක් ඇත්නම් එය ද සමඟ ඔවුන්ට භාර දෙන්න. එතැන් සිට එය ඔවුන්ගේ වන අතර, ඔබට එය තවදුරටත් නොපෙනේ.
handover-successor = ඔබගේ අනුප්‍රාප්තිකයාගේ පරිශීලක නාමය
handover-send = භාර දෙන්න
handover-offline = භාර දීමට මධ්‍යස්ථානය සමඟ සම්බන්ධතාවක් අවශ්‍යයි. ඔබ ජාලයට සම්බන්ධ වූ විට නැවත උත්සාහ කරන්න.
handover-failed = මධ්‍යස්ථානයට එය භාර දිය නොහැකි විය (HTTP { $status }). පසුව නැවත උත්සාහ කරන්න.
handover-done = { $successor } වෙත භාර දුන්නා. ඊළඟ වතාවේ මධ්‍යස්ථානයට ළඟා වූ විට එය මෙම දුරකථනයෙන් ඉවත් වේ.

## Referrals

referral-offers-title = ඔබගෙන් උදව් ඉල්ලා ඇත
referral-offer-note = මෙම ඉල්ලීමට ඔබට උදව් කළ හැකි බව මධ්‍යස්ථානය සිතයි. ඔබ පිළිගන්නේ නම්, ඔබට එය කියවා එහි සංවාදයට එක් විය හැක; ඔබව සම්බන්ධ කළ බව ඉල්ලුම්කරුට පෙනේ.
referral-accept = පිළිගන්න
referral-decline = ප්‍රතික්ෂේප කරන්න
referral-offline = පිළිතුරු දීමට මධ්‍යස්ථානය සමඟ සම්බන්ධතාවක් අවශ්‍යයි. ඔබ ජාලයට සම්බන්ධ වූ විට නැවත උත්සාහ කරන්න.
referral-hub-http = මධ්‍යස්ථානය දෝෂයක් සමඟ පිළිතුරු දුන්නා (HTTP { $status }). පසුව නැවත උත්සාහ කරන්න.
list-chip-referred = ඔබට යොමු කර ඇත
detail-referred-to-you = මධ්‍යස්ථානය මෙම ඉල්ලීම ඔබට යොමු කර ඇත. ඔබට එය කියවා එහි සංවාදයේ ලිවිය හැක.
detail-connected-with = මධ්‍යස්ථානය ඔබව { $names } සමඟ සම්බන්ධ කළා.

## Shared practice

practice-link = හොඳ පිළිවෙතක් බෙදා ගන්න
practice-title = හොඳ පිළිවෙතක් බෙදා ගන්න
practice-intro = අන් අයට ඉගෙන ගත හැකි, ඔබගේ නගරය කළ දෙයක්: කළ දේ, එයින් පිළියම් යෙදූ අවදානම සහ එහි ප්‍රතිඵලය මධ්‍යස්ථානයට කියන්න. මධ්‍යස්ථානය ඔබ සමඟ එය සමාලෝචනය කර, ඔබගේ නම සහ ඔබගේ නගරය සමඟ පුස්තකාලයේ ප්‍රකාශයට පත් කරයි. ඔබට මෙය ජාලය නැතිව ද ලිවිය හැක; ඔබ ජාලයට සම්බන්ධ වූ විට එය යවනු ලැබේ.
practice-mine = ඔබ බෙදා ගත් පිළිවෙත්
practice-choose = තෝරන්න…
practice-field-title = මාතෘකාව
practice-field-topic = තේමාව
practice-field-done = කළ දේ
practice-field-risk = එයින් පිළියම් යෙදූ අවදානම හෝ ගැටලුව
practice-field-partners = එහි වැඩ කළ අය (අනිවාර්ය නොවේ)
practice-field-outcome = එහි ප්‍රතිඵලය
practice-field-contacts = ඒ ගැන විමසිය යුත්තේ කාගෙන්ද (අනිවාර්ය නොවේ)
practice-share = මධ්‍යස්ථානය සමඟ බෙදා ගන්න
practice-send-change = වෙනස යවන්න
practice-changing = “{ $title }” වෙනස් කිරීම.
practice-change = වෙනස් කරන්න
practice-withdraw = ආපසු ගන්න
practice-queued = මෙම දුරකථනයේ සුරැකුණා; ඔබ ජාලයට සම්බන්ධ වූ විට එය මධ්‍යස්ථානයට ලැබේ.
practice-hub-http = මධ්‍යස්ථානය දෝෂයක් සමඟ පිළිතුරු දුන්නා (HTTP { $status }). පසුව නැවත උත්සාහ කරන්න.
practice-stage-submitted = සමාලෝචනය සඳහා මධ්‍යස්ථානය වෙත
practice-stage-changes_requested = මධ්‍යස්ථානය වෙනස්කම් ඉල්ලයි
practice-stage-published = පුස්තකාලයේ ඇත
practice-stage-withdrawn = ආපසු ගෙන ඇත
guidance-search = පුස්තකාලයේ සොයන්න
guidance-credit = බෙදා ගත්තේ: { $name }, { $city }, { $country }

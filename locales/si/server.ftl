# What the server itself writes for people: REST API errors and the headers of its CSV exports.

## Errors every route can answer with

error-unauthorized = පළමුව පුරනය වන්න: වලංගු පුරනය වීමක් අවශ්‍යයි.
error-token-expired = මෙම උපාංගය දිගු වේලාවක් භාවිත කර නැත: නැවත පුරනය වන්න.
error-device-revoked = මෙම උපාංගය වෙනත් තැනකින් ඉවත් කර ඇත: { -brand } මෙහි තබා ඇති දේ ඉවත් කරන්න.
error-too-many-requests = උත්සාහයන් ඉතා වැඩියි: { $seconds ->
        [one] තත්පරයකින්
       *[other] තත්පර { $seconds }කින්
    } නැවත උත්සාහ කරන්න.
error-bad-credentials = පරිශීලක නාමය හෝ මුරපදය වැරදියි.
error-too-large = ඉල්ලීම ඉඩ දී ඇති බයිට් { $bytes }ට වඩා විශාලයි.
error-forbidden = ඔබට එය කිරීමට අවසර නැත.
error-not-found = හමු නොවීය.
error-internal = සේවාදායකයේ දෝෂයක් ඇති විය; ඔබ සුරැකි කිසිවක් නැති වී නැත.

## The header row of the CSV exports, one message per column (other languages use words).

csv-id = අංකය
csv-at = වේලාව
csv-kind = වර්ගය
csv-category = කාණ්ඩය
csv-country = රට
csv-city = නගරය
csv-status = තත්ත්වය
csv-priority = ප්‍රමුඛතාව
csv-assignee = භාර නිලධාරී
csv-tags = ටැග්
csv-duplicate_of = අනුපිටපත් වූ ඉල්ලීම
csv-received_at = ලැබුණු වේලාව
csv-first_response_at = පළමු පිළිතුරේ වේලාව
csv-resolved_at = විසඳූ වේලාව
csv-sla_due_at = SLA නියමිත වේලාව
csv-message_count = පණිවිඩ ගණන
csv-requested_cents = ඉල්ලූ මුදල (ශත)
csv-round_id = වටයේ අංකය
csv-request_id = ඉල්ලීමේ අංකය
csv-entry = සටහන් වර්ගය
csv-amount_cents = මුදල (ශත)
csv-currency = මුදල් ඒකකය
csv-actor = කළ අය
csv-actor_role = කළ අයගේ භූමිකාව
csv-note = සටහන
csv-action = ක්‍රියාව
csv-actor_id = කළ අයගේ අංකය
csv-device_id = උපාංගයේ අංකය
csv-subject = විෂය
csv-detail = විස්තර

## The name a device gets when its owner gives none at sign-in: what it is.

device-default-android = Android දුරකථනය
device-default-ios = iPhone හෝ iPad
device-default-windows = Windows පරිගණකය
device-default-macos = Mac
device-default-linux = Linux පරිගණකය
device-default-other = නමක් නැති උපාංගය

## Accounts (the console's People screen, sign-in, resetting a password)

account-username-invalid = පරිශීලක නාමයක් යනු අකුරු, ඉලක්කම්, තිත්, හයිෆන් හෝ යටි ඉරිවලින් යුත් අක්ෂර 1 සිට 64 දක්වා ය.
account-password-too-short = මුරපදයකට අවම වශයෙන් අක්ෂර { $min }ක් අවශ්‍යයි.
account-password-too-long = මුරපදයක උපරිම වශයෙන් අක්ෂර { $max }ක් තිබිය හැක.
# $value is what was given; $expected lists the codes allowed.
account-unknown-code = “{ $value }” මෙහි හඳුනා නොගනී. මේවායින් එකක් තෝරන්න: { $expected }.
account-city-invalid = නගරයක නමේ උපරිම වශයෙන් අක්ෂර { $max }ක් තිබිය හැකි අතර පාලන අක්ෂර තිබිය නොහැක.
account-countries-not-staff = රටවලට සීමා කළ හැක්කේ සහාය නිලධාරීන් සහ අරමුදල් කළමනාකරුවන් පමණි.
account-username-taken = මෙම පරිශීලක නාමය දැනටමත් වෙනත් අයෙකුට ඇත.
account-self-demote = ඔබට ඔබගෙන්ම පරිපාලක භූමිකාව ඉවත් කළ නොහැක; වෙනත් පරිපාලකයෙකුට හැක.
account-self-deactivate = ඔබට ඔබගේම ගිණුම අක්‍රිය කළ නොහැක; වෙනත් පරිපාලකයෙකුට හැක.
signin-password-empty = ඔබගේ මුරපදය ඇතුළත් කරන්න.
device-name-too-long = උපාංගයක නමේ උපරිම වශයෙන් අක්ෂර 60ක් තිබිය හැක.
device-name-control-characters = උපාංගයක නමේ පාලන අක්ෂර තිබිය නොහැක.
erase-self = ඔබට ඔබගේම ගිණුම මකා දැමිය නොහැක; වෙනත් පරිපාලකයෙකුට හැක.
erase-confirm = තහවුරු කිරීමට එම පුද්ගලයාගේ පරිශීලක නාමය ටයිප් කරන්න. මකා දැමීම ආපසු හැරවිය නොහැක.

## The fund (decisions, grants, rounds)

fund-not-an-application = තීරණය කළ හැක්කේ අයදුම්පතක් සහිත අරමුදල් විමසීමක් පමණි.
fund-no-application = මෙම ඉල්ලීමේ අරමුදල් අයදුම්පතක් නැත.
fund-no-round = අයදුම්පතේ අරමුදල් වටයක් සඳහන් කර නැත.
fund-round-missing = අයදුම්පතේ සඳහන් අරමුදල් වටය තවදුරටත් නොපවතී.
fund-not-submitted = අයදුම්පත ඉදිරිපත් කර නැත, නැතහොත් වෙනස්කම් සඳහා ආපසු යවා ඇත.
fund-already-decided = අයදුම්පත දැනටමත් තීරණය කර ඇත.
# $remaining is an amount with its currency, such as USD 2,500.00.
fund-pool-exhausted = වටයේ ඉතිරිව ඇත්තේ { $remaining } පමණි; මෙම මුදලට එය ප්‍රමාණවත් නොවේ. කිසිවක් වෙන් කළේ නැත.
fund-pool-below-committed = නව මුළු අරමුදලට වඩා වැඩි මුදලක් දැනටමත් වෙන් කර ඇත.
fund-not-approved = ගෙවීම් කරනු ලබන්නේ අනුමත ප්‍රදානයකට පමණි.
fund-grant-closed = අවසාන වාර්තාවෙන් ප්‍රදානය වසා ඇත.

## Reports, guidance and canned responses

reports-not-a-date = දිනය වර්ෂය-මාසය-දිනය ලෙස ඇතුළත් කරන්න, උදා. 2026-12-31.
reports-from-after-to = ආරම්භ දිනය අවසාන දිනයට පෙර විය යුතුය.
guidance-unknown-version-of = මෙම අංකය සහිත මාර්ගෝපදේශයක් නැත.
canned-unknown-version-of = මෙම අංකය සහිත සූදානම් පිළිතුරක් නැත.

## Notifications

push-endpoint-not-url = පුෂ් දායකත්වයක අන්ත ලක්ෂ්‍යය සම්පූර්ණ වෙබ් ලිපිනයක් විය යුතුය.
push-endpoint-not-https = මධ්‍යස්ථානය දැනුම්දීම් යවන්නේ HTTPS හරහා පමණි.
push-endpoint-unknown-host = මධ්‍යස්ථානය දැනුම්දීම් යවන්නේ දන්නා පුෂ් සේවාවලට පමණි.
push-endpoint-private = මධ්‍යස්ථානය පෞද්ගලික ජාලයක් ඇතුළත ලිපිනවලට දැනුම්දීම් නොයවයි.
push-endpoint-unusual = මෙම පුෂ් ලිපිනයේ පරිශීලක නාමයක් හෝ අසාමාන්‍ය තොටක් ඇත; මධ්‍යස්ථානය එයට නොයවයි.
push-keys-invalid = මේවා පුෂ් දායකත්වයක යතුරු නොවේ.
notification-preferences-invalid = මෙම තේරීම මෙහි ඔබට කළ හැක්කක් නොවේ.
notification-email-invalid = name@example.org වැනි ඊමේල් ලිපිනයක් ඇතුළත් කරන්න.
# $max is a number.
notification-ids-too-many = එක වර උපරිම දැනුම්දීම් { $max }ක් සලකුණු කරන්න.

## Digests (email to staff: counts and a link only)

# $count is a number.
notification-digest-subject = { $count ->
    [one] මධ්‍යස්ථානයේ ඔබ වෙනුවෙන් එක් කාර්යයක් රැඳී ඇත
   *[other] මධ්‍යස්ථානයේ ඔබ වෙනුවෙන් කාර්යයන් { $count }ක් රැඳී ඇත
}
notification-digest-intro = ඔබගේ පසුගිය සාරාංශයෙන් පසු:
notification-digest-new-request = { $count ->
    [one] එක් නව ඉල්ලීමක්
   *[other] නව ඉල්ලීම් { $count }ක්
}
notification-digest-urgent-request = { $count ->
    [one] එක් නව හදිසි ඉල්ලීමක්
   *[other] නව හදිසි ඉල්ලීම් { $count }ක්
}
notification-digest-field-replied = { $count ->
    [one] ඔබගේ ඉල්ලීම්වලට ක්ෂේත්‍රයෙන් එක් පිළිතුරක්
   *[other] ඔබගේ ඉල්ලීම්වලට ක්ෂේත්‍රයෙන් පිළිතුරු { $count }ක්
}
notification-digest-assigned = { $count ->
    [one] ඔබට පැවරූ එක් ඉල්ලීමක්
   *[other] ඔබට පැවරූ ඉල්ලීම් { $count }ක්
}
notification-digest-sla-breaching = { $count ->
    [one] සේවා කාල සීමාවට ළං වූ එක් ඉල්ලීමක්
   *[other] සේවා කාල සීමාවට ළං වූ ඉල්ලීම් { $count }ක්
}
# $link is the console's address.
notification-digest-open = ඒවා බැලීමට කොන්සෝලය විවෘත කරන්න: { $link }

## Events
event-over = මෙම වැඩසටහන අවසන් වී ඇත; තවදුරටත් ලියාපදිංචි විය නොහැක.
event-not-admitted = මෙම පුද්ගලයා තවමත් පොරොත්තු ලේඛනයේ සිටී: සහභාගී වූ බව සැලකිය හැක්කේ ආසනයක් ලැබූ අයෙකු පමණි.
feedback-not-attended = වැඩසටහනක් ගැන ප්‍රතිචාර දිය හැක්කේ එයට සහභාගී වූ බව සටහන් කළ අයට පමණි.
feedback-not-over = මෙම වැඩසටහන තවම අවසන් වී නැත; එය අවසන් වූ පසු ප්‍රතිචාර දිය හැක.
directory-city-listed = මෙම නගරය දැනටමත් නාමාවලියේ ඇත. ඒ වෙනුවට එහි ඇතුළත් කිරීම වෙනස් කරන්න.
directory-already-listed = මෙම පුද්ගලයා දැනටමත් නාමාවලියේ සිටී. ඒ වෙනුවට ඔවුන්ගේ ඇතුළත් කිරීම වෙනස් කරන්න.
needs-city-not-member = මෙම නගරය තවදුරටත් ජාලයේ සාමාජිකයෙකු නොවන නිසා, එහි අවශ්‍යතා ගැන විමසනු නොලැබේ.
handover-already-theirs = මෙම ඉල්ලීම දැනටමත් ඔවුන්ගේ ය.
handover-elsewhere = ඉල්ලීමක් භාර දෙනු ලබන්නේ එහිම නගරයේ කෙනෙකුට පමණි: මෙම ගිණුම වෙනත් නගරයක ය, නැතහොත් කිසිදු නගරයකට අයත් නොවේ.
referral-to-requester = ඉල්ලුම්කරු තමන්ටම යොමු කරනු නොලැබේ.
referral-already = මෙම ඉල්ලීම සඳහා මෙම පුද්ගලයාට දැනටමත් යොමු කර ඇත.
referral-answered = මෙම යොමු කිරීමට දැනටමත් පිළිතුරු දී ඇත.
practice-not-now = මෙම පිළිවෙත දැන් එලෙස වෙනස් කළ නොහැක: එය ප්‍රකාශයට පත් කර හෝ ආපසු ගෙන ඇත.
practice-heading-done = කළ දේ
practice-heading-risk = එයින් පිළියම් යෙදූ අවදානම
practice-heading-partners = එහි වැඩ කළ අය
practice-heading-outcome = එහි ප්‍රතිඵලය
practice-heading-contacts = විමසිය යුත්තේ කාගෙන්ද

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

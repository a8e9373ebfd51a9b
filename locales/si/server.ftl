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

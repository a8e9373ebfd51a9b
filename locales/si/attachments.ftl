## Files attached to requests. Why a file is refused: the hub's answers, and the phone's own
## check before it spends data on a file the hub would refuse.

attachment-refused-no-name = ගොනුවට නමක් නැත.
attachment-refused-name-too-long = ගොනුවේ නම අක්ෂර { $max }කට වඩා දිගයි.
attachment-refused-type = .{ $extension } න් අවසන් වන ගොනු ඇමිණිය නොහැක. ඡායාරූප (JPEG, PNG, GIF, WebP, HEIC), PDF, කාර්යාල ලේඛන හෝ සරල පෙළ අමුණන්න.
attachment-refused-mismatch = මෙම ගොනුවේ නම .{ $extension } න් අවසන් වුවත්, මෙය { $found ->
    [program] වැඩසටහනකි
    [image] වෙනත් වර්ගයක රූපයකි
    [pdf] PDF ලේඛනයකි
    [office] වෙනත් වර්ගයක කාර්යාල ලේඛනයකි
    [text] සරල පෙළකි
   *[unknown] ඇමිණිය හැකි වර්ගයක ගොනුවක් නොවේ
  }. ගොනුවේ නම වෙනස් කරන්න, නැතහොත් වෙනත් ගොනුවක් තෝරන්න.
attachment-refused-empty = ගොනුව හිස්ය.
attachment-refused-too-large = ගොනුව { $megabytes } MB ට වඩා විශාලයි. එක් ගොනුවකට තිබිය හැකි උපරිම ප්‍රමාණය එයයි.
attachment-refused-record-full = මෙම ඉල්ලීමට දැනටමත් ගොනු { $max }ක් ඇත. එක් ඉල්ලීමකට තිබිය හැකි උපරිමය එයයි.
attachment-refused-record-too-large = මෙම ඉල්ලීමේ ගොනු එකතුව { $megabytes } MB ඉක්මවනු ඇත. එක් ඉල්ලීමකට තිබිය හැකි උපරිමය එයයි.
attachment-refused-quota = මධ්‍යස්ථානයේ ඇති ඔබගේ ගොනු ඔබට හිමි { $megabytes } MB ඉක්මවනු ඇත. සමහර ගොනු ඉවත් කරන්න, නැතහොත් මධ්‍යස්ථානයෙන් වැඩි ඉඩක් ඉල්ලන්න.
attachment-refused-image-too-large = රූපය මෙගාපික්සල { $megapixels }ට වඩා විශාලයි. කුඩා ඡායාරූපයක් යවන්න.
attachment-refused-image-unreadable = රූපය කියවිය නොහැක. එය හානි වී තිබිය හැක.
attachment-refused-no-place = { $place ->
    [message] පණිවිඩය තවම මධ්‍යස්ථානයට ලැබී නැත. ගොනුව යවන්නේ ඊට පසුවයි.
    [requirement] අරමුදල් වටය මෙම ඇමුණුම ඉල්ලන්නේ නැත.
    [report] ප්‍රගති වාර්තාව තවම මධ්‍යස්ථානයට ලැබී නැත. ගොනුව යවන්නේ ඊට පසුවයි.
   *[other] ගොනුව සඳහා එක් ස්ථානයක් තෝරන්න.
  }
attachment-refused-not-yours = { $who ->
    [author] පණිවිඩයට ගොනු ඇමිණිය හැක්කේ එය ලියූ අයට පමණි.
   *[requester] ගොනු ඇමිණිය හැක්කේ ඉල්ලීම ඉදිරිපත් කළ අයට පමණි.
  }

## Uploads (the tus protocol): what the hub answers a client that sent something wrong.

upload-offset-mismatch = මධ්‍යස්ථානය සතුව මෙම උඩුගත කිරීමේ බයිට් { $bytes }ක් ඇත. ඉතිරිය එතැන් සිට යවන්න.
upload-checksum-mismatch = ලැබුණු බයිට් ඒවායේ චෙක්සම් අගයට නොගැළපේ. ඒවා නැවත යවන්න.
upload-too-long = උඩුගත කිරීමේ දිගට වඩා වැඩි බයිට් ප්‍රමාණයක් ලැබිණි.
upload-content-type = උඩුගත කිරීමක බයිට් application/offset+octet-stream ලෙස යවන්න.
upload-version = මෙම මධ්‍යස්ථානය tus 1.0.0 භාවිත කරයි: Tus-Resumable: 1.0.0 ශීර්ෂය යවන්න.

## The field app: a request's files, and sending them.

files-heading = ගොනු
files-attach = ගොනුවක් අමුණන්න
files-photo-sizes = මෙම ඡායාරූපයේ ප්‍රමාණය { $original }. කුඩා කළ විට { $reduced }.
files-send-reduced = කුඩා කර යවන්න, { $size }
files-send-original = මුල් ඡායාරූපය යවන්න, { $size }
files-kept = { $name } මෙම දුරකථනයේ තබා ඇත. ජාලය ලැබුණු විට එය යවනු ලැබේ.
files-failed = ගොනුව සුරැකිය නොහැකි විය: { $reason }
files-download = බාගන්න, { $size }
files-downloading = බාගනිමින්…
files-download-failed = ගොනුව බාගත කළ නොහැකි විය. ජාලය ලැබුණු විට නැවත උත්සාහ කරන්න.
files-show-picture = රූපය පෙන්වන්න
files-picture-of = { $name } හි රූපය
files-refused = මධ්‍යස්ථානය මෙම ගොනුව ප්‍රතික්ෂේප කළේය: { $reason }
files-sent = යැවිණි. මධ්‍යස්ථානයේ ලැයිස්තුවට ඇතුළත් වූ පසු එය මෙහි පෙන්වයි.
files-sending = යවමින්: { $size } න් { $sent }
files-waiting = යැවීමට රැඳී ඇත
files-waiting-wifi = Wi-Fi සඳහා රැඳී ඇත (අඩු දත්ත ප්‍රකාරය)
files-send-now = දැන් යවන්න, { $size }
files-remove = ඉවත් කරන්න

## The sync indicator: files waiting to go up.

sync-files-waiting = යැවීමට ඇති ගොනු: { $size }
sync-files-explain = { $size } ක ගොනු මෙම දුරකථනයේ තබා ඇත; හැකි වූ විට ඒවා මධ්‍යස්ථානයට යවනු ලැබේ.

## The Account screen: data use.

account-data-heading = දත්ත භාවිතය
account-low-data = අඩු දත්ත ප්‍රකාරය: පෙළ මුලින්ම යවයි; ගොනු Wi-Fi ලැබෙන තුරු හෝ ඔබ තට්ටු කරන තුරු රැඳී සිටී
account-low-data-note = යැවීමට පෙර, පහත සැකසුම් අනුව ඡායාරූප කුඩා කෙරේ. බාගැනීම් සිදු වන්නේ ඔබ ඉල්ලූ විට පමණි.
account-photo-edge = ඡායාරූප කුඩා කරන ප්‍රමාණය
account-photo-edge-option = දිග පැත්තේ පික්සල { $px }
account-photo-quality = ඡායාරූපයේ ගුණත්වය
account-photo-quality-option = { $percent }%

## The staff console: a request's files.

console-files-heading = ගොනු
console-files-none = තවම ගොනු නැත.
console-files-picture-of = { $name } හි රූපය
console-files-on-reply = මධ්‍යස්ථානයේ පිළිතුරක
console-files-on-message = ක්ෂේත්‍රයෙන් ආ පණිවිඩයක
console-files-for-requirement = අවශ්‍ය ඇමුණුම: { $name }
console-files-for-report = ප්‍රගති වාර්තාවක් සඳහා සාක්ෂි
console-files-open = විවෘත කරන්න
console-files-download = බාගන්න
console-files-required-given = { $name }: අමුණා ඇත
console-files-required-missing = { $name }: අමුණා නැත
console-files-attach = පිළිතුරට ගොනු අමුණන්න
console-files-attached = { $count ->
    [one] පිළිතුර සමඟ ගොනුවක් යැවිණි.
   *[other] පිළිතුර සමඟ ගොනු { $count }ක් යැවිණි.
  }
console-files-failed = පිළිතුර යැවිණි, නමුත් ගොනුවක් යැවිය නොහැකි විය: { $reason }
console-files-close = වසන්න

## The field app: a fund application's attachments.

files-required-given = { $name }: අමුණා ඇත
files-required-missing = { $name }: තවම අවශ්‍යයි
files-attach-required = අමුණන්න
files-report-evidence = “{ $milestone }” වාර්තාව සඳහා සාක්ෂි
files-attach-evidence = සාක්ෂි අමුණන්න

## The field app: files sent with a message.

files-attach-to-message = ගොනු අමුණන්න
files-chosen = { $count ->
    [one] පණිවිඩය සමඟ යවනු ලැබේ: { $names }
   *[other] පණිවිඩය සමඟ ගොනු { $count }ක් යවනු ලැබේ: { $names }
  }
files-on-message = පණිවිඩයක

## Files attached to requests. Why a file is refused: the hub's answers, and the phone's own
## check before it spends data on a file the hub would refuse.

attachment-refused-no-name = கோப்புக்குப் பெயர் இல்லை.
attachment-refused-name-too-long = கோப்பின் பெயர் { $max } எழுத்துகளைவிட நீளமாக உள்ளது.
attachment-refused-type = .{ $extension } என முடியும் கோப்புகளை இணைக்க முடியாது. புகைப்படங்கள் (JPEG, PNG, GIF, WebP, HEIC), PDF, அலுவலக ஆவணங்கள் அல்லது எளிய உரையை இணையுங்கள்.
attachment-refused-mismatch = இந்தக் கோப்பின் பெயர் .{ $extension } என முடிகிறது, ஆனால் இது { $found ->
    [program] ஒரு நிரல்
    [image] வேறு வகைப் படம்
    [pdf] ஒரு PDF ஆவணம்
    [office] வேறு வகை அலுவலக ஆவணம்
    [text] எளிய உரை
   *[unknown] இணைக்கக்கூடிய வகைக் கோப்பு அல்ல
  }. கோப்பின் பெயரை மாற்றுங்கள் அல்லது வேறு கோப்பைத் தேர்ந்தெடுங்கள்.
attachment-refused-empty = கோப்பு காலியாக உள்ளது.
attachment-refused-too-large = கோப்பு { $megabytes } MB-ஐவிடப் பெரியது. ஒரு கோப்புக்கான அதிகபட்ச அளவு இதுவே.
attachment-refused-record-full = இந்தக் கோரிக்கையில் ஏற்கெனவே { $max } கோப்புகள் உள்ளன. ஒரு கோரிக்கையில் இதற்கு மேல் இருக்க முடியாது.
attachment-refused-record-too-large = இந்தக் கோரிக்கையின் கோப்புகள் மொத்தம் { $megabytes } MB-ஐத் தாண்டும். ஒரு கோரிக்கைக்கான அதிகபட்ச அளவு இதுவே.
attachment-refused-quota = மையத்தில் உள்ள உங்கள் கோப்புகள் உங்களுக்கான { $megabytes } MB-ஐத் தாண்டும். சில கோப்புகளை நீக்குங்கள், அல்லது மையத்திடம் கூடுதல் இடம் கேளுங்கள்.
attachment-refused-image-too-large = படம் { $megapixels } மெகாபிக்சல்களைவிடப் பெரியது. சிறிய புகைப்படத்தை அனுப்புங்கள்.
attachment-refused-image-unreadable = படத்தைப் படிக்க முடியவில்லை. அது சேதமடைந்திருக்கலாம்.
attachment-refused-no-place = { $place ->
    [message] செய்தி இன்னும் மையத்தை அடையவில்லை. கோப்பு அதன் பிறகு அனுப்பப்படும்.
    [requirement] இந்த நிதிச் சுற்று இந்த இணைப்பைக் கேட்கவில்லை.
    [report] முன்னேற்ற அறிக்கை இன்னும் மையத்தை அடையவில்லை. கோப்பு அதன் பிறகு அனுப்பப்படும்.
   *[other] கோப்புக்கு ஓர் இடத்தைத் தேர்ந்தெடுங்கள்.
  }
attachment-refused-not-yours = { $who ->
    [author] செய்தியை எழுதியவர் மட்டுமே அதில் கோப்புகளை இணைக்க முடியும்.
   *[requester] கோரிக்கையைச் சமர்ப்பித்தவர் மட்டுமே அதில் கோப்புகளை இணைக்க முடியும்.
  }

## Uploads (the tus protocol): what the hub answers a client that sent something wrong.

upload-offset-mismatch = இந்தப் பதிவேற்றத்தின் { $bytes } பைட்டுகள் மையத்திடம் உள்ளன. மீதியை அங்கிருந்து அனுப்புங்கள்.
upload-checksum-mismatch = வந்து சேர்ந்த பைட்டுகள் அவற்றின் செக்சம் மதிப்புடன் பொருந்தவில்லை. அவற்றை மீண்டும் அனுப்புங்கள்.
upload-too-long = பதிவேற்றத்தின் நீளத்தைவிட அதிகமான பைட்டுகள் வந்துள்ளன.
upload-content-type = பதிவேற்றத்தின் பைட்டுகளை application/offset+octet-stream ஆக அனுப்புங்கள்.
upload-version = இந்த மையம் tus 1.0.0 ஐப் பயன்படுத்துகிறது: Tus-Resumable: 1.0.0 என்ற தலைப்பை அனுப்புங்கள்.

## The field app: a request's files, and sending them.

files-heading = கோப்புகள்
files-attach = கோப்பை இணை
files-photo-sizes = இந்தப் புகைப்படம் { $original }. சிறிதாக்கினால் { $reduced }.
files-send-reduced = சிறிதாக்கி அனுப்பு, { $size }
files-send-original = மூலப் புகைப்படத்தை அனுப்பு, { $size }
files-kept = { $name } இந்தக் கைபேசியில் வைக்கப்பட்டுள்ளது. இணைப்பு கிடைத்ததும் அனுப்பப்படும்.
files-failed = கோப்பைச் சேமிக்க முடியவில்லை: { $reason }
files-download = பதிவிறக்கு, { $size }
files-downloading = பதிவிறக்குகிறது…
files-download-failed = கோப்பைப் பதிவிறக்க முடியவில்லை. இணைப்பு கிடைக்கும்போது மீண்டும் முயலுங்கள்.
files-show-picture = படத்தைக் காட்டு
files-picture-of = { $name } இன் படம்
files-refused = மையம் இந்தக் கோப்பை ஏற்கவில்லை: { $reason }
files-sent = அனுப்பப்பட்டது. மையம் பட்டியலில் சேர்த்ததும் இங்கே தெரியும்.
files-sending = அனுப்பப்படுகிறது: { $size } இல் { $sent }
files-waiting = அனுப்பக் காத்திருக்கிறது
files-waiting-wifi = வைஃபைக்காகக் காத்திருக்கிறது (குறைந்த தரவுப் பயன்முறை)
files-send-now = இப்போது அனுப்பு, { $size }
files-remove = நீக்கு

## The sync indicator: files waiting to go up.

sync-files-waiting = அனுப்ப வேண்டிய கோப்புகள்: { $size }
sync-files-explain = { $size } அளவிலான கோப்புகள் இந்தக் கைபேசியில் வைக்கப்பட்டுள்ளன; அனுப்ப முடியும்போது அவை மையத்துக்குச் செல்லும்.

## The Account screen: data use.

account-data-heading = தரவுப் பயன்பாடு
account-low-data = குறைந்த தரவுப் பயன்முறை: முதலில் உரை அனுப்பப்படும்; கோப்புகள் வைஃபை கிடைக்கும் வரை அல்லது நீங்கள் தட்டும் வரை காத்திருக்கும்
account-low-data-note = அனுப்பும் முன், கீழே உள்ள அமைப்புகளின்படி புகைப்படங்கள் சிறிதாக்கப்படும். நீங்கள் கேட்டால் மட்டுமே பதிவிறக்கம் நடக்கும்.
account-photo-edge = புகைப்படங்களைச் சிறிதாக்கும் அளவு
account-photo-edge-option = நீளமான பக்கத்தில் { $px } பிக்சல்கள்
account-photo-quality = புகைப்படத் தரம்
account-photo-quality-option = { $percent }%

## The staff console: a request's files.

console-files-heading = கோப்புகள்
console-files-none = இதுவரை கோப்புகள் இல்லை.
console-files-picture-of = { $name } இன் படம்
console-files-on-reply = மையத்தின் பதிலில்
console-files-on-message = களத்திலிருந்து வந்த செய்தியில்
console-files-for-requirement = தேவையான இணைப்பு: { $name }
console-files-for-report = முன்னேற்ற அறிக்கைக்கான சான்று
console-files-open = திற
console-files-download = பதிவிறக்கு
console-files-required-given = { $name }: இணைக்கப்பட்டது
console-files-required-missing = { $name }: இணைக்கப்படவில்லை
console-files-attach = பதிலுடன் கோப்புகளை இணை
console-files-attached = { $count ->
    [one] பதிலுடன் ஒரு கோப்பு அனுப்பப்பட்டது.
   *[other] பதிலுடன் { $count } கோப்புகள் அனுப்பப்பட்டன.
  }
console-files-failed = பதில் அனுப்பப்பட்டது, ஆனால் ஒரு கோப்பு அனுப்பப்படவில்லை: { $reason }
console-files-close = மூடு

## The field app: a fund application's attachments.

files-required-given = { $name }: இணைக்கப்பட்டது
files-required-missing = { $name }: இன்னும் தேவை
files-attach-required = இணை
files-report-evidence = “{ $milestone }” அறிக்கைக்கான சான்று
files-attach-evidence = சான்றை இணை

## The field app: files sent with a message.

files-attach-to-message = கோப்புகளை இணை
files-chosen = { $count ->
    [one] செய்தியுடன் அனுப்பப்படும்: { $names }
   *[other] செய்தியுடன் { $count } கோப்புகள் அனுப்பப்படும்: { $names }
  }
files-on-message = ஒரு செய்தியில்

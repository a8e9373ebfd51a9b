## Files attached to requests. Why a file is refused: the hub's answers, and the phone's own
## check before it spends data on a file the hub would refuse.

attachment-refused-no-name = ފައިލަށް ނަމެއް ނެތް.
attachment-refused-name-too-long = ފައިލުގެ ނަން { $max } އަކުރަށްވުރެ ދިގު.
attachment-refused-type = ނަން .{ $extension } އިން ނިމޭ ފައިލްތައް ޖެއްސޭކަށް ނެތް. ފޮޓޯ (JPEG, PNG, GIF, WebP, HEIC)، PDF، އޮފީސް ޑޮކިއުމަންޓް، ނުވަތަ ސާދާ ޓެކްސްޓް ޖައްސަވާ.
attachment-refused-mismatch = މި ފައިލުގެ ނަން ނިމެނީ .{ $extension } އިން، ނަމަވެސް މިއީ { $found ->
    [program] ޕްރޮގްރާމެއް
    [image] އެހެން ބާވަތެއްގެ ފޮޓޯއެއް
    [pdf] PDF ޑޮކިއުމަންޓެއް
    [office] އެހެން ބާވަތެއްގެ އޮފީސް ޑޮކިއުމަންޓެއް
    [text] ސާދާ ޓެކްސްޓް
   *[unknown] ޖެއްސޭނެ ބާވަތެއްގެ ފައިލެއް ނޫން
  }. ފައިލުގެ ނަން ބަދަލުކުރައްވާ، ނުވަތަ އެހެން ފައިލެއް ހޮވާލައްވާ.
attachment-refused-empty = ފައިލް ހުސް.
attachment-refused-too-large = ފައިލް { $megabytes } MB އަށްވުރެ ބޮޑު. އެއް ފައިލަށް ހުއްދަ އެންމެ ބޮޑު މިންވަރަކީ އެއީ.
attachment-refused-record-full = މި ރިކުއެސްޓުގައި މިހާރުވެސް { $max } ފައިލް އެބަހުރި. އެއް ރިކުއެސްޓެއްގައި އެއަށްވުރެ ގިނަ ފައިލް ނުހުރެވޭނެ.
attachment-refused-record-too-large = މި ރިކުއެސްޓުގެ ފައިލްތައް ޖުމްލަކޮށް { $megabytes } MB އަށްވުރެ ބޮޑުވާނެ. އެއް ރިކުއެސްޓަކަށް ހުއްދަ އެންމެ ބޮޑު މިންވަރަކީ އެއީ.
attachment-refused-quota = ހަބުގައިވާ ތިޔަބޭފުޅާގެ ފައިލްތައް، ތިޔަބޭފުޅާއަށް ލިބިފައިވާ { $megabytes } MB އަށްވުރެ ބޮޑުވާނެ. ބައެއް ފައިލް ފޮހެލައްވާ، ނުވަތަ ހަބުން އިތުރު ޖާގައަކަށް އެދުއްވާ.
attachment-refused-image-too-large = ފޮޓޯ { $megapixels } މެގާޕިކްސެލަށްވުރެ ބޮޑު. އެއަށްވުރެ ކުޑަ ފޮޓޯއެއް ފޮނުއްވާ.
attachment-refused-image-unreadable = ފޮޓޯ ކިޔޭކަށް ނެތް. ފޮޓޯ ހަލާކުވެފައި ހުރި ކަމަށް ވެދާނެ.
attachment-refused-no-place = { $place ->
    [message] މެސެޖް އަދި ހަބަށް ފޯރާފައެއް ނުވޭ. ފައިލް ފޮނުވޭނީ އޭގެ ފަހުން.
    [requirement] މި ފަންޑުގެ ބުރުގައި މި ލިޔުމަކަށް އެދިފައެއް ނުވޭ.
    [report] ޕްރޮގްރެސް ރިޕޯޓް އަދި ހަބަށް ފޯރާފައެއް ނުވޭ. ފައިލް ފޮނުވޭނީ އޭގެ ފަހުން.
   *[other] ފައިލް ޖައްސާނެ އެއް ތަނެއް ހޮވާލައްވާ.
  }
attachment-refused-not-yours = { $who ->
    [author] މެސެޖަށް ފައިލް ޖެއްސޭނީ އެ މެސެޖް ލިޔުނު ފަރާތަށް އެކަނި.
   *[requester] ފައިލް ޖެއްސޭނީ ރިކުއެސްޓް ހުށަހެޅި ފަރާތަށް އެކަނި.
  }

## Uploads (the tus protocol): what the hub answers a client that sent something wrong.

upload-offset-mismatch = ހަބުގައި މި އަޕްލޯޑުގެ { $bytes } ބައިޓް އެބައޮތް. ބާކީ ބައި އެތަނުން ފެށިގެން ފޮނުއްވާ.
upload-checksum-mismatch = ލިބުނު ބައިޓްތައް އެ ބައިޓްތަކުގެ ޗެކްސަމާ ދިމާއެއް ނުވޭ. އަލުން ފޮނުއްވާ.
upload-too-long = އަޕްލޯޑުގެ ދިގުމިނަށްވުރެ ގިނަ ބައިޓް ލިބިއްޖެ.
upload-content-type = އަޕްލޯޑުގެ ބައިޓްތައް application/offset+octet-stream ގެ ގޮތުގައި ފޮނުއްވާ.
upload-version = މި ހަބު ބޭނުންކުރަނީ tus 1.0.0: Tus-Resumable: 1.0.0 ހެޑަރު ފޮނުއްވާ.

## The field app: a request's files, and sending them.

files-heading = ފައިލްތައް
files-attach = ފައިލެއް ޖައްސަވާ
files-photo-sizes = މި ފޮޓޯގެ ބޮޑުމިނަކީ { $original }. ކުޑަކޮށްފިނަމަ { $reduced }.
files-send-reduced = ކުޑަކޮށްގެން ފޮނުއްވާ، { $size }
files-send-original = އަސްލު ފޮޓޯ ފޮނުއްވާ، { $size }
files-kept = { $name } މި ފޯނުގައި ރައްކާކޮށްފައި. ނެޓްވޯކް ލިބުމުން ފޮނުވޭނެ.
files-failed = ފައިލް ރައްކާ ނުކުރެވުނު: { $reason }
files-download = ޑައުންލޯޑް ކުރައްވާ، { $size }
files-downloading = ޑައުންލޯޑް ކުރަނީ…
files-download-failed = ފައިލް ޑައުންލޯޑް ނުކުރެވުނު. ނެޓްވޯކް ލިބުމުން އަލުން މަސައްކަތް ކުރައްވާ.
files-show-picture = ފޮޓޯ ދައްކާ
files-picture-of = { $name } ގެ ފޮޓޯ
files-refused = ހަބުން މި ފައިލް ބަލައެއް ނުގަތް: { $reason }
files-sent = ފޮނުވިއްޖެ. ހަބުގެ ލިސްޓުގައި ހިމެނުމުން މިތާ ފެންނާނެ.
files-sending = ފޮނުވަނީ: { $size } އިން { $sent }
files-waiting = ފޮނުވުމަށް މަޑުކުރަނީ
files-waiting-wifi = ވައިފައިއަށް މަޑުކުރަނީ (ކުޑަ ޑޭޓާ މޯޑް)
files-send-now = މިހާރު ފޮނުއްވާ، { $size }
files-remove = ނައްތާލާ

## The sync indicator: files waiting to go up.

sync-files-waiting = ފޮނުވަން ބާކީ ފައިލް: { $size }
sync-files-explain = { $size } ގެ ފައިލް މި ފޯނުގައި ރައްކާކޮށްފައި ހުރި. ފޮނުވޭ ހިނދަކު ހަބަށް ފޮނުވޭނެ.

## The Account screen: data use.

account-data-heading = ޑޭޓާ ބޭނުންކުރުން
account-low-data = ކުޑަ ޑޭޓާ މޯޑް: ޓެކްސްޓް ފުރަތަމަ ފޮނުވޭ، ފައިލް ފޮނުވެނީ ވައިފައި ލިބުމުން ނުވަތަ ތިޔަބޭފުޅާ ޓެޕް ކުރެއްވުމުން
account-low-data-note = ފޮޓޯ ފޮނުވުމުގެ ކުރިން، ތިރީގައިވާ ސެޓިންގްތަކާ އެއްގޮތަށް ކުޑަކުރެވޭނެ. ޑައުންލޯޑް ކުރެވެނީ ތިޔަބޭފުޅާ އެދިވަޑައިގަތުމުން އެކަނި.
account-photo-edge = ފޮޓޯ ކުޑަކުރާނެ މިން
account-photo-edge-option = ދިގު ފަރާތުގައި { $px } ޕިކްސެލް
account-photo-quality = ފޮޓޯގެ ކޮލިޓީ
account-photo-quality-option = { $percent }%

## The staff console: a request's files.

console-files-heading = ފައިލްތައް
console-files-none = އަދި ފައިލެއް ނެތް.
console-files-picture-of = { $name } ގެ ފޮޓޯ
console-files-on-reply = ހަބުގެ ޖަވާބެއްގައި
console-files-on-message = ފީލްޑުން އައި މެސެޖެއްގައި
console-files-for-requirement = ޖައްސަންޖެހޭ ލިޔުން: { $name }
console-files-for-report = ޕްރޮގްރެސް ރިޕޯޓެއްގެ ހެކި
console-files-open = ހުޅުވާ
console-files-download = ޑައުންލޯޑްކުރޭ
console-files-required-given = { $name }: ޖައްސާފައި
console-files-required-missing = { $name }: ނެތް
console-files-attach = ޖަވާބަށް ފައިލް ޖައްސާ
console-files-attached = { $count ->
    [one] ޖަވާބާއެކު އެއް ފައިލް ފޮނުވިއްޖެ.
   *[other] ޖަވާބާއެކު { $count } ފައިލް ފޮނުވިއްޖެ.
  }
console-files-failed = ޖަވާބު ފޮނުވިއްޖެ، ނަމަވެސް ފައިލެއް ނުފޮނުވުނު: { $reason }
console-files-close = ބަންދުކުރޭ

## The field app: a fund application's attachments.

files-required-given = { $name }: ޖައްސާފައި
files-required-missing = { $name }: އަދި ބޭނުންވޭ
files-attach-required = ޖައްސަވާ
files-report-evidence = ”{ $milestone }“ ގެ ރިޕޯޓުގެ ހެކި
files-attach-evidence = ހެކި ޖައްސަވާ

## The field app: files sent with a message.

files-attach-to-message = ފައިލް ޖައްސަވާ
files-chosen = { $count ->
    [one] މެސެޖާއެކު ފޮނުވޭނެ: { $names }
   *[other] މެސެޖާއެކު { $count } ފައިލް ފޮނުވޭނެ: { $names }
  }
files-on-message = މެސެޖެއްގައި

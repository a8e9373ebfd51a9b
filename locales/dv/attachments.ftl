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

## Files attached to requests. Why a file is refused: the hub's answers, and the phone's own
## check before it spends data on a file the hub would refuse.

attachment-refused-no-name = The file has no name.
attachment-refused-name-too-long = The file name is longer than { $max } characters.
attachment-refused-type = Files ending in .{ $extension } cannot be attached. Attach photos (JPEG, PNG, GIF, WebP, HEIC), PDF, office documents or plain text.
attachment-refused-mismatch = This file is named .{ $extension } but it is { $found ->
    [program] a program
    [image] an image of another kind
    [pdf] a PDF document
    [office] an office document of another kind
    [text] plain text
   *[unknown] not a kind of file that can be attached
  }. Rename it or choose another file.
attachment-refused-empty = The file is empty.
attachment-refused-too-large = The file is larger than { $megabytes } MB, the most one file may be.
attachment-refused-record-full = This request already has { $max } files, the most it may have.
attachment-refused-record-too-large = The files of this request would pass { $megabytes } MB, the most one request may carry.
attachment-refused-quota = Your files at the hub would pass your { $megabytes } MB. Remove some, or ask the hub for more room.
attachment-refused-image-too-large = The image is larger than { $megapixels } megapixels. Send a smaller photo.
attachment-refused-image-unreadable = The image cannot be read. It may be damaged.
attachment-refused-no-place = { $place ->
    [message] The message is not at the hub yet. The file is sent after it.
    [requirement] The fund round does not ask for this attachment.
    [report] The progress report is not at the hub yet. The file is sent after it.
   *[other] Choose one place for the file.
  }
attachment-refused-not-yours = { $who ->
    [author] Only the message's author attaches files to it.
   *[requester] Only the person who filed the request attaches files to it.
  }

## Uploads (the tus protocol): what the hub answers a client that sent something wrong.

upload-offset-mismatch = The hub holds { $bytes } bytes of this upload. Send the rest from there.
upload-checksum-mismatch = The bytes that arrived do not match their checksum. Send them again.
upload-too-long = More bytes arrived than the upload's length.
upload-content-type = Send an upload's bytes as application/offset+octet-stream.
upload-version = This hub speaks tus 1.0.0: send the header Tus-Resumable: 1.0.0.

## The field app: a request's files, and sending them.

files-heading = Files
files-attach = Attach a file
files-photo-sizes = This photo is { $original }. Reduced, it is { $reduced }.
files-send-reduced = Send reduced, { $size }
files-send-original = Send original, { $size }
files-kept = { $name } is kept on this phone. It is sent when there is a link.
files-failed = The file could not be kept: { $reason }
files-download = Download, { $size }
files-downloading = Downloading…
files-download-failed = The file could not be downloaded. Try again when there is a link.
files-show-picture = Show picture
files-picture-of = Picture of { $name }
files-refused = The hub refused this file: { $reason }
files-sent = Sent. It shows here once the hub has it listed.
files-sending = Sending: { $sent } of { $size }
files-waiting = Waiting to send
files-waiting-wifi = Waiting for Wi-Fi (low-data mode)
files-send-now = Send now, { $size }
files-remove = Remove

## The sync indicator: files waiting to go up.

sync-files-waiting = { $size } of files to send
sync-files-explain = { $size } of files are kept on this phone and go to the hub when they may.

## The Account screen: data use.

account-data-heading = Data use
account-low-data = Low-data mode: send text first; files wait for Wi-Fi or a tap
account-low-data-note = Photos are reduced before sending, with the settings below. Downloads happen only when you ask.
account-photo-edge = Reduce photos to
account-photo-edge-option = { $px } pixels on the long side
account-photo-quality = Photo quality
account-photo-quality-option = { $percent } %

## The staff console: a request's files.

console-files-heading = Files
console-files-none = No files yet.
console-files-picture-of = Picture of { $name }
console-files-on-reply = on a reply from the hub
console-files-on-message = on a message from the field
console-files-for-requirement = required attachment: { $name }
console-files-for-report = evidence for a progress report
console-files-open = Open
console-files-download = Download
console-files-required-given = { $name }: attached
console-files-required-missing = { $name }: missing
console-files-attach = Attach files to the reply
console-files-attached = { $count ->
    [one] One file is sent with the reply.
   *[other] { $count } files are sent with the reply.
  }
console-files-failed = The reply was sent, but a file was not: { $reason }
console-files-close = Close

## The field app: a fund application's attachments.

files-required-given = { $name }: attached
files-required-missing = { $name }: still needed
files-attach-required = Attach it
files-report-evidence = Evidence for the report on “{ $milestone }”
files-attach-evidence = Attach evidence

## The field app: files sent with a message.

files-attach-to-message = Add files
files-chosen = { $count ->
    [one] Sent with the message: { $names }
   *[other] { $count } files sent with the message: { $names }
  }
files-on-message = on a message

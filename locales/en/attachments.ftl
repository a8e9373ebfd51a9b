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

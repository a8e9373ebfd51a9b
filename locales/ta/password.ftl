# Resetting a password with a one-time code (both apps: js/views/reset-password.js).

password-summary = மையத்திடமிருந்து எனக்கு ஒருமுறைக் குறியீடு கிடைத்துள்ளது
password-username = பயனர் பெயர்
password-code = குறியீடு
# $min is the shortest password the hub accepts.
password-new =
    { $min ->
        [one] புதிய கடவுச்சொல் ({ $min } எழுத்து அல்லது அதற்கு மேல்)
       *[other] புதிய கடவுச்சொல் ({ $min } எழுத்துகள் அல்லது அதற்கு மேல்)
    }
password-submit = எனது புதிய கடவுச்சொல்லை அமை
password-empty = உங்கள் பயனர் பெயர், குறியீடு, புதிய கடவுச்சொல் ஆகியவற்றை உள்ளிடுங்கள்.
password-bad-code = அந்தக் குறியீடு பொருந்தவில்லை, அல்லது அது காலாவதியாகிவிட்டது அல்லது ஏற்கெனவே பயன்படுத்தப்பட்டுவிட்டது. மையத்திடம் புதிய குறியீட்டைக் கேளுங்கள்.
password-http = மையம் HTTP { $status } என்று பதிலளித்தது.
password-offline = இணைய இணைப்பு இல்லை: புதிய கடவுச்சொல்லை அமைக்க இணைப்பு தேவை.
password-done = உங்கள் புதிய கடவுச்சொல் அமைக்கப்பட்டது. மேலே அதைக் கொண்டு உள்நுழையுங்கள்.

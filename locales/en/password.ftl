# Resetting a password with a one-time code (both apps: js/views/reset-password.js).

password-summary = I have a one-time code from the hub
password-username = Username
password-code = Code
# $min is the shortest password the hub accepts.
password-new =
    { $min ->
        [one] New password ({ $min } character or more)
       *[other] New password ({ $min } characters or more)
    }
password-submit = Set my new password
password-empty = Enter your username, the code and a new password.
password-bad-code = That code does not match, or it has expired or been used. Ask the hub for a new one.
password-http = The hub answered HTTP { $status }.
password-offline = No network: setting a new password needs one.
password-done = Your new password is set. Sign in with it above.

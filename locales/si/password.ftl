# Resetting a password with a one-time code (both apps: js/views/reset-password.js).

password-summary = මට මධ්‍යස්ථානයෙන් එක් වරක් පමණක් භාවිත කළ හැකි කේතයක් ලැබී ඇත
password-username = පරිශීලක නාමය
password-code = කේතය
# $min is the shortest password the hub accepts.
password-new =
    { $min ->
        [one] නව මුරපදය (අක්ෂර { $min }ක් හෝ වැඩි)
       *[other] නව මුරපදය (අක්ෂර { $min }ක් හෝ වැඩි)
    }
password-submit = මගේ නව මුරපදය සකසන්න
password-empty = ඔබගේ පරිශීලක නාමය, කේතය සහ නව මුරපදයක් ඇතුළත් කරන්න.
password-bad-code = එම කේතය නොගැළපේ, නැතහොත් එය කල් ඉකුත් වී හෝ දැනටමත් භාවිත කර ඇත. මධ්‍යස්ථානයෙන් නව කේතයක් ඉල්ලන්න.
password-http = මධ්‍යස්ථානය HTTP { $status } ලෙස පිළිතුරු දුන්නා.
password-offline = ජාලය නැත: නව මුරපදයක් සැකසීමට ජාල සම්බන්ධතාවක් අවශ්‍යයි.
password-done = ඔබගේ නව මුරපදය සකසා ඇත. ඉහතින් එයින් පුරනය වන්න.

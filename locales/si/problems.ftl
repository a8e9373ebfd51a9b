# What is wrong with something a person typed, shown next to the field (both apps).
# $max is a count; $cap, $total and $requested are amounts, already formatted.

problem-empty = කරුණාකර මෙය පුරවන්න.
problem-empty-title = ඔබගේ ඉල්ලීමට කෙටි මාතෘකාවක් දෙන්න.
problem-empty-description = ඔබට මධ්‍යස්ථානයෙන් අවශ්‍ය දේ සඳහන් කරන්න.
problem-empty-line-description = මෙම අයවැය අයිතමයෙන් ගෙවන්නේ කුමක් සඳහාදැයි සඳහන් කරන්න.
problem-empty-budget-category = අයවැය කාණ්ඩයක් තෝරන්න.
problem-empty-topic = තේමාවක් තෝරන්න.
problem-empty-kind = ඉල්ලීමේ වර්ගය තෝරන්න.
problem-empty-country = රටක් තෝරන්න.
problem-empty-city = ඔබගේ නගරය ඇතුළත් කරන්න.
problem-empty-message = පළමුව පණිවිඩයක් ලියන්න.
problem-too-long = මෙය අක්ෂර { $max }කට වඩා දිගු නොවිය යුතුය.
problem-too-many-messages = මෙම සංවාදය පණිවිඩ { $max }ක සීමාවට ළඟා වී ඇත.
problem-too-many-lines = අයවැයක තිබිය හැක්කේ උපරිම අයිතම { $max }ක් පමණි.
problem-too-many-seats = වැඩසටහනක තිබිය හැක්කේ උපරිම ආසන { $max }ක් පමණි.
problem-ends-before-start = මෙය ආරම්භයට පෙර විය නොහැක.
problem-link-not-https = https:// වලින් ආරම්භ වන ලිපිනයක් ඇතුළත් කරන්න.
# Filing a request for a practitioner (staff, in the console).
problem-empty-channel = ඉල්ලීම මධ්‍යස්ථානයට ලැබුණේ කෙසේදැයි සඳහන් කරන්න.
problem-requester-unknown = මෙම ගිණුම සක්‍රිය ක්ෂේත්‍ර නිලධාරියෙකුගේ නොවේ. ලැයිස්තුවෙන් කෙනෙකු තෝරන්න.
problem-requester-not-practitioner = ඉල්ලීම් ඉදිරිපත් කරන්නේ ක්ෂේත්‍ර නිලධාරීන් වෙනුවෙනි, නමුත් මෙම ගිණුම මධ්‍යස්ථාන කාර්ය මණ්ඩලයේ ගිණුමකි.
problem-not-yours-to-file = ඔබට මෙම ඉල්ලීම වෙනත් අයෙකු වෙනුවෙන් ඉදිරිපත් කළ නොහැක.
problem-channel-only-for-intake = ඉල්ලීම මධ්‍යස්ථානයට ලැබුණේ කෙසේද යන්න සඳහන් වන්නේ වෙනත් අයෙකු වෙනුවෙන් ඉදිරිපත් කළ ඉල්ලීමක පමණි.
problem-too-large = මෙම ලේඛනය මධ්‍යස්ථානයට භාර ගත හැකි ප්‍රමාණයට වඩා විශාල වී ඇත. නව ඉල්ලීමක් ආරම්භ කරන්න.
problem-unknown-value = ලැයිස්තුවේ ඇති විකල්පයක් තෝරන්න.
problem-no-amount = ඔබ ඉල්ලන මුදල ඇතුළත් කරන්න.
problem-no-quantity = අවම වශයෙන් 1ක ප්‍රමාණයක් ඇතුළත් කරන්න.
problem-not-positive = මෙය බිංදුවට වඩා වැඩි විය යුතුය.
problem-negative = මෙය සෘණ අගයක් විය නොහැක.
problem-over-cap = මෙම වටයෙන් එක් අයදුම්පතකට දෙන්නේ උපරිම { $cap } පමණි. අඩු මුදලක් ඉල්ලන්න.
problem-budget-mismatch = අයවැය අයිතමවල එකතුව { $total }, නමුත් ඔබ ඉල්ලන්නේ { $requested }. මේ දෙක සමාන කරන්න.
problem-overflow = මෙම අංකය ඉතා විශාලයි.
problem-control-character = මෙම පාඨයෙන් නොපෙනෙන පාලන අක්ෂර ඉවත් කරන්න.
problem-not-allowed = මෙයට ඉඩ නැත: { $reason }
problem-invalid = මෙය වලංගු නැත: { $reason }
problem-not-a-whole-number = { 3 } වැනි පූර්ණ සංඛ්‍යාවක් ඇතුළත් කරන්න.
problem-not-an-amount = { NUMBER(1250.5, minimumFractionDigits: 2) } වැනි මුදලක් ඇතුළත් කරන්න.
# Feedback on an event: both questions are answered with a score from 1 to 5.
problem-choose-a-score = 1 සිට 5 දක්වා ලකුණක් තෝරන්න.
problem-account-unknown = මෙම පරිශීලක නාමය සහිත සක්‍රිය ගිණුමක් නැත.
problem-shown-by-person = තම පැතිකඩෙන් අන් අයට පෙනෙන දේ තෝරන්නේ එම පුද්ගලයා පමණි.
problem-profile-stays = පැතිකඩක් එහි පුද්ගලයා සමඟම පවතී; එය වෙනත් ගිණුමකට මාරු කළ නොහැක.
problem-email-invalid = name@example.org වැනි ඊමේල් ලිපිනයක් ඇතුළත් කරන්න.
problem-phone-invalid = ඉලක්කම්, හිස්තැන් සහ + - ( ) පමණක් ඇති දුරකථන අංකයක් ඇතුළත් කරන්න.
problem-date-invalid = 2024-03-01 වැනි, වර්ෂය-මාසය-දිනය ලෙස ලියූ දිනයක් ඇතුළත් කරන්න.
problem-language-tag-invalid = bn, ta හෝ ur වැනි භාෂා කේතයක් ඇතුළත් කරන්න.
problem-referral-unknown = මෙම ගිණුම ඇති කිසිවෙකු නාමාවලියේ නැත: ලැයිස්තුගත කෙනෙකුට, හෝ සාමාජික නගරයක සම්බන්ධීකරණ නිලධාරියෙකුට යොමු කරන්න.

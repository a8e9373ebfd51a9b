# The field app's forms (a new request, a fund application) and a request's own screen.
# Amounts ($cap, $total, $amount, $cost) arrive already formatted; $reason is the app's own
# explanation of a failure; $number counts from 1.

## Both forms (a new request, editing one)

form-title = මාතෘකාව
form-topic = තේමාව
form-country = රට
form-city = නගරය
# The empty first choice of a list (a country, a budget category).
form-choose = තෝරන්න…
form-needs-attention = සමහර ක්ෂේත්‍ර ඔබගේ අවධානය අවශ්‍යයි. ඔබ ටයිප් කළ කිසිවක් නැති වී නැත.
form-could-not-save = සුරැකිය නොහැකි විය: { $reason }. ඔබ ටයිප් කළ කිසිවක් නැති වී නැත.

## A new request

new-screen-help = මධ්‍යස්ථානයෙන් අසන්න
new-screen-fund = අරමුදල් විමසීම
new-screen-exchange = අත්දැකීම් හුවමාරු චාරිකාවක් ඉල්ලන්න
# Switches between the two kinds of request: a screen reader reads this name for the pair.
new-kind = ඉල්ලීමේ වර්ගය
new-kind-help = උපකාර කවුළුව
new-kind-fund = සහාය අරමුදල
new-title-hint = මධ්‍යස්ථානය මුලින්ම දකින වචන කිහිපයක්.
new-description-help = ඔබට අවශ්‍ය කුමක්ද?
new-description-hint-help = ඔබට අවශ්‍ය දේ, කා සඳහාද, කවදාටදැයි සඳහන් කරන්න. අවදානමට ලක්ව සිටින අයගේ නම් සඳහන් නොකරන්න.
new-description-fund = ඔබගේ ප්‍රශ්නය හෝ අදහස
new-description-hint-exchange = ඔබ යාමට කැමති නගරය සහ හේතුව, ඔබට ඉගෙන ගැනීමට අවශ්‍ය දේ, යන්නේ කවුරුන්ද සහ කවදාද යන්න සඳහන් කරන්න.
new-description-hint-fund = සුදුසුකම් හෝ ක්‍රියාවලිය ගැන අසන්න, නැතහොත් ඔබ අරමුදල් ඉල්ලන වැඩසටහන විස්තර කරන්න.
new-choose-topic = තේමාවක් තෝරන්න…
new-include-budget = අයවැයක් සහිත ප්‍රදාන අයදුම්පතක් ද ඇතුළත් කරන්න
new-submit = සුරකින්න සහ යවන්න
new-saved-note = පළමුව මෙම දුරකථනයේ සුරැකී, ජාලය ලැබුණු වහාම මධ්‍යස්ථානයට යවනු ලැබේ.
new-draft-back = ඔබගේ නිම නොකළ කෙටුම්පත නැවත ලැබී ඇත.
new-saved-online = සුරකින ලදී. එය මධ්‍යස්ථානය වෙත යමින් පවතී.
new-saved-offline = මෙම දුරකථනයේ සුරකින ලදී. ඔබ නැවත ජාලයට සම්බන්ධ වූ විට එය මධ්‍යස්ථානයට යයි.

## A grant application and its budget (in a new fund query, and when editing one)

budget-legend = ප්‍රදාන අයදුම්පත
budget-cap-note = සෑම වටයක්ම තමන්ගේම උපරිම සීමාවක් නියම කරයි (වෙනත් ලෙස සඳහන් නොකළහොත් { $cap }). අයවැය අයිතමවල එකතුව ඔබ ඉල්ලන මුදලට සමාන විය යුතුය.
budget-round = අරමුදල් වටය
budget-choose-round = වටය තෝරන්න…
budget-no-round = තවම කිසිදු වටයක් නොදනී: එක් වරක් ජාලයට සම්බන්ධ වන්න
# A round in the list of rounds: its name (as the hub wrote it) and its cap.
budget-round-option = { $name } ({ $cap } දක්වා)
budget-lead = ප්‍රධාන සංවිධානය
budget-partner = පළාත් පාලන හවුල්කරු
budget-objectives = අරමුණු
budget-objectives-hint = මෙම වැඩසටහන ඔබගේ ප්‍රාදේශීය ක්‍රියාකාරී සැලැස්මට සේවය කරන ආකාරය.
budget-plan = ඔබගේ ප්‍රාදේශීය ක්‍රියාකාරී සැලැස්මෙන්
budget-risk = එහි තක්සේරු කළ අවදානම්
budget-mitigation = මෙම වැඩසටහන ඒවා අවම කරන ආකාරය
budget-partners = හවුල්කරුවන් සහ සම්පත්
budget-timeline = කාලසටහන
budget-timeline-hint = උදාහරණයක් ලෙස: 2026 මාර්තු සිට අගෝස්තු දක්වා.
budget-milestone-number = සන්ධිස්ථානය { $number }
budget-milestone = සන්ධිස්ථානය
budget-milestone-due = නියමිත දිනය
budget-milestone-remove = ඉවත් කරන්න
    .aria-label = සන්ධිස්ථානය { $number } ඉවත් කරන්න
budget-add-milestone = + සන්ධිස්ථානයක් එක් කරන්න
budget-lines = අයවැය අයිතම
budget-line = අයිතමය { $number }
budget-line-remove = ඉවත් කරන්න
    .aria-label = අයවැය අයිතමය { $number } ඉවත් කරන්න
budget-line-category = කාණ්ඩය
budget-line-description = එයින් ගෙවන්නේ කුමක් සඳහාද
budget-line-quantity = ප්‍රමාණය
# $currency is the currency's ISO code, such as USD.
budget-unit-cost = ඒකක මිල ({ $currency })
budget-line-total = අයිතමයේ එකතුව { $total }
budget-add-line = + අයවැය අයිතමයක් එක් කරන්න
# $currency is the currency's ISO code. The placeholder shows how an amount is typed.
budget-amount = ඔබ ඉල්ලන මුදල ({ $currency })
    .placeholder = { NUMBER(0, minimumFractionDigits: 2) }
budget-use-total = අයිතමවල එකතුව භාවිත කරන්න

## The totals box under the budget

budget-lines-total = අයවැය අයිතමවල එකතුව
budget-requested = ඔබ ඉල්ලන මුදල
budget-cap = වටයේ උපරිම සීමාව
budget-over-cap = උපරිම සීමාව ඉක්මවා ඇත: මෙම වටයෙන් දෙන්නේ උපරිම { $cap } පමණි.
budget-unbalanced = අයිතමවල එකතුව සහ ඔබ ඉල්ලන මුදල සමාන විය යුතුය.
budget-no-lines = ඔබ ඉල්ලන මුදල සෑදෙන අයවැය අයිතම එක් කරන්න.
budget-ok = ✓ අයිතමවල එකතුව ඔබ ඉල්ලන මුදලට සමානයි, එය උපරිම සීමාව තුළ ඇත.

## A request's own screen

detail-screen-request = ඉල්ලීම
detail-screen-fund = අරමුදල් විමසීම
detail-missing = මෙම ඉල්ලීම තවම මෙම උපාංගයේ නැත.
detail-missing-note = එය ඊළඟ සමමුහුර්ත කිරීමේදී ලැබේ.
# Where the request is from: a city (as its requester typed it) and a country.
detail-place = { $city }, { $country }
detail-filed = ඉදිරිපත් කළේ { $date }
detail-shared-write = සගයෙකු මෙය ඔබගේ නගර කණ්ඩායම සමඟ බෙදා ගෙන ඇත: ඔබට එය කියවා මධ්‍යස්ථානයට ලිවිය හැක.
detail-shared-read = සගයෙකු මෙය කියවීම සඳහා ඔබගේ නගර කණ්ඩායම සමඟ බෙදා ගෙන ඇත.
# The hub filed the request for this person after hearing from them; $channel is how (a phone
# call, a messaging app, ...).
detail-filed-for-you = මධ්‍යස්ථානය මෙම ඉල්ලීම ඔබ වෙනුවෙන් ඉදිරිපත් කර ඇත ({ $channel }). ඔබගේ අනෙක් ඉල්ලීම් මෙන්ම මෙහි ප්‍රගතිය බලා, මෙතැනින් පිළිතුරු දෙන්න.
# The hub found the same request filed twice. .link is the words of the link to the other
# request; the link stands where { $link } is.
detail-merged = මධ්‍යස්ථානය මෙම ඉල්ලීම { $link } සමඟ ඒකාබද්ධ කර, එහි පිළිතුරු දෙයි.
    .link = වෙනත් ඉල්ලීමක්
# $resolution is the hub's note on how it resolved the request, as its staff typed it.
detail-resolved = විසඳා ඇත: { $resolution }
detail-asked-own = ඔබ ඇසූ දේ
detail-asked-other = අසන ලද දේ
detail-edit = සංස්කරණය කරන්න
detail-edit-heading = ඉල්ලීම සංස්කරණය කරන්න
detail-description = ඔබට අවශ්‍ය දේ
detail-save = වෙනස්කම් සුරකින්න
detail-cancel = අවලංගු කරන්න
detail-edit-back = ඔබගේ නොසුරැකි වෙනස්කම් නැවත ලැබී ඇත.
detail-changes-saved = වෙනස්කම් මෙම දුරකථනයේ සුරකින ලදී.

## The grant application as filed

detail-application = ප්‍රදාන අයදුම්පත
detail-amount-asked = ඉල්ලූ මුදල
detail-risks = තක්සේරු කළ අවදානම්
detail-mitigation = අවදානම් අවම කිරීම
detail-milestones = සන්ධිස්ථාන
# One milestone in a list of them: its name (as the requester typed it) and its due date.
detail-milestone = { $name } (නියමිත දිනය { $due })
# The head of the table's column of budget lines.
detail-line = අයවැය අයිතමය
# The head of the table's column of quantities, kept short.
detail-quantity = ප්‍රමාණය
detail-total = එකතුව
# What one unit of a budget line costs.
detail-unit-cost = එකක් { $cost }

## Fields two devices changed while apart

conflict-title = නොබැඳිව සිටියදී උපාංග දෙකක වෙනස් මාතෘකා සකසා ඇත.
    .aria-label = මාතෘකාව තෝරන්න
conflict-topic = නොබැඳිව සිටියදී උපාංග දෙකක වෙනස් තේමා සකසා ඇත.
    .aria-label = තේමාව තෝරන්න
conflict-country = නොබැඳිව සිටියදී උපාංග දෙකක වෙනස් රටවල් සකසා ඇත.
    .aria-label = රට තෝරන්න
conflict-city = නොබැඳිව සිටියදී උපාංග දෙකක වෙනස් නගර සකසා ඇත.
    .aria-label = නගරය තෝරන්න
conflict-amount = නොබැඳිව සිටියදී උපාංග දෙකක වෙනස් ඉල්ලූ මුදල් සකසා ඇත.
    .aria-label = ඉල්ලූ මුදල තෝරන්න
# A field this version of the app has no words for; $field is its name in the record.
conflict-other = නොබැඳිව සිටියදී උපාංග දෙකක වෙනස් { $field } සකසා ඇත.
    .aria-label = { $field } තෝරන්න
conflict-which = නිවැරදි කුමක්ද?
conflict-saved = ඔබගේ තේරීම සුරකින ලදී.
conflict-failed = ඔබගේ තේරීම සුරැකිය නොහැකි විය: { $reason }

## Sharing a request with the requester's city team

share-label = මගේ නගර කණ්ඩායම සමඟ බෙදා ගන්න
share-none = බෙදා ගෙන නැත
share-read = කියවීමට
share-write = කියවීමට සහ ලිවීමට
share-note = මෙම නගරයේ ගිණුම් ඇති නිලධාරීන්ට ද එය ඔවුන්ගේ දුරකථනවල පෙනේ. මධ්‍යස්ථානයේ අභ්‍යන්තර සටහන් කිසි විටෙක බෙදා නොගනී.
share-saved = මෙම දුරකථනයේ සුරකින ලදී.
share-failed = බෙදා ගැනීම වෙනස් කළ නොහැකි විය: { $reason }

## The conversation with the hub

conversation-heading = සංවාදය
conversation-empty = තවම පණිවිඩ නැත. මධ්‍යස්ථානයේ පිළිතුරු මෙහි පෙන්වන අතර, ජාලය නැතිව ද කියවිය හැක.
conversation-from-hub = මධ්‍යස්ථානය
conversation-from-you = ඔබ
conversation-from-colleague = සගයෙක්
conversation-message = ඔබගේ පණිවිඩය
    .placeholder = මධ්‍යස්ථානයට ලියන්න…
conversation-send = යවන්න
conversation-sent = මධ්‍යස්ථානයට යැවිණි.
conversation-saved-offline = මෙම දුරකථනයේ සුරකින ලදී. ඔබ නැවත ජාලයට සම්බන්ධ වූ විට එය මධ්‍යස්ථානයට යයි.
conversation-failed = පණිවිඩය සුරැකිය නොහැකි විය: { $reason }

## A fund application on the requester's phone

fund-heading = ඔබගේ අයදුම්පත
fund-status-draft = කෙටුම්පත: තවම ඉදිරිපත් කර නැත
fund-status-submitted = ඉදිරිපත් කළා
fund-status-under-review = සමාලෝචනය වෙමින්
fund-status-changes-requested = මධ්‍යස්ථානය වෙනස්කම් ඉල්ලයි
fund-status-approved = අනුමතයි
fund-status-approved-amount = අනුමතයි: { $amount }
fund-status-declined = ප්‍රතික්ෂේපිතයි
fund-edit = අයදුම්පත සංස්කරණය කරන්න
fund-submit = මධ්‍යස්ථානයට ඉදිරිපත් කරන්න
fund-submitted = ඉදිරිපත් කළා. එය මධ්‍යස්ථානයට ලැබුණු විට බලාත්මක වේ.
fund-edit-heading = ඔබගේ අයදුම්පත සංස්කරණය කරන්න
fund-save = අයදුම්පත සුරකින්න
fund-cancel = අවලංගු කරන්න
fund-saved = අයදුම්පත මෙම දුරකථනයේ සුරකින ලදී.

## Progress reports on an application

# A report filed, in a list of them: the milestone it is on (as the requester named it).
fund-report = වාර්තාව: { $milestone }
fund-report-final = අවසාන වාර්තාව: { $milestone }
fund-report-file = ප්‍රගති වාර්තාවක් ඉදිරිපත් කරන්න
fund-report-milestone = සන්ධිස්ථානය
# What a report is on when the application names no milestones; it is saved with the report.
fund-report-progress = ප්‍රගතිය
fund-report-body = කළ දේ
fund-report-is-final = මෙය අවසාන වාර්තාවයි
fund-report-save = වාර්තාව සුරකින්න
fund-report-saved = වාර්තාව සුරකින ලදී.

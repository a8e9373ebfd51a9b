# Words both apps use: the product's name, the codes records carry and where a request is.
# `code-<code>` is a code's words; `code-short-<code>` a shorter form for tight places.
# The field app names the requester's own statuses with `status-<code>`.

-brand = HubDesk
brand-name = { -brand }

## Kinds of request

code-help_desk = උපකාර කවුළු ඉල්ලීම
code-fund_query = සහාය අරමුදල් විමසීම
code-short-help_desk = උපකාර කවුළුව
code-short-fund_query = අරමුදල් විමසීම

## How a request staff filed for a practitioner reached the hub

code-phone_call = දුරකථන ඇමතුම
code-messaging = පණිවිඩ යෙදුම
code-email = ඊමේල්
code-workshop = වැඩමුළුවකදී
code-in_person = සෘජුවම හමුවී

## Topics (the hub's areas of work)

code-peer_learning = නගර අතර අන්‍යෝන්‍ය ඉගෙනීම
code-capacity_building = ධාරිතා වර්ධනය සහ පුහුණුව
code-cooperation = සහයෝගිතාව (ජාතික-ප්‍රාදේශීය, බහු-පාර්ශ්වික)
code-local_voices = ප්‍රාදේශීය හඬ ඉස්මතු කිරීම
code-youth_engagement = තරුණයන් සහ පළාත් පාලනය
code-local_action_planning = ප්‍රාදේශීය ක්‍රියාකාරී සැලසුම්කරණය
code-support_fund = තාක්ෂණික සහාය අරමුදල
code-exchange_visit = හවුල්කාර නගරයකට අත්දැකීම් හුවමාරු චාරිකාව
code-other = වෙනත්
code-short-cooperation = සහයෝගිතාව
code-short-youth_engagement = තරුණ සහභාගිත්වය

## Countries

code-BD = බංග්ලාදේශය
code-IN = ඉන්දියාව
code-LK = ශ්‍රී ලංකාව
code-MV = මාලදිවයින
code-PK = පකිස්තානය

## Budget categories

code-personnel = කාර්ය මණ්ඩලය
code-activities_events = ක්‍රියාකාරකම් සහ වැඩසටහන්
code-materials = ද්‍රව්‍ය
code-travel = ගමන් වියදම්
code-monitoring_evaluation = අධීක්ෂණය සහ ඇගයීම

## Sharing with a city team

code-read = කියවිය හැක
code-write = කියවීමට සහ සංස්කරණයට හැක

## Who wrote a message

code-requester = ඉල්ලුම්කරු
code-staff = මධ්‍යස්ථාන කාර්ය මණ්ඩලය

## A request's status, as the hub's staff call it

code-new = නව
code-triaged = වර්ග කළා
code-in_progress = කටයුතු කෙරෙමින්
code-waiting_on_requester = ඉල්ලුම්කරුගේ පිළිතුර බලාපොරොත්තුවෙන්
code-resolved = විසඳා ඇත
code-closed = වසා ඇත

## A request's status, as the field app tells its requester

status-new = නව
status-triaged = මධ්‍යස්ථානය දුටුවා
status-in_progress = කටයුතු කෙරෙමින්
status-waiting_on_requester = ඔබගේ පිළිතුර බලාපොරොත්තුවෙන්
status-resolved = විසඳා ඇත
status-closed = වසා ඇත

## Priorities

code-low = අඩු
code-normal = සාමාන්‍ය
code-high = ඉහළ
code-urgent = හදිසි

## Roles

code-practitioner = ක්ෂේත්‍ර නිලධාරී
code-agent = සහාය නිලධාරී
code-fund_manager = අරමුදල් කළමනාකරු
code-admin = පරිපාලක

## A fund application's status

code-submitted = ඉදිරිපත් කළා
code-under_review = සමාලෝචනය වෙමින්
code-changes_requested = වෙනස්කම් ඉල්ලා ඇත
code-approved = අනුමතයි
code-declined = ප්‍රතික්ෂේපිතයි

## A signed-in device's platform ("other" is above)

code-android = Android
code-ios = iPhone හෝ iPad
code-windows = Windows
code-macos = Mac
code-linux = Linux

## Why the client refused something (the page shows these for errors the client names)

client-forbidden = ඔබගේ භූමිකාවට එය කිරීමට අවසර නැත.
client-not-on-device = එම ඉල්ලීම තවම මෙම උපාංගයේ නැත. ඔබ ඊළඟ වතාවේ ජාලයට සම්බන්ධ වූ විට එය ලැබේ.
client-not-an-amount = මුදලක් ඇතුළත් කරන්න, උදා. { NUMBER(12500, minimumFractionDigits: 2) }.
client-amount-not-positive = බිංදුවට වැඩි මුදලක් ඇතුළත් කරන්න.

## Where a request is

sync-device = මෙම උපාංගයේ පමණි
sync-sending = යවමින්…
sync-hub = මධ්‍යස්ථානයට ලැබී ඇත

## The directory: where a city stands with the network, and what a person offers

code-applicant = සම්බන්ධ වීමට අයදුම් කර ඇත
code-member = සාමාජික නගරය
code-former = හිටපු සාමාජික
code-expert = විශේෂඥ
code-peer = සහෘද ක්ෂේත්‍ර නිලධාරී

## The fields of a directory entry

directory-field-organisation = ආයතනය
directory-field-about = හැඳින්වීම
directory-field-topics = තේමා
directory-field-languages = භාෂා
directory-field-cities = එක්ව කටයුතු කළ නගර
directory-field-email = ඊමේල්
directory-field-phone = දුරකථනය
directory-since = { $when } සිට
directory-focal-points = සම්බන්ධීකරණ නිලධාරීන්: { $names }

## A city's needs: the groups its work serves, the areas asked about, how pressing each is

code-youth = තරුණයන්
code-women = කාන්තාවන්
code-minorities = සුළුතර ප්‍රජාවන්
code-persons_with_disabilities = ආබාධ සහිත පුද්ගලයින්
code-older_people = වැඩිහිටියන්
code-migrants = සංක්‍රමණිකයන් සහ අවතැන් වූවන්
code-urban_poor = නාගරික දුප්පතුන්
needs-area-training = පුහුණුව
needs-area-technical_support = තාක්ෂණික සහාය
needs-area-capacity = ධාරිතාව (කාර්ය මණ්ඩලය, පද්ධති, උපකරණ)
needs-urgency-0 = නැත
needs-urgency-1 = අඩු
needs-urgency-2 = මධ්‍යම
needs-urgency-3 = ඉහළ
needs-groups = ඔබගේ නගරයේ කටයුතුවලින් සේවය ලබන ප්‍රජා කණ්ඩායම්

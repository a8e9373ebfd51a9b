# What is wrong with something a person typed, shown next to the field (both apps).
# $max is a count; $cap, $total and $requested are amounts, already in the currency format.

problem-empty = މިތަން ފުރިހަމަކުރައްވާ.
problem-empty-title = ތިޔަބޭފުޅާގެ ރިކުއެސްޓަށް ކުރު ސުރުޚީއެއް ދެއްވާ.
problem-empty-description = ހަބުން ތިޔަބޭފުޅާއަށް ބޭނުންވާ ކަމެއް ލިޔުއްވާ.
problem-empty-line-description = މި ބަޖެޓް ލައިނުން ޚަރަދުކުރާ ކަމެއް ލިޔުއްވާ.
problem-empty-budget-category = ބަޖެޓުގެ ބާވަތެއް ހޮވާލައްވާ.
problem-empty-topic = މައުޟޫޢެއް ހޮވާލައްވާ.
problem-empty-kind = ރިކުއެސްޓުގެ ބާވަތް ހޮވާލައްވާ.
problem-empty-country = ޤައުމެއް ހޮވާލައްވާ.
problem-empty-city = ތިޔަބޭފުޅާގެ ސިޓީ ލިޔުއްވާ.
problem-empty-message = ފުރަތަމަ މެސެޖެއް ލިޔުއްވާ.
problem-too-long = މިއީ { $max } އަކުރަށްވުރެ ގިނަ ނުކުރައްވާ.
problem-too-many-messages = މި ވާހަކަދެއްކުން { $max } މެސެޖުގެ ޙައްދަށް ފޯރައިފި.
problem-too-many-lines = އެއް ބަޖެޓެއްގައި އެންމެ ގިނަވެގެން ހިމެނޭނީ { $max } ލައިން.
problem-too-many-seats = އެއް އިވެންޓެއްގައި އެންމެ ގިނަވެގެން ހިމެނޭނީ { $max } ސީޓު.
problem-ends-before-start = މިއީ ފެށުމުގެ ކުރިން ނުވާނެ.
problem-link-not-https = https:// އިން ފެށޭ އެޑްރެހެއް ލިޔުއްވާ.
# Filing a request for a practitioner (staff, in the console).
problem-empty-channel = ރިކުއެސްޓް ހަބަށް ލިބުނު ގޮތް ބުނެދެއްވާ.
problem-requester-unknown = މި އެކައުންޓަކީ އެކްޓިވް ޕްރެކްޓިޝަނަރެއްގެ އެކައުންޓެއް ނޫން. ލިސްޓުން މީހަކު ހޮވާލައްވާ.
problem-requester-not-practitioner = ރިކުއެސްޓް ހުށަހަޅަނީ ޕްރެކްޓިޝަނަރުންގެ ބަދަލުގައި، އަދި މި އެކައުންޓަކީ ހަބުގެ މުވައްޒަފެއްގެ އެކައުންޓެއް.
problem-not-yours-to-file = މި ރިކުއެސްޓް އެހެން މީހެއްގެ ބަދަލުގައި ހުށަހެޅުމުގެ ހުއްދައެއް ތިޔަބޭފުޅާއަކަށް ނެތް.
problem-channel-only-for-intake = ރިކުއެސްޓް ހަބަށް ލިބުނު ގޮތް ލިޔެވޭނީ އެހެން މީހެއްގެ ބަދަލުގައި ހުށަހަޅާ ރިކުއެސްޓެއްގައި އެކަނި.
problem-too-large = މި ރެކޯޑު ހަބަށް ބަލައިގަނެވޭ ވަރަށްވުރެ ބޮޑުވެއްޖެ. އާ ރިކުއެސްޓެއް ފައްޓަވާ.
problem-unknown-value = ލިސްޓުގައިވާ އެއްޗެއް ހޮވާލައްވާ.
problem-no-amount = ތިޔަބޭފުޅާ އެދޭ ޢަދަދު ލިޔުއްވާ.
problem-no-quantity = މަދުވެގެން 1 ގެ ޢަދަދެއް ލިޔުއްވާ.
problem-not-positive = މިއީ ސުމަށްވުރެ ބޮޑު ޢަދަދަކަށް ވާންޖެހޭނެ.
problem-negative = މިއީ މައިނަސް ޢަދަދަކަށް ނުވާނެ.
problem-over-cap = މި ބުރުގައި ކޮންމެ އެޕްލިކޭޝަނަކަށް އެންމެ ގިނަވެގެން ދެވެނީ { $cap }. މަދު ޢަދަދަކަށް އެދުއްވާ.
problem-budget-mismatch = ބަޖެޓް ލައިންތަކުގެ ޖުމްލައަކީ { $total }، ނަމަވެސް ތިޔަބޭފުޅާ އެދެނީ { $requested }. މި ދެ ޢަދަދު އެއްވަރު ކުރައްވާ.
problem-overflow = މި ނަންބަރު ވަރަށް ބޮޑު.
problem-control-character = މި ލިޔުމުން ނުފެންނަ ކޮންޓްރޯލް އަކުރުތައް ފޮހެލައްވާ.
problem-not-allowed = މިކަމުގެ ހުއްދައެއް ނެތް: { $reason }
problem-invalid = މިއީ ރަނގަޅު އެއްޗެއް ނޫން: { $reason }
problem-not-a-whole-number = ފުރިހަމަ ނަންބަރެއް ލިޔުއްވާ، މިސާލަކަށް { 3 }.
problem-not-an-amount = ޢަދަދެއް ލިޔުއްވާ، މިސާލަކަށް { NUMBER(1250.5, minimumFractionDigits: 2) }.
# Feedback on an event: both questions are answered with a score from 1 to 5.
problem-choose-a-score = 1 އިން 5 އަށް ސްކޯއެއް ހޮވާލައްވާ.
problem-account-unknown = މި ޔޫޒަރނޭމްގައި އެއްވެސް އެކްޓިވް އެކައުންޓެއް ނެތް.
problem-shown-by-person = ޕްރޮފައިލުން އެހެން މީހުންނަށް ފެންނާނެ އެއްޗެހި ހޮވޭނީ އެ ޕްރޮފައިލުގެ ވެރި މީހާއަށް އެކަނި.
problem-profile-stays = ޕްރޮފައިލެއް ހުންނަނީ އޭގެ ވެރި މީހާއާއެކު؛ އެހެން އެކައުންޓަކަށް ބަދަލެއް ނުކުރެވޭނެ.
problem-email-invalid = އީމެއިލް އެޑްރެހެއް ލިޔުއްވާ، މިސާލަކަށް name@example.org.
problem-phone-invalid = ނަންބަރާއި، ހުސްޖާގައާއި، + - ( ) އެކަނި ހިމެނޭ ފޯނު ނަންބަރެއް ލިޔުއްވާ.
problem-date-invalid = އަހަރު-މަސް-ދުވަސް ގޮތަށް ތާރީޚެއް ލިޔުއްވާ، މިސާލަކަށް 2024-03-01.
problem-language-tag-invalid = ބަހުގެ ކޯޑެއް ލިޔުއްވާ، މިސާލަކަށް bn, ta ނުވަތަ ur.
problem-referral-unknown = މި އެކައުންޓް ހުރި އެއްވެސް މީހަކު ޑިރެކްޓަރީގައި ނެތް: ލިސްޓުކޮށްފައިވާ މީހަކު، ނުވަތަ މެމްބަރު ސިޓީއެއްގެ ފޯކަލް ޕޮއިންޓެއް ރެފަރކުރައްވާ.

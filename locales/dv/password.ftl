# Resetting a password with a one-time code (both apps: js/views/reset-password.js).

password-summary = ހަބުން ދިން، އެއްފަހަރު ބޭނުންކުރާ ކޯޑެއް އަޅުގަނޑު ކައިރީގައި އެބައޮތް
password-username = ޔޫޒަރނޭމް
password-code = ކޯޑު
# $min is the shortest password the hub accepts.
password-new =
    { $min ->
        [one] އާ ޕާސްވޯޑް ({ $min } އަކުރު ނުވަތަ އެއަށްވުރެ ގިނަ)
       *[other] އާ ޕާސްވޯޑް ({ $min } އަކުރު ނުވަތަ އެއަށްވުރެ ގިނަ)
    }
password-submit = އަޅުގަނޑުގެ އާ ޕާސްވޯޑް ހަދާ
password-empty = ތިޔަބޭފުޅާގެ ޔޫޒަރނޭމް، ކޯޑު އަދި އާ ޕާސްވޯޑެއް ލިޔުއްވާ.
password-bad-code = އެ ކޯޑު ދިމާއެއް ނުވޭ، ނުވަތަ އޭގެ މުއްދަތު ހަމަވެފައި، ނުވަތަ ބޭނުންކުރެވިފައި. ހަބުން އާ ކޯޑަކަށް އެދުއްވާ.
password-http = ހަބުން ދިން ޖަވާބަކީ HTTP { $status }.
password-offline = ނެޓްވޯކް ނެތް: އާ ޕާސްވޯޑެއް ހެދުމަށް ނެޓްވޯކް ބޭނުންވޭ.
password-done = ތިޔަބޭފުޅާގެ އާ ޕާސްވޯޑް ހެދިއްޖެ. މަތީގައި އެ ޕާސްވޯޑުން ސައިން އިން ކުރައްވާ.

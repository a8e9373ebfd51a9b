# The installed app's name and description (the web app manifest, one per language).

manifest-name = { -brand }
manifest-short-name = { -brand }
manifest-description = ދެކުނު އޭޝިއާގެ ސަރަޙައްދީ ހަބުން އެހީއަށް އެދި، އޭގެ ޖަވާބުތައް ބައްލަވައި، އިރުޝާދު ކިޔުއްވާ، ނެޓްވޯކް ހުރިޔަސް ނެތަސް.

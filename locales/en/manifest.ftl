# The installed app's name and description (the web app manifest, one per language).

manifest-name = { -brand }
manifest-short-name = { -brand }
manifest-description = Ask the South Asia Regional Hub for help, follow its replies and read its guidance, with or without a network.

# The installed app's name and description (the web app manifest, one per language).

manifest-name = { -brand }
manifest-short-name = { -brand }
manifest-description = தெற்காசிய பிராந்திய மையத்திடம் உதவி கேளுங்கள், அதன் பதில்களைப் பின்தொடருங்கள், அதன் வழிகாட்டல்களைப் படியுங்கள் — இணைய இணைப்பு இருந்தாலும் இல்லாவிட்டாலும்.

# The installed app's name and description (the web app manifest, one per language).

manifest-name = { -brand }
manifest-short-name = { -brand }
manifest-description = දකුණු ආසියා කලාපීය මධ්‍යස්ථානයෙන් උදව් ඉල්ලන්න, එහි පිළිතුරු බලන්න සහ එහි මාර්ගෝපදේශ කියවන්න, ජාලය ඇතත් නැතත්.

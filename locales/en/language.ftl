# What this folder's language is called in itself, and which way it is written. The build reads
# these two to list the language; every folder has them.
language-name = English
language-direction = ltr

# What this folder's language is called in itself, and which way it is written.
language-name = ދިވެހި
language-direction = rtl

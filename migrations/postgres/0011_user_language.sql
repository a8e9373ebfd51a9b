-- Each person's language for both apps (PostgreSQL). Kept in step with migrations/sqlite/0011_user_language.sql.
--
-- A BCP 47 tag naming one of the catalogue folders under locales/ (checked by the server when it
-- is set); NULL until the person or an admin chooses one, when the apps follow the device's
-- languages.
ALTER TABLE users ADD COLUMN language TEXT;

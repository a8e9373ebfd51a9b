-- Staff limited to countries (SQLite). Kept in step with migrations/postgres/0007_country_scopes.sql.

-- The countries an agent or fund manager handles, as codes separated by commas (the rules are in
-- shared::users::countries); empty for every country. Requests elsewhere, with their triage and
-- notes, do not exist for them on /sync or in REST.
ALTER TABLE users ADD COLUMN countries TEXT NOT NULL DEFAULT '';

-- Guidance items and canned responses in several languages (SQLite). Kept in step with
-- migrations/postgres/0012_language_versions.sql.
--
-- Each language's version is a row of its own; item_id links the versions of one item: it is
-- the id of the item's first version (its own id, for a first version and for every row
-- written before this migration). Readers are offered one version per item
-- (hubdesk_shared::library).
ALTER TABLE guidance ADD COLUMN item_id TEXT;
UPDATE guidance SET item_id = id;
CREATE INDEX guidance_item ON guidance (item_id);
ALTER TABLE canned_responses ADD COLUMN item_id TEXT;
UPDATE canned_responses SET item_id = id;
CREATE INDEX canned_responses_item ON canned_responses (item_id);

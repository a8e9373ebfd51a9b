-- Data protection (PostgreSQL): anonymising closed requests after the retention period, and
-- erasing a person. Kept in step with migrations/sqlite/0009_retention.sql.

-- How many times the hub has replaced a document with a new history of its own (anonymised, or
-- a person's words erased from it). A write prepared against an earlier epoch is refused, so
-- nothing from the old history is ever stored again.
ALTER TABLE documents ADD COLUMN epoch BIGINT NOT NULL DEFAULT 0;

-- When the request was closed (NULL while open), when it was anonymised, and its request
-- document's epoch, which devices compare with their copy's to know it was replaced.
ALTER TABLE request_projection ADD COLUMN closed_at BIGINT;
ALTER TABLE request_projection ADD COLUMN anonymised_at BIGINT;
ALTER TABLE request_projection ADD COLUMN epoch BIGINT NOT NULL DEFAULT 0;
UPDATE request_projection SET closed_at = updated_at WHERE status = 'closed';
CREATE INDEX request_projection_closed ON request_projection (closed_at);

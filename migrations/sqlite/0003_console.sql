-- The staff console (SQLite): request history, service levels, full-text search, canned
-- responses. Kept in step with migrations/postgres/0003_console.sql.

-- Append-only history of every request: triage changes, messages, notes and staff views, with
-- who made them and when the server received them (device time kept beside it). Written in the
-- same transaction as the change it records. `detail` is the event as JSON.
CREATE TABLE request_events (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    request_id TEXT NOT NULL,
    type       TEXT NOT NULL,
    detail     TEXT NOT NULL,
    actor      TEXT,
    actor_role TEXT,
    internal   BIGINT NOT NULL,
    server_at  BIGINT NOT NULL,
    device_at  BIGINT
);
CREATE INDEX request_events_request ON request_events (request_id, id);
CREATE INDEX request_events_time ON request_events (server_at);

-- Service levels and merge links, recomputed from the history in the same transaction.
-- `sla_due_at` is the next unmet deadline (NULL while paused or when every deadline is met), so
-- the overdue queue is `sla_due_at < now`.
ALTER TABLE request_projection ADD COLUMN duplicate_of TEXT;
ALTER TABLE request_projection ADD COLUMN received_at BIGINT;
ALTER TABLE request_projection ADD COLUMN first_response_at BIGINT;
ALTER TABLE request_projection ADD COLUMN first_response_due_at BIGINT;
ALTER TABLE request_projection ADD COLUMN resolved_at BIGINT;
ALTER TABLE request_projection ADD COLUMN resolution_due_at BIGINT;
ALTER TABLE request_projection ADD COLUMN sla_due_at BIGINT;
ALTER TABLE request_projection ADD COLUMN sla_paused BIGINT;
CREATE INDEX request_projection_sla ON request_projection (sla_due_at);
CREATE INDEX request_projection_priority ON request_projection (priority, created_at);

-- Full-text search over title, description and every message. Marks (M*) are token characters
-- so Bengali, Hindi, Sinhala and Tamil words are not split at their vowel signs. The index's
-- rowid is `request_search_rows.id` (an INTEGER PRIMARY KEY, so it survives VACUUM), which makes
-- replacing one request's entry a lookup rather than a scan.
CREATE TABLE request_search_rows (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    request_id TEXT NOT NULL UNIQUE
);
CREATE VIRTUAL TABLE request_search USING fts5 (
    body,
    tokenize = "unicode61 remove_diacritics 2 categories 'L* N* Co M*'"
);

-- Replies staff reuse, inserted into a reply and edited before sending.
CREATE TABLE canned_responses (
    id         TEXT PRIMARY KEY,
    title      TEXT NOT NULL,
    body       TEXT NOT NULL,
    language   TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX canned_responses_title ON canned_responses (title);

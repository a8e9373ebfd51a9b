-- Shared practice (issue 22, part 5; SQLite). Kept in step with
-- migrations/postgres/0021_practices.sql. What is valid and who does what when is decided in
-- hubdesk_shared::practice.

-- A practice a practitioner shared: its text (hubdesk_shared::practice::Practice as JSON), its
-- author and their place when they shared it, where it stands, the hub's note when it sent it
-- back, and the library item it became once published (`guidance_id`).
CREATE TABLE practices (
    id           TEXT PRIMARY KEY,
    author       TEXT NOT NULL REFERENCES users (id),
    country      TEXT,
    city         TEXT,
    language     TEXT NOT NULL,
    practice     TEXT NOT NULL,
    stage        TEXT NOT NULL CHECK (stage IN ('submitted', 'changes_requested', 'published', 'withdrawn')),
    hub_note     TEXT,
    guidance_id  TEXT,
    submitted_at BIGINT NOT NULL,
    updated_at   BIGINT NOT NULL
);
CREATE INDEX practices_author ON practices (author);
CREATE INDEX practices_stage ON practices (stage, updated_at);

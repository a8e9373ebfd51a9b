-- HubDesk's first schema (PostgreSQL). Kept in step with migrations/sqlite/0001_initial.sql.
-- Never edit a migration once applied; add a new numbered file instead.

-- People who sign in. Passwords are argon2 hashes, never the password itself.
CREATE TABLE users (
    id            TEXT PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('practitioner', 'agent', 'fund_manager', 'admin')),
    country       TEXT,
    city          TEXT,
    created_at    BIGINT NOT NULL
);

-- One row per signed-in device. Only a SHA-256 of the bearer token is kept.
CREATE TABLE devices (
    id           TEXT PRIMARY KEY,
    user_id      TEXT NOT NULL REFERENCES users (id),
    token_hash   TEXT NOT NULL UNIQUE,
    created_at   BIGINT NOT NULL,
    last_seen_at BIGINT,
    revoked_at   BIGINT
);
CREATE INDEX devices_user ON devices (user_id);

-- One row per stored Automerge document: what it is and whose it is.
CREATE TABLE documents (
    doc_id     TEXT PRIMARY KEY,
    kind       TEXT NOT NULL,
    request_id TEXT NOT NULL,
    owner_id   TEXT,
    heads      TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);

-- Append-only chunks of each document (incremental saves, or a snapshot that replaced the
-- chunks before it). `seq` orders every write across all documents, so another node can ask
-- what changed since a point.
CREATE TABLE doc_chunks (
    seq         BIGSERIAL PRIMARY KEY,
    doc_id      TEXT NOT NULL,
    node_id     TEXT NOT NULL,
    is_snapshot BIGINT NOT NULL,
    data        BYTEA NOT NULL,
    created_at  BIGINT NOT NULL
);
CREATE INDEX doc_chunks_doc ON doc_chunks (doc_id, seq);

-- One row per request with the fields staff filter and sort on, kept up to date from the
-- documents on every accepted change, so lists are SQL queries rather than document scans.
CREATE TABLE request_projection (
    request_id      TEXT PRIMARY KEY,
    kind            TEXT,
    title           TEXT,
    category        TEXT,
    country         TEXT,
    city            TEXT,
    requester       TEXT,
    created_at      BIGINT,
    message_count   BIGINT,
    last_message_at BIGINT,
    requested_cents BIGINT,
    status          TEXT,
    priority        TEXT,
    assignee        TEXT,
    due_at          BIGINT,
    tags            TEXT,
    updated_at      BIGINT NOT NULL
);
CREATE INDEX request_projection_status ON request_projection (status, created_at);
CREATE INDEX request_projection_country ON request_projection (country, created_at);
CREATE INDEX request_projection_assignee ON request_projection (assignee, created_at);
CREATE INDEX request_projection_requester ON request_projection (requester, created_at);

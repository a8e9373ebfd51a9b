-- Files attached to requests (SQLite). Kept in step with
-- migrations/postgres/0013_attachments.sql.
--
-- A file's bytes live in the file storage (object_store: a folder under the data directory,
-- or an S3-compatible bucket), under blobs/<sha256>; these tables say what exists and whose it is.
-- A request's document lists its attachments' metadata too, written by the hub once the bytes
-- are all here (hubdesk_shared::attachments).

-- Uploads in progress, on the tus 1.0 protocol. A row lives until its upload completes (kept,
-- completed, so a client that missed the last answer learns the upload is whole), is terminated,
-- or expires.
CREATE TABLE uploads (
    id TEXT PRIMARY KEY,
    -- The attachment the upload becomes: made by the sender's device, so a retried creation
    -- finds the same upload.
    attachment_id TEXT NOT NULL UNIQUE,
    request_id TEXT NOT NULL,
    owner TEXT NOT NULL,
    name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    -- Where in the request it goes: request, message, requirement or report, and which one.
    place TEXT NOT NULL,
    place_ref TEXT NOT NULL,
    -- The SHA-256 the sender declared (hex), checked when the last byte arrives; '' if none.
    declared_sha256 TEXT NOT NULL,
    -- The raw Upload-Metadata header, given back on HEAD as tus asks.
    metadata TEXT NOT NULL,
    length INTEGER NOT NULL,
    upload_offset INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    completed_at INTEGER
);
CREATE INDEX uploads_owner ON uploads (owner);
CREATE INDEX uploads_request ON uploads (request_id);
CREATE INDEX uploads_expires ON uploads (expires_at);

-- The stored pieces of an upload, in order: each PATCH stores its bytes as parts (objects under
-- uploads/<id>/) and commits them here in the transaction that moves the offset, so parts of a
-- PATCH that failed are never read.
CREATE TABLE upload_parts (
    upload_id TEXT NOT NULL REFERENCES uploads (id) ON DELETE CASCADE,
    part_offset INTEGER NOT NULL,
    size INTEGER NOT NULL,
    object_key TEXT NOT NULL,
    PRIMARY KEY (upload_id, part_offset)
);

-- Attachments whose bytes the hub holds. Several may share one stored file (same SHA-256).
CREATE TABLE attachments (
    id TEXT PRIMARY KEY,
    request_id TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    uploaded_by TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX attachments_request ON attachments (request_id);
CREATE INDEX attachments_sha256 ON attachments (sha256);
CREATE INDEX attachments_uploaded_by ON attachments (uploaded_by);

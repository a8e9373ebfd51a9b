-- Devices as their owners and admins see them, deactivating users, reset codes, and the audit log (PostgreSQL). Kept in step with
-- migrations/sqlite/0006_devices_audit.sql.

-- A device's name (given at sign-in, or what it is; devices from before are "Unnamed device"),
-- its platform (read from the browser's user agent: android, ios, windows, macos, linux or
-- other) and its last sync connection.
ALTER TABLE devices ADD COLUMN name TEXT NOT NULL DEFAULT 'Unnamed device';
ALTER TABLE devices ADD COLUMN platform TEXT NOT NULL DEFAULT 'other';
ALTER TABLE devices ADD COLUMN last_sync_at BIGINT;

-- A deactivated user can no longer sign in, and their devices were revoked when it happened.
ALTER TABLE users ADD COLUMN deactivated_at BIGINT;

-- One-time password-reset codes an admin issued (one live code per user). Only a SHA-256 of the
-- code is kept; it is removed when used.
CREATE TABLE password_resets (
    user_id    TEXT PRIMARY KEY REFERENCES users (id),
    code_hash  TEXT NOT NULL,
    issued_by  TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);

-- Who did what, when, from which device. Append-only: the trigger below refuses any change or
-- removal. It holds ids and fixed codes, never names or text people wrote.
CREATE TABLE audit_events (
    id         BIGSERIAL PRIMARY KEY,
    at         BIGINT NOT NULL,
    action     TEXT NOT NULL,
    -- The user who acted; NULL for a failed sign-in under a username nobody has.
    actor_id   TEXT,
    device_id  TEXT,
    -- What the action was about: a user or device id.
    subject    TEXT,
    request_id TEXT,
    -- A fixed code giving more detail (say, why a sign-in failed).
    detail     TEXT
);
CREATE INDEX audit_events_at ON audit_events (at);
CREATE INDEX audit_events_actor ON audit_events (actor_id, at);
CREATE INDEX audit_events_request ON audit_events (request_id, at);

CREATE FUNCTION audit_events_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();

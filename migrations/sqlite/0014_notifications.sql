-- Notifications: Web Push subscriptions, people's choices, what each was told, and the
-- outbox of pushes to send (SQLite). Kept in step with migrations/postgres/0014_notifications.sql.

-- The hub's VAPID key pair (RFC 8292), made on first start by whichever node starts first, so
-- every node signs with the same key and browsers' subscriptions outlive restarts. The private
-- key is the raw P-256 scalar, base64url; the public key the uncompressed point browsers take.
CREATE TABLE push_keys (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    private_key TEXT NOT NULL,
    public_key  TEXT NOT NULL,
    created_at  BIGINT NOT NULL
);

-- A device's Web Push subscription (one per device; subscribing again replaces it). Removed
-- with the device's sign-out or revocation, and when the push service answers 404 or 410.
CREATE TABLE push_subscriptions (
    id         TEXT PRIMARY KEY,
    user_id    TEXT NOT NULL REFERENCES users (id),
    device_id  TEXT NOT NULL UNIQUE REFERENCES devices (id),
    endpoint   TEXT NOT NULL UNIQUE,
    p256dh     TEXT NOT NULL,
    auth       TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX push_subscriptions_user ON push_subscriptions (user_id);

-- What each person chose (hubdesk_shared::notify::Preferences, as JSON), and a member of
-- staff's address for digests. No row: everything of their role, no quiet hours, no digest.
CREATE TABLE notification_prefs (
    user_id         TEXT PRIMARY KEY REFERENCES users (id),
    prefs           TEXT NOT NULL,
    email           TEXT,
    last_digest_at  BIGINT,
    updated_at      BIGINT NOT NULL
);

-- What each person was told: their list in the apps, written in the transaction that stored
-- its cause. It holds a kind and a request id, never text. `dedupe` keeps a notification about
-- a state (a service level about to be breached) from being made twice.
CREATE TABLE notifications (
    id         TEXT PRIMARY KEY,
    user_id    TEXT NOT NULL,
    kind       TEXT NOT NULL,
    request_id TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    read_at    BIGINT,
    dedupe     TEXT UNIQUE,
    -- When its pushes may go (after the person's quiet hours) and when they are stale.
    push_at         BIGINT NOT NULL,
    push_expires_at BIGINT NOT NULL
);
CREATE INDEX notifications_user ON notifications (user_id, created_at);

-- The outbox: one push to send per notification and subscription, written with the
-- notification. A sender on any node claims rows (row locks, SKIP LOCKED on PostgreSQL) until
-- `claimed_until`, sends, and deletes the row; failures wait `due_at` (backoff, Retry-After),
-- and a row past `expires_at` (the push's TTL) is dropped unsent.
CREATE TABLE push_outbox (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    notification_id TEXT NOT NULL REFERENCES notifications (id) ON DELETE CASCADE,
    subscription_id TEXT NOT NULL REFERENCES push_subscriptions (id) ON DELETE CASCADE,
    due_at          BIGINT NOT NULL,
    expires_at      BIGINT NOT NULL,
    attempts        BIGINT NOT NULL DEFAULT 0,
    claimed_until   BIGINT NOT NULL DEFAULT 0,
    UNIQUE (notification_id, subscription_id)
);
CREATE INDEX push_outbox_due ON push_outbox (due_at);
CREATE INDEX push_outbox_subscription ON push_outbox (subscription_id);

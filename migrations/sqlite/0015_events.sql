-- The hub's events and who registered (SQLite). Kept in step with
-- migrations/postgres/0015_events.sql.
--
-- Seats are kept here, not in documents: a registration is admitted or put in line in one
-- transaction that reads how many are admitted (hubdesk_shared::events::place_registration),
-- so no event ever admits more people than it has seats, whichever node takes the registration.

-- An event staff published (hubdesk_shared::events::Event).
CREATE TABLE events (
    id          TEXT PRIMARY KEY,
    title       TEXT NOT NULL,
    kind        TEXT NOT NULL,
    starts_at   BIGINT NOT NULL,
    ends_at     BIGINT NOT NULL,
    seats       BIGINT NOT NULL CHECK (seats > 0),
    mode        TEXT NOT NULL,
    place       TEXT,
    link        TEXT,
    language    TEXT,
    description TEXT,
    created_by  TEXT NOT NULL REFERENCES users (id),
    created_at  BIGINT NOT NULL
);
CREATE INDEX events_starts ON events (starts_at);

-- One person's registration for one event: admitted (has a seat) or waiting, in the order the
-- registrations reached the hub (`seq`), and whether they attended. Cancelling deletes the row;
-- the first waiting person is then admitted in the same transaction.
CREATE TABLE event_registrations (
    seq           INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id      TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    user_id       TEXT NOT NULL REFERENCES users (id),
    status        TEXT NOT NULL CHECK (status IN ('admitted', 'waiting')),
    registered_at BIGINT NOT NULL,
    -- When staff marked them as having attended (admitted registrations only).
    attended_at   BIGINT,
    UNIQUE (event_id, user_id)
);
CREATE INDEX event_registrations_line ON event_registrations (event_id, status, seq);

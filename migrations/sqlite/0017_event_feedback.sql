-- Feedback on the hub's events (issue 22, part 4): one answer per person and event, given once
-- they attended and the event ended (hubdesk_shared::feedback), changed by answering again.
-- The person's country and city when they answered let reports group by city without naming
-- anyone.
CREATE TABLE event_feedback (
    event_id   TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    user_id    TEXT NOT NULL REFERENCES users (id),
    rating     BIGINT NOT NULL CHECK (rating BETWEEN 1 AND 5),
    usefulness BIGINT NOT NULL CHECK (usefulness BETWEEN 1 AND 5),
    comment    TEXT,
    country    TEXT,
    city       TEXT,
    given_at   BIGINT NOT NULL,
    PRIMARY KEY (event_id, user_id)
);

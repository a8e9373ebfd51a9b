-- Member cities' needs assessments (issue 22, part 6; SQLite). Kept in step with
-- migrations/postgres/0019_needs.sql. What a valid one is, and who fills it in, is decided in
-- hubdesk_shared::needs.

-- One assessment per member city and quarter (`period`, as YYYY-Qn); filling it in again in
-- the same quarter replaces it. The city's country and name are copied, so reports keep them
-- if the directory's entry changes; `answers` is hubdesk_shared::needs::Answers as JSON.
CREATE TABLE needs_assessments (
    city_id      TEXT NOT NULL REFERENCES member_cities (id) ON DELETE CASCADE,
    period       TEXT NOT NULL,
    country      TEXT NOT NULL,
    city         TEXT NOT NULL,
    answers      TEXT NOT NULL,
    submitted_by TEXT NOT NULL,
    submitted_at BIGINT NOT NULL,
    PRIMARY KEY (city_id, period)
);
CREATE INDEX needs_assessments_period ON needs_assessments (period);

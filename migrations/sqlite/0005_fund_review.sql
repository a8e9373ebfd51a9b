-- Fund review (SQLite): conflicts of interest, reviews with eligibility checks and scores,
-- internal comments, and grants closed by their final report. Kept in step with
-- migrations/postgres/0005_fund_review.sql. None of this is ever in a synced document, so a
-- manager who declares a conflict receives none of it, through REST or /sync.

CREATE TABLE fund_conflicts (
    request_id  TEXT NOT NULL,
    user_id     TEXT NOT NULL,
    reason      TEXT NOT NULL,
    declared_at BIGINT NOT NULL,
    PRIMARY KEY (request_id, user_id)
);

-- One review per application and reviewer: eligibility items checked (JSON array of booleans,
-- in the round's order) and scores per criterion (JSON array of integers, 0 to 5).
CREATE TABLE fund_reviews (
    request_id  TEXT NOT NULL,
    reviewer    TEXT NOT NULL,
    eligibility TEXT NOT NULL,
    scores      TEXT NOT NULL,
    updated_at  BIGINT NOT NULL,
    PRIMARY KEY (request_id, reviewer)
);

-- Comments between fund managers; the applicant sees only replies in the conversation.
CREATE TABLE fund_comments (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    request_id TEXT NOT NULL,
    author     TEXT NOT NULL,
    body       TEXT NOT NULL,
    at         BIGINT NOT NULL
);
CREATE INDEX fund_comments_request ON fund_comments (request_id, id);

-- A grant closes with its final report; what was not disbursed is released to the pool then.
ALTER TABLE fund_decisions ADD COLUMN closed_at BIGINT;

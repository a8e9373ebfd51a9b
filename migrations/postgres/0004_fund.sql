-- The technical support fund (PostgreSQL): rounds, decisions and the ledger. Kept in step with
-- migrations/sqlite/0004_fund.sql. Money is integer minor units with its currency code.

-- Fund rounds, set up by fund managers. Lists are JSON arrays of text.
CREATE TABLE fund_rounds (
    id                   TEXT PRIMARY KEY,
    name                 TEXT NOT NULL,
    pool_cents           BIGINT NOT NULL CHECK (pool_cents > 0),
    currency             TEXT NOT NULL,
    cap_cents            BIGINT NOT NULL CHECK (cap_cents > 0),
    opens_at             BIGINT NOT NULL,
    closes_at            BIGINT NOT NULL,
    eligibility          TEXT NOT NULL,
    required_attachments TEXT NOT NULL,
    criteria             TEXT NOT NULL,
    created_by           TEXT NOT NULL,
    created_at           BIGINT NOT NULL,
    updated_at           BIGINT NOT NULL
);

-- One decision per application, ever: the primary key is what makes a second one fail.
CREATE TABLE fund_decisions (
    request_id   TEXT PRIMARY KEY,
    round_id     TEXT NOT NULL REFERENCES fund_rounds (id),
    decision     TEXT NOT NULL CHECK (decision IN ('approved', 'declined')),
    amount_cents BIGINT,
    reason       TEXT,
    decided_by   TEXT NOT NULL,
    decided_at   BIGINT NOT NULL
);

-- The ledger, append-only: every commitment (an approval), disbursement and release of money,
-- with who and when. Balances are sums over it, taken in the transaction that adds to it.
CREATE TABLE fund_ledger (
    id           BIGSERIAL PRIMARY KEY,
    round_id     TEXT NOT NULL REFERENCES fund_rounds (id),
    request_id   TEXT NOT NULL,
    entry        TEXT NOT NULL CHECK (entry IN ('commit', 'disburse', 'release')),
    amount_cents BIGINT NOT NULL CHECK (amount_cents > 0),
    currency     TEXT NOT NULL,
    actor        TEXT NOT NULL,
    actor_role   TEXT NOT NULL,
    note         TEXT,
    at           BIGINT NOT NULL
);
CREATE INDEX fund_ledger_round ON fund_ledger (round_id, entry);
CREATE INDEX fund_ledger_request ON fund_ledger (request_id);

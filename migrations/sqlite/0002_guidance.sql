-- Guidance items the hub publishes (one row each), kept up to date from their documents in the
-- same transaction as every change, so the library list is a SQL query.
CREATE TABLE guidance (
    id           TEXT PRIMARY KEY,
    doc_id       TEXT NOT NULL,
    title        TEXT NOT NULL,
    summary      TEXT NOT NULL,
    topic        TEXT NOT NULL,
    language     TEXT NOT NULL,
    published_at BIGINT NOT NULL,
    updated_at   BIGINT NOT NULL
);
CREATE INDEX guidance_published ON guidance (published_at);

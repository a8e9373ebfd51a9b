-- The network's directory (issue 22, part 1; PostgreSQL). Kept in step with
-- migrations/sqlite/0018_directory.sql. What is valid, and what each reader sees of a
-- profile, is decided in hubdesk_shared::directory.

-- A city in the network: applicant, member or former member, since when.
CREATE TABLE member_cities (
    id         TEXT PRIMARY KEY,
    country    TEXT NOT NULL,
    city       TEXT NOT NULL,
    status     TEXT NOT NULL CHECK (status IN ('applicant', 'member', 'former')),
    since      TEXT,
    updated_at BIGINT NOT NULL,
    UNIQUE (country, city)
);

-- The people a member city names as its focal points.
CREATE TABLE member_city_focal_points (
    city_id TEXT NOT NULL REFERENCES member_cities (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (id),
    PRIMARY KEY (city_id, user_id)
);
CREATE INDEX member_city_focal_points_user ON member_city_focal_points (user_id);

-- One person's profile (hubdesk_shared::directory::Profile as JSON, every field, including
-- those they keep for the hub: readers are given hubdesk_shared::directory::card of it).
CREATE TABLE directory_profiles (
    user_id    TEXT PRIMARY KEY REFERENCES users (id),
    profile    TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by TEXT NOT NULL
);

-- Requests shared with their requester's city team (PostgreSQL). Kept in step with
-- migrations/sqlite/0008_city_teams.sql.

-- How the requester shares the request ('read' or 'write'), and the team's place as
-- shared::access::place_key names it (country code and city); both NULL while not shared. A
-- practitioner's lists hold their own requests and those whose team_place is theirs.
ALTER TABLE request_projection ADD COLUMN team TEXT;
ALTER TABLE request_projection ADD COLUMN team_place TEXT;
CREATE INDEX request_projection_team_place ON request_projection (team_place);

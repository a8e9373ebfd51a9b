-- Erased text leaves the files (PostgreSQL). Kept in step with migrations/sqlite/0010_secure_delete.sql.
--
-- Nothing to change here: PostgreSQL's search vector is a column of the projection row, replaced
-- in place, and old row versions are reclaimed by VACUUM. SQLite's full-text index needed an
-- option of its own.
SELECT 1;

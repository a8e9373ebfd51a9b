-- Erased text leaves the files (SQLite). Kept in step with migrations/postgres/0010_secure_delete.sql.
--
-- The full-text index keeps the words of a replaced entry in its segments until they are merged
-- away; with FTS5's secure-delete option a deleted entry's words are removed from the index at
-- once, so an anonymised request or an erased person cannot be found in the index's pages.
-- (Each connection also runs with PRAGMA secure_delete, which overwrites freed pages.)
INSERT INTO request_search (request_search, rank) VALUES ('secure-delete', 1);
-- Merge what is there already, dropping the words of entries deleted before this migration.
INSERT INTO request_search (request_search) VALUES ('optimize');

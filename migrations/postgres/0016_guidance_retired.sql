-- Guidance staff retired from the library (issue 22, part 8): kept, listed to staff only.
ALTER TABLE guidance ADD COLUMN retired_at BIGINT;

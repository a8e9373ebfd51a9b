-- Referrals (issue 22, part 2; SQLite). Kept in step with migrations/postgres/0020_referrals.sql.
-- A referral lives in its request's record (hubdesk_shared::referral); the projection keeps
-- who accepted one (`referred`) and whom one is offered to (`offered`), each as `,id,id,`, so
-- the guard and the lists read them with the request's other facts. Requests projected before
-- these columns read as referred to nobody until their next write, which is right: no
-- referral existed before.
ALTER TABLE request_projection ADD COLUMN referred TEXT;
ALTER TABLE request_projection ADD COLUMN offered TEXT;

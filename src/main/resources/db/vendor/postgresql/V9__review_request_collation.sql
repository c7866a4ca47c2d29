-- PostgreSQL only: the "C" collation of V5 for the table V8 added (its ids order the repeat findings).
-- Version numbers are shared with db/migration: V10 is the next common migration after this one.
ALTER TABLE stg_review_request ALTER COLUMN message_id TYPE varchar COLLATE "C";
ALTER TABLE stg_review_request ALTER COLUMN seller_id TYPE varchar COLLATE "C";
ALTER TABLE stg_review_request ALTER COLUMN order_id TYPE varchar COLLATE "C";

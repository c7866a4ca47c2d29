-- PostgreSQL only: the "C" collation of V5 for the column V15 added (the weekly warnings are ordered by it).
-- Version numbers are shared with db/migration: V17 is the next common migration after this one.
ALTER TABLE stg_case ALTER COLUMN iso_week TYPE varchar(8) COLLATE "C";

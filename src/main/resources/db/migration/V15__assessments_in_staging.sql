-- Cases and calls are judged as they are staged (job/CaseAudit, job/CallAudit), so their assessment is
-- written into the staged row itself: one row per case or call instead of two, half the entries H2 has
-- to insert, commit and store. The columns are NULL for a case or call that is not assessed (not of a
-- BOL seller, or after the as-of day), as the separate tables had no row for it.
ALTER TABLE stg_case ADD COLUMN iso_week VARCHAR(8);
ALTER TABLE stg_case ADD COLUMN deadline_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE stg_case ADD COLUMN working_minutes BIGINT;
ALTER TABLE stg_case ADD COLUMN due BOOLEAN;
ALTER TABLE stg_case ADD COLUMN on_time BOOLEAN;
ALTER TABLE stg_case ADD COLUMN missed BOOLEAN;
ALTER TABLE stg_call ADD COLUMN in_hours BOOLEAN;
DROP TABLE case_assessment;
DROP TABLE call_assessment;
-- The cases of a seller by ISO week (the weekly warnings' examples, the workbook's weeks), as
-- case_assessment's index had them: one seller with hundreds of thousands of cases must not be read
-- whole for each of its weeks. It serves the seller's cases alone as before.
DROP INDEX ix_stg_case_seller;
CREATE INDEX ix_stg_case_seller ON stg_case (run_id, seller_id, iso_week);

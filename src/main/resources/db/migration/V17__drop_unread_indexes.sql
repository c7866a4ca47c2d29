-- Indexes no query reads: the calls and the review assessments are read in storage order
-- (ingest/StorageOrder: SellerSteps) or through their primary key (the workbook's reviews); each staged
-- row still cost an insert into them, in no order of their keys.
DROP INDEX IF EXISTS ix_stg_call_seller;
DROP INDEX IF EXISTS ix_review_assessment_seller;

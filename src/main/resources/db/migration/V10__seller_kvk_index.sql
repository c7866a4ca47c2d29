-- Each seller's workbook names the other accounts of its company (same KvK number): without an index
-- that was a scan of all sellers per workbook, 5,000 x 5,000 rows on a night of 5,000 sellers and a
-- sixth of the workbook step's time.
CREATE INDEX ix_stg_seller_kvk ON stg_seller (run_id, kvk_number);

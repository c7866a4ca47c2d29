-- Orders are staged in the run's order store, a file of their own in the work folder (ingest/OrderStore):
-- they are written once and then only looked up by id, which a transactional table made the costliest
-- half of staging them. Nothing reads this table any more.
DROP TABLE stg_order;

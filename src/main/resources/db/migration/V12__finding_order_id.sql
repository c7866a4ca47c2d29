-- The order a finding's message, customer question or review is about, stored with the finding: the
-- workbooks' Findings sheet read it through three joins per finding (stg_case, stg_message, stg_review),
-- random lookups in the run's largest tables for every workbook.
ALTER TABLE finding ADD COLUMN order_id VARCHAR;

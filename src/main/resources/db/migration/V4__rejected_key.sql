-- A row of a database source is rejected under its table and primary key (column=value) instead of a line.
ALTER TABLE stg_rejected ADD COLUMN source_key VARCHAR;

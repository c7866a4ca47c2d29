-- Every step counts its own findings when it ends (job summary): an index instead of a scan of the
-- run's findings per step, which at a million messages is tens of steps over hundreds of thousands of rows.
CREATE INDEX ix_finding_step ON finding (run_id, step_name);

-- Per-message flags from the streaming pass, for rules that need the order of events across messages.
ALTER TABLE stg_message ADD COLUMN review_request BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX ix_stg_message_request ON stg_message (run_id, order_id, review_request);

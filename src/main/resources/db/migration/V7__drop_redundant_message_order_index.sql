-- ix_stg_message_request (run_id, order_id, review_request) serves every lookup of a run's messages by
-- order that ix_stg_message_order (run_id, order_id) served: one index less to keep up per staged message.
DROP INDEX ix_stg_message_order;

-- Review and feedback requests that the message pass found (AMZ-MSG-REVIEW-REPEAT) get a table of their
-- own: about one message in a hundred is one. Before, every staged message carried a review_request flag,
-- set by an UPDATE after its insert, and stg_message kept an index over all its rows for the repeat
-- query, beside an index by seller that no query used: two B-trees in random order over a million rows,
-- rewritten page by page at every commit of the message pass. Only requests with an order id are kept
-- (a repeat is a second request for the same order).
CREATE TABLE stg_review_request (
    run_id     BIGINT NOT NULL,
    message_id VARCHAR NOT NULL,
    seller_id  VARCHAR NOT NULL,
    order_id   VARCHAR NOT NULL,
    sent_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (run_id, message_id)
);
CREATE INDEX ix_stg_review_request_order ON stg_review_request (run_id, order_id);

-- a run that failed after its message pass keeps its requests when it is restarted
INSERT INTO stg_review_request (run_id, message_id, seller_id, order_id, sent_at)
SELECT run_id, message_id, seller_id, order_id, sent_at FROM stg_message WHERE review_request AND order_id IS NOT NULL;

DROP INDEX ix_stg_message_request;
DROP INDEX ix_stg_message_seller;
ALTER TABLE stg_message DROP COLUMN review_request;

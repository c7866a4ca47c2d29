-- The removal assessment of every review of a BOL seller.
CREATE TABLE review_assessment (
    run_id    BIGINT  NOT NULL,
    review_id VARCHAR NOT NULL,
    seller_id VARCHAR NOT NULL,
    removable BOOLEAN NOT NULL,
    reasons   VARCHAR,
    PRIMARY KEY (run_id, review_id)
);
CREATE INDEX ix_review_assessment_seller ON review_assessment (run_id, seller_id);

-- Which gold-label condition holds or fails, for the analyst.
ALTER TABLE seller_metrics ADD COLUMN gold_label_detail VARCHAR;

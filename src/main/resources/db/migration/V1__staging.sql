-- Staging area of one audit run. Every row carries the run (the Spring Batch job instance id), so
-- several runs can share one database and a restarted run finds its own rows again.
-- Column names follow export-format.md; the SQL is portable between H2 and PostgreSQL.

CREATE TABLE stg_seller (
    run_id        BIGINT       NOT NULL,
    seller_id     VARCHAR      NOT NULL,
    seller_name   VARCHAR,
    kvk_number    VARCHAR,
    country       VARCHAR(2)   NOT NULL,
    marketplace   VARCHAR(10)  NOT NULL,
    contact_email VARCHAR,
    contact_phone VARCHAR,
    source_line   BIGINT       NOT NULL,
    PRIMARY KEY (run_id, seller_id)
);

CREATE TABLE stg_order (
    run_id                 BIGINT NOT NULL,
    order_id               VARCHAR NOT NULL,
    seller_id              VARCHAR NOT NULL,
    ordered_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    expected_delivery_date DATE,
    completed_at           TIMESTAMP WITH TIME ZONE,
    buyer_language         VARCHAR,
    items_count            BIGINT,
    source_line            BIGINT NOT NULL,
    PRIMARY KEY (run_id, order_id)
);
CREATE INDEX ix_stg_order_seller ON stg_order (run_id, seller_id);

-- Message bodies are judged in the streaming pass that reads them and are not copied here
-- (design-notes.md: a night of HTML e-mails is gigabytes of text).
CREATE TABLE stg_message (
    run_id       BIGINT NOT NULL,
    message_id   VARCHAR NOT NULL,
    seller_id    VARCHAR NOT NULL,
    order_id     VARCHAR,
    case_id      VARCHAR,
    in_reply_to  VARCHAR,
    sent_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    sender       VARCHAR(10) NOT NULL,
    recipient    VARCHAR(10) NOT NULL,
    subject      VARCHAR,
    content_type VARCHAR(20),
    attachments  VARCHAR,
    source_line  BIGINT NOT NULL,
    PRIMARY KEY (run_id, message_id)
);
CREATE INDEX ix_stg_message_seller ON stg_message (run_id, seller_id);
CREATE INDEX ix_stg_message_order ON stg_message (run_id, order_id);

CREATE TABLE stg_case (
    run_id            BIGINT NOT NULL,
    case_id           VARCHAR NOT NULL,
    seller_id         VARCHAR NOT NULL,
    order_id          VARCHAR,
    origin            VARCHAR(10) NOT NULL,
    opened_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    first_response_at TIMESTAMP WITH TIME ZONE,
    source_line       BIGINT NOT NULL,
    PRIMARY KEY (run_id, case_id)
);
CREATE INDEX ix_stg_case_seller ON stg_case (run_id, seller_id);

CREATE TABLE stg_call (
    run_id      BIGINT NOT NULL,
    call_id     VARCHAR NOT NULL,
    seller_id   VARCHAR NOT NULL,
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    answered    BOOLEAN NOT NULL,
    source_line BIGINT NOT NULL,
    PRIMARY KEY (run_id, call_id)
);
CREATE INDEX ix_stg_call_seller ON stg_call (run_id, seller_id);

CREATE TABLE stg_review (
    run_id         BIGINT NOT NULL,
    review_id      VARCHAR NOT NULL,
    seller_id      VARCHAR NOT NULL,
    order_id       VARCHAR,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    score_overall  BIGINT NOT NULL,
    score_delivery BIGINT,
    score_service  BIGINT,
    text           VARCHAR,
    source_line    BIGINT NOT NULL,
    PRIMARY KEY (run_id, review_id)
);
CREATE INDEX ix_stg_review_seller ON stg_review (run_id, seller_id);
CREATE INDEX ix_stg_review_order ON stg_review (run_id, order_id);

-- Input rows that could not be read, in the order of the files and their lines.
CREATE TABLE stg_rejected (
    run_id      BIGINT  NOT NULL,
    file_order  INTEGER NOT NULL,
    source_file VARCHAR NOT NULL,
    source_line BIGINT  NOT NULL,
    reason      VARCHAR NOT NULL,
    raw         VARCHAR NOT NULL
);
CREATE INDEX ix_stg_rejected_run ON stg_rejected (run_id, file_order, source_line);

-- The working-hours assessment of every case of a BOL seller (service norms).
CREATE TABLE case_assessment (
    run_id          BIGINT  NOT NULL,
    case_id         VARCHAR NOT NULL,
    seller_id       VARCHAR NOT NULL,
    origin          VARCHAR(10) NOT NULL,
    iso_week        VARCHAR(8) NOT NULL,
    deadline_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    working_minutes BIGINT,
    due             BOOLEAN NOT NULL,
    on_time         BOOLEAN NOT NULL,
    missed          BOOLEAN NOT NULL,
    PRIMARY KEY (run_id, case_id)
);
CREATE INDEX ix_case_assessment_seller ON case_assessment (run_id, seller_id, iso_week);

-- Calls of BOL sellers, classified against the Dutch working-hours calendar.
CREATE TABLE call_assessment (
    run_id    BIGINT  NOT NULL,
    call_id   VARCHAR NOT NULL,
    seller_id VARCHAR NOT NULL,
    in_hours  BOOLEAN NOT NULL,
    answered  BOOLEAN NOT NULL,
    PRIMARY KEY (run_id, call_id)
);
CREATE INDEX ix_call_assessment_seller ON call_assessment (run_id, seller_id);

-- One row per seller: the figures of seller-summary.csv.
CREATE TABLE seller_metrics (
    run_id               BIGINT  NOT NULL,
    seller_id            VARCHAR NOT NULL,
    cases_due            BIGINT,
    cases_on_time        BIGINT,
    calls_in_hours       BIGINT,
    calls_answered       BIGINT,
    reviews_total        BIGINT,
    visible_score        DECIMAL(5, 2),
    visible_score_basis  VARCHAR(3),
    gold_label_eligible  BOOLEAN,
    removable_reviews    BIGINT,
    PRIMARY KEY (run_id, seller_id)
);

CREATE TABLE finding (
    run_id      BIGINT  NOT NULL,
    step_name   VARCHAR NOT NULL,
    seller_id   VARCHAR NOT NULL,
    kvk_number  VARCHAR,
    rule_id     VARCHAR NOT NULL,
    entity_type VARCHAR(10) NOT NULL,
    entity_id   VARCHAR NOT NULL,
    severity    VARCHAR(10) NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE,
    evidence    VARCHAR NOT NULL,
    policy_ref  VARCHAR NOT NULL
);
CREATE INDEX ix_finding_seller ON finding (run_id, seller_id);
CREATE INDEX ix_finding_kvk ON finding (run_id, kvk_number);

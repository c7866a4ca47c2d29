-- PostgreSQL only (db/vendor/postgresql). Outputs are ordered by text columns (seller ids, rule ids,
-- message ids); with the database's default collation (e.g. en_US.UTF-8) PostgreSQL would sort them
-- differently from H2 and from one server to the next. The "C" collation sorts by code point, as H2 does,
-- so that findings.csv is byte for byte the same whichever database stages the run.
-- Version numbers are shared with db/migration: the next common migration is V6.
DO $$
DECLARE
    c record;
BEGIN
    FOR c IN
        SELECT table_name, column_name, character_maximum_length
        FROM information_schema.columns
        WHERE table_schema = current_schema()
          AND data_type = 'character varying'
          AND table_name IN ('stg_seller', 'stg_order', 'stg_message', 'stg_case', 'stg_call', 'stg_review',
                             'stg_rejected', 'case_assessment', 'call_assessment', 'seller_metrics', 'finding',
                             'review_assessment')
    LOOP
        EXECUTE format('ALTER TABLE %I ALTER COLUMN %I TYPE varchar%s COLLATE "C"', c.table_name, c.column_name,
                       CASE WHEN c.character_maximum_length IS NULL THEN '' ELSE '(' || c.character_maximum_length || ')' END);
    END LOOP;
END
$$;

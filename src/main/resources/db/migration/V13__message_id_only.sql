-- Messages are judged in the streaming pass that reads them (their findings and review requests are
-- stored then) and no later step reads them back, so of a message only its id is staged: for the
-- duplicate-id check, a restarted step and the count of staged rows (ExportTable#stagedColumns).
-- The other ten columns were written for nothing: at 1,000,000 messages a million rows of dates and
-- texts that H2 serialised, committed and paged out.
ALTER TABLE stg_message DROP COLUMN seller_id;
ALTER TABLE stg_message DROP COLUMN order_id;
ALTER TABLE stg_message DROP COLUMN case_id;
ALTER TABLE stg_message DROP COLUMN in_reply_to;
ALTER TABLE stg_message DROP COLUMN sent_at;
ALTER TABLE stg_message DROP COLUMN sender;
ALTER TABLE stg_message DROP COLUMN recipient;
ALTER TABLE stg_message DROP COLUMN subject;
ALTER TABLE stg_message DROP COLUMN content_type;
ALTER TABLE stg_message DROP COLUMN attachments;

package nl.commsaudit.ingest;

import static nl.commsaudit.ingest.Column.code;
import static nl.commsaudit.ingest.Column.integer;
import static nl.commsaudit.ingest.Column.optional;
import static nl.commsaudit.ingest.Column.required;
import static nl.commsaudit.ingest.ColumnType.BOOLEAN;
import static nl.commsaudit.ingest.ColumnType.DATE;
import static nl.commsaudit.ingest.ColumnType.TEXT;
import static nl.commsaudit.ingest.ColumnType.TIMESTAMP;

import java.util.List;
import java.util.Optional;

/**
 * The six tables of export-format.md v1: file name, columns, and the staging table each lands in
 * (orders land in the run's {@link OrderStore} instead).
 * This is the only place the contract's column names are written down; readers, validation and
 * the staging SQL are derived from it.
 */
public enum ExportTable {

    SELLERS("sellers.csv", "stg_seller", true, List.of(
            required("seller_id", TEXT),
            optional("seller_name", TEXT),
            optional("kvk_number", TEXT),
            code("country", true, "NL", "BE"),
            code("marketplace", true, "BOL", "AMAZON"),
            optional("contact_email", TEXT),
            optional("contact_phone", TEXT))),

    ORDERS("orders.csv", null, false, List.of(
            required("order_id", TEXT),
            required("seller_id", TEXT),
            required("ordered_at", TIMESTAMP),
            optional("expected_delivery_date", DATE),
            optional("completed_at", TIMESTAMP),
            optional("buyer_language", TEXT),
            integer("items_count", false, 0, 1_000_000))),

    MESSAGES("messages.csv", "stg_message", false, List.of(
            required("message_id", TEXT),
            required("seller_id", TEXT),
            optional("order_id", TEXT),
            optional("case_id", TEXT),
            optional("in_reply_to", TEXT),
            required("sent_at", TIMESTAMP),
            code("sender", true, "SELLER", "CUSTOMER", "PLATFORM"),
            code("recipient", true, "SELLER", "CUSTOMER", "PLATFORM"),
            optional("subject", TEXT),
            required("body", TEXT),
            code("content_type", false, "text/plain", "text/html"),
            optional("attachments", TEXT))),

    CASES("cases.csv", "stg_case", false, List.of(
            required("case_id", TEXT),
            required("seller_id", TEXT),
            optional("order_id", TEXT),
            code("origin", true, "CUSTOMER", "PLATFORM"),
            required("opened_at", TIMESTAMP),
            optional("first_response_at", TIMESTAMP))),

    CALLS("calls.csv", "stg_call", false, List.of(
            required("call_id", TEXT),
            required("seller_id", TEXT),
            required("started_at", TIMESTAMP),
            required("answered", BOOLEAN))),

    REVIEWS("reviews.csv", "stg_review", false, List.of(
            required("review_id", TEXT),
            required("seller_id", TEXT),
            optional("order_id", TEXT),
            required("created_at", TIMESTAMP),
            integer("score_overall", true, 1, 10),
            integer("score_delivery", false, 1, 10),
            integer("score_service", false, 1, 10),
            optional("text", TEXT)));

    private final String fileName;
    private final String stagingTable;
    private final boolean requiredFile;
    private final List<Column> columns;

    ExportTable(String fileName, String stagingTable, boolean requiredFile, List<Column> columns) {
        this.fileName = fileName;
        this.stagingTable = stagingTable;
        this.requiredFile = requiredFile;
        this.columns = columns;
    }

    public String fileName() {
        return fileName;
    }

    /** The database source's table name (export-format.md): the file name without {@code .csv}. */
    public String sourceTable() {
        return fileName.substring(0, fileName.length() - ".csv".length());
    }

    /** The table the rows are staged in; {@code null} for orders, which go to the run's {@link OrderStore}. */
    public String stagingTable() {
        return stagingTable;
    }

    public boolean requiredFile() {
        return requiredFile;
    }

    public List<Column> columns() {
        return columns;
    }

    /**
     * The columns copied into the staging table, besides {@code run_id} and {@code source_line}: what a
     * later step reads back. Messages are judged in the pass that reads them and no later step reads
     * them again, so of a message only its id is staged, for the duplicate-id check, a restart and the
     * count of staged rows (V13__message_id_only.sql).
     */
    public List<Column> stagedColumns() {
        return this == MESSAGES ? List.of(idColumn()) : columns;
    }

    /** The unique id column: the first column of every table. */
    public Column idColumn() {
        return columns.get(0);
    }

    /** Whether rows refer to a seller account that must exist in sellers.csv. */
    public boolean refersToSeller() {
        return this != SELLERS;
    }

    public Optional<Column> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public int indexOf(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException(name + " is not a column of " + fileName);
    }

    /** The order in which the export is staged: sellers first, so that references can be checked. */
    public static List<ExportTable> stagingOrder() {
        return List.of(values());
    }
}

package nl.commsaudit.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

class ExportCsvReaderTest {

    @TempDir
    Path folder;

    private List<SourceRow> readAll(ExportTable table) throws Exception {
        ExportCsvReader reader = new ExportCsvReader(table, folder);
        reader.open(new ExecutionContext());
        List<SourceRow> rows = new ArrayList<>();
        for (SourceRow row = reader.read(); row != null; row = reader.read()) {
            rows.add(row);
        }
        assertThat(reader.rowsRead()).isEqualTo(rows.size());
        reader.close();
        return rows;
    }

    private void write(String file, String content) throws IOException {
        Files.writeString(folder.resolve(file), content, StandardCharsets.UTF_8);
    }

    @Test
    void findsColumnsByHeaderNameInAnyOrderIgnoringExtrasAndABom() throws Exception {
        write("calls.csv", "\uFEFFanswered,extra,started_at,Call_ID ,seller_id\r\ntrue,x,2026-03-02T10:15:00+01:00,k1,s1\r\n");
        List<SourceRow> rows = readAll(ExportTable.CALLS);
        assertThat(rows).hasSize(1);
        SourceRow row = rows.get(0);
        assertThat(row.error()).isNull();
        assertThat(row.line()).isEqualTo(2);
        assertThat(row.values()).containsExactly("k1", "s1", "2026-03-02T10:15:00+01:00", "true");
    }

    @Test
    void lineNumbersCountPhysicalLinesOfMultiLineRecordsAndSkipEmptyLines() throws Exception {
        write("messages.csv", """
                message_id,seller_id,sent_at,sender,recipient,body
                m1,s1,2026-03-02T10:15:00,SELLER,CUSTOMER,"Beste klant,
                uw pakket is ""onderweg"".

                Groet"
                m2,s1,2026-03-02T10:16:00,CUSTOMER,SELLER,Dank je

                m3,s1,2026-03-02T10:17:00,SELLER,CUSTOMER,ok
                """);
        List<SourceRow> rows = readAll(ExportTable.MESSAGES);
        assertThat(rows).extracting(SourceRow::line).containsExactly(2L, 6L, 8L);
        assertThat(rows.get(0).values()[ExportTable.MESSAGES.indexOf("body")])
                .isEqualTo("Beste klant,\nuw pakket is \"onderweg\".\n\nGroet");
        assertThat(rows.get(0).raw()).startsWith("m1,s1,2026-03-02T10:15:00,SELLER,CUSTOMER,\"Beste klant,");
    }

    @Test
    void aRecordWithTheWrongNumberOfFieldsIsMarked() throws Exception {
        write("calls.csv", "call_id,seller_id,started_at,answered\nk1,s1,2026-03-02T10:15:00,true,extra\nk2,s1\n");
        List<SourceRow> rows = readAll(ExportTable.CALLS);
        assertThat(rows).extracting(SourceRow::error)
                .containsExactly("has 5 fields, the header has 4", "has 2 fields, the header has 4");
    }

    @Test
    void anUnterminatedQuoteEndsTheFileWithOneUnreadableRow() throws Exception {
        write("calls.csv", "call_id,seller_id,started_at,answered\nk1,s1,2026-03-02T10:15:00,true\n\"k2,s1,2026,true\nk3,s1,x,true\n");
        List<SourceRow> rows = readAll(ExportTable.CALLS);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).line()).isEqualTo(3);
        assertThat(rows.get(1).error()).startsWith("unreadable CSV from this line to the end of the file");
    }

    @Test
    void aQuoteOpenAtTheEndIsUnreadableEvenWhenTheRecordHasEveryField() throws Exception {
        // the body's quote is never closed: a lenient parser would make the rest of the file m2's body
        write("messages.csv", """
                message_id,seller_id,sent_at,sender,recipient,body
                m1,s1,2026-03-02T10:15:00,SELLER,CUSTOMER,"Beste klant,
                tot ziens"
                m2,s1,2026-03-02T10:16:00,CUSTOMER,SELLER,"Waar blijft
                mijn pakket?
                m3,s1,2026-03-02T10:17:00,SELLER,CUSTOMER,ok
                """);
        List<SourceRow> rows = readAll(ExportTable.MESSAGES);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).error()).isNull();
        assertThat(rows.get(1).line()).isEqualTo(4);
        assertThat(rows.get(1).error()).isEqualTo("unreadable CSV from this line to the end of the file: "
                + "a quoted field is not closed before the end of the file");
    }

    @Test
    void aQuoteOpenInALargeFileEndsItAtTheParsersBufferLimit() throws Exception {
        // 17 million characters after the open quote: the parser gives up before the end of the file
        StringBuilder csv = new StringBuilder("call_id,seller_id,started_at,answered\nk1,s1,2026-03-02T10:15:00,true\n\"k2,s1\n");
        String line = "k3,s1,2026-03-02T10:15:00,true\n";
        while (csv.length() < 17_000_000) {
            csv.append(line);
        }
        write("calls.csv", csv.toString());
        List<SourceRow> rows = readAll(ExportTable.CALLS);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).line()).isEqualTo(3);
        assertThat(rows.get(1).error()).startsWith("unreadable CSV from this line to the end of the file: ")
                .contains("maximum buffer size");
    }

    @Test
    void charactersAfterAClosingQuoteEndTheFileAtTheRightLine() throws Exception {
        write("calls.csv", "call_id,seller_id,started_at,answered\r\n\r\n\"k\r\n1\",s1,2026-03-02T10:15:00,true\r\n"
                + "\"k2\"x,s1,2026-03-02T10:15:00,true\r\nk3,s1,x,true\r\n");
        List<SourceRow> rows = readAll(ExportTable.CALLS);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).values()[0]).isEqualTo("k\r\n1");
        assertThat(rows.get(1).line()).isEqualTo(5);
        assertThat(rows.get(1).error()).startsWith("unreadable CSV from this line to the end of the file: ")
                .contains("after closing quote");
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsACharacter() throws Exception {
        write("calls.csv", "call_id,seller_id,started_at,answered\nk\"1,s1,2026-03-02T10:15:00,true\nk2,s1,x,true\n");
        List<SourceRow> rows = readAll(ExportTable.CALLS);
        assertThat(rows).extracting(row -> row.values()[0]).containsExactly("k\"1", "k2");
        assertThat(rows).extracting(SourceRow::error).containsOnlyNulls();
    }

    @Test
    void aHeaderWithAnOpenQuoteMakesTheFileUnusable() throws IOException {
        write("sellers.csv", "seller_id,\"country,marketplace\ns1,NL,BOL\n");
        assertThatThrownBy(() -> ExportFiles.check(folder))
                .isInstanceOf(UnusableExportException.class)
                .hasMessageEndingWith("sellers.csv: cannot be read: a quoted field is not closed before the end of the file");
    }

    @Test
    void aMissingOptionalFileReadsAsEmpty() throws Exception {
        assertThat(readAll(ExportTable.REVIEWS)).isEmpty();
        write("reviews.csv", "");
        assertThat(readAll(ExportTable.REVIEWS)).isEmpty();
    }

    @Test
    void aMissingRequiredColumnMakesTheFileUnusable() throws IOException {
        write("sellers.csv", "seller_id,country\ns1,NL\n");
        assertThatThrownBy(() -> readAll(ExportTable.SELLERS))
                .hasRootCauseInstanceOf(UnusableExportException.class)
                .rootCause().hasMessageContaining("sellers.csv: missing required column(s) marketplace");
    }

    @Test
    void restartsAfterTheLastCommittedRow() throws Exception {
        write("calls.csv", "call_id,seller_id,started_at,answered\nk1,s1,2026-03-02T10:15:00,true\n\"k\n2\",s1,2026-03-02T10:15:00,true\nk3,s1,2026-03-02T10:15:00,true\n");
        ExportCsvReader first = new ExportCsvReader(ExportTable.CALLS, folder);
        ExecutionContext context = new ExecutionContext();
        first.open(context);
        first.read();
        first.read();
        first.update(context);
        first.close();

        ExportCsvReader second = new ExportCsvReader(ExportTable.CALLS, folder);
        second.open(context);
        SourceRow third = second.read();
        assertThat(third.values()[0]).isEqualTo("k3");
        assertThat(third.line()).isEqualTo(5);
        assertThat(second.read()).isNull();
        assertThat(second.rowsRead()).isEqualTo(3);
        second.close();
    }

    /**
     * A last chunk shorter than the chunk size commits the read that found the end; a process killed
     * before the step completed restarts from that checkpoint and must not count the end as a row.
     */
    @Test
    void aRestartFromACheckpointAtTheEndCountsEachRowOnce() throws Exception {
        writeCalls(3);
        ExportCsvReader first = new ExportCsvReader(ExportTable.CALLS, folder);
        ExecutionContext context = new ExecutionContext();
        first.open(context);
        while (first.read() != null) {
            // the whole file and its end, in one chunk
        }
        first.update(context);
        first.close();
        assertThat(first.rowsRead()).isEqualTo(3);

        ExportCsvReader second = new ExportCsvReader(ExportTable.CALLS, folder);
        second.open(context);
        assertThat(second.read()).isNull();
        assertThat(second.read()).isNull();
        assertThat(second.rowsRead()).isEqualTo(3);
        second.update(context);
        second.close();
    }

    @Test
    void checkStopsOnAMissingFolderOrSellersFile() throws IOException {
        assertThatThrownBy(() -> ExportFiles.check(folder.resolve("nope")))
                .isInstanceOf(UnusableExportException.class).hasMessageStartingWith("input folder not found: ");
        assertThatThrownBy(() -> ExportFiles.check(folder))
                .isInstanceOf(UnusableExportException.class).hasMessageStartingWith("required file missing: ")
                .hasMessageEndingWith("sellers.csv");
        write("sellers.csv", "seller_id,country,marketplace\n");
        write("cases.csv", "case_id,seller_id\n");
        assertThatThrownBy(() -> ExportFiles.check(folder))
                .isInstanceOf(UnusableExportException.class)
                .hasMessageContaining("cases.csv: missing required column(s) origin, opened_at");
    }

    /** What a reader told ahead. */
    private static final class Told implements AheadListener {
        final List<Long> lines = new java.util.concurrent.CopyOnWriteArrayList<>(); // read while the reading thread adds
        final AtomicInteger ends = new AtomicInteger();

        @Override
        public void read(SourceRow row) {
            assertThat(ends.get()).as("told after the end").isZero();
            lines.add(row.line());
        }

        @Override
        public void ended() {
            ends.incrementAndGet();
        }
    }

    /** A reader of a calls.csv of {@code rows} rows that tells {@code told} ahead. */
    private ExportCsvReader tellingReader(int rows, Told told) throws IOException {
        writeCalls(rows);
        ExportCsvReader reader = new ExportCsvReader(ExportTable.CALLS, folder);
        reader.tellAhead(told);
        return reader;
    }

    private void writeCalls(int rows) throws IOException {
        StringBuilder csv = new StringBuilder("call_id,seller_id,started_at,answered\n");
        for (int i = 1; i <= rows; i++) {
            csv.append("k").append(i).append(",s1,2026-03-02T10:15:00+01:00,").append(i == 3 ? "true,extra" : "true").append('\n');
        }
        write("calls.csv", csv.toString());
    }

    @Test
    void tellsEveryRowAheadBeforeTheStepReceivesItAndThenTheEndOnce() throws Exception {
        Told told = new Told();
        ExportCsvReader reader = tellingReader(50, told);
        reader.open(new ExecutionContext());
        List<Long> received = new ArrayList<>();
        for (SourceRow row = reader.read(); row != null; row = reader.read()) {
            assertThat(told.lines).as("told before received").contains(row.line());
            received.add(row.line());
        }
        reader.close();
        assertThat(received).hasSize(50); // the record with an extra field too: the step rejects it
        assertThat(told.lines).isEqualTo(received);
        assertThat(told.ends).hasValue(1);
    }

    @Test
    void aRestartDoesNotTellTheRowsItSkipsOver() throws Exception {
        Told told = new Told();
        ExportCsvReader reader = tellingReader(20, told);
        ExecutionContext committed = new ExecutionContext();
        committed.putInt("csv-calls.read.count", 12); // what Spring Batch stored at the last commit
        reader.open(committed);
        SourceRow first = reader.read();
        assertThat(first.values()[0]).isEqualTo("k13");
        while (reader.read() != null) {
            // to the end
        }
        reader.close();
        assertThat(told.lines).containsExactly(14L, 15L, 16L, 17L, 18L, 19L, 20L, 21L);
        assertThat(told.ends).hasValue(1);
    }

    @Test
    void closedBeforeTheEndItTellsTheEndOnceAndNothingAfter() throws Exception {
        Told told = new Told();
        ExportCsvReader reader = tellingReader(5000, told);
        reader.open(new ExecutionContext());
        assertThat(reader.read().line()).isEqualTo(2);
        reader.close();
        int toldByClose = told.lines.size();
        assertThat(told.ends).hasValue(1);
        assertThat(toldByClose).isLessThan(5000); // read ahead a bounded number, not the file
        assertThat(told.lines).isEqualTo(java.util.stream.LongStream.rangeClosed(2, toldByClose + 1).boxed().toList());
        Thread.sleep(50);
        assertThat(told.lines).hasSize(toldByClose);
    }
}

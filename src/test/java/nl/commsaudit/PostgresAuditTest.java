package nl.commsaudit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.commsaudit.ingest.ExportTable;
import nl.commsaudit.ingest.PostgresExports;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database source and the PostgreSQL job repository, on a real PostgreSQL server: the same export
 * gives the same outputs whether it comes from CSV files or from database tables, and whether the run is
 * staged in H2 or in PostgreSQL.
 */
class PostgresAuditTest {

    private static final Path SAMPLES = Path.of("input-samples");
    private static final String AS_OF = "--as-of=2026-11-20";

    @TempDir
    static Path shared;

    /** The reference: the samples from CSV files, staged in H2 (the README's first command). */
    private static Path reference;

    @TempDir
    Path temp;

    @BeforeAll
    static void auditTheCsvFilesInH2() {
        reference = shared.resolve("csv-h2");
        AuditEndToEndTest.Run run = AuditEndToEndTest.run("--input=" + SAMPLES, "--output=" + reference, AS_OF,
                "--work-dir=" + shared.resolve("work-csv-h2"));
        assertThat(run.exitCode()).as(run.stderr()).isZero();
    }

    @Test
    void theSamplesInPostgresTablesGiveTheFindingsOfTheCsvFiles() throws Exception {
        String url = PostgresExports.createDatabase("samples");
        Map<ExportTable, Integer> loaded = PostgresExports.loadTyped(SAMPLES, url);
        assertThat(loaded.get(ExportTable.MESSAGES)).isGreaterThan(90);

        Path out = temp.resolve("db-h2");
        AuditEndToEndTest.Run run = AuditEndToEndTest.run("--input=" + url, "--output=" + out, AS_OF,
                "--work-dir=" + temp.resolve("work"));
        assertThat(run.exitCode()).as(run.stderr()).isZero();

        assertSameFile(out, "findings.csv");
        assertSameFile(out, "seller-summary.csv");
        // what the typed tables could hold and the audit still rejects: unknown sellers, invalid codes, ...
        List<CSVRecord> rejected = AuditEndToEndTest.csv(out.resolve("rejected.csv"));
        assertThat(rejected).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get("file")).doesNotEndWith(".csv");
            assertThat(r.get("line")).matches("[a-z_]+_id=.+");
        });
        assertThat(rejected).anySatisfy(r -> assertThat(r.get("reason")).contains("not in table sellers"));
    }

    @Test
    void jobRepositoryAndStagingOnPostgresGiveTheSameOutputs() throws Exception {
        String repository = PostgresExports.createDatabase("repository");
        String[] args = {"--input=" + SAMPLES, "--output=" + temp.resolve("csv-pg"), AS_OF,
            "--work-dir=" + temp.resolve("unused"), "--spring.datasource.url=" + repository,
            "--spring.datasource.username=postgres", "--spring.datasource.password="};
        AuditEndToEndTest.Run run = AuditEndToEndTest.run(args);
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        for (String file : List.of("findings.csv", "seller-summary.csv", "rejected.csv")) {
            assertSameFile(temp.resolve("csv-pg"), file);
        }
        Map<String, byte[]> first = outputs(temp.resolve("csv-pg"));

        // the same night again: the schema is there already, the run is a new one, the outputs are replaced
        AuditEndToEndTest.Run again = AuditEndToEndTest.run(args);
        assertThat(again.exitCode()).as(again.stderr()).isZero();
        Map<String, byte[]> second = outputs(temp.resolve("csv-pg"));
        assertThat(second.keySet()).isEqualTo(first.keySet()).contains("findings.csv", "overview.xlsx", "audit-bol-1001.xlsx");
        first.forEach((file, bytes) -> assertThat(second.get(file)).as(file).isEqualTo(bytes));
        try (Connection connection = PostgresExports.connect(repository);
                PreparedStatement query = connection.prepareStatement(
                        "SELECT COUNT(*) FROM batch_job_execution WHERE status = 'COMPLETED'");
                var rs = query.executeQuery()) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(2);
        }
    }

    @Test
    void badRowsInTheDatabaseAreRejectedWithTableAndKey() throws Exception {
        String url = PostgresExports.createDatabase("lax");
        try (Connection connection = PostgresExports.connect(url)) {
            for (ExportTable table : List.of(ExportTable.SELLERS, ExportTable.ORDERS, ExportTable.MESSAGES,
                    ExportTable.CALLS, ExportTable.REVIEWS)) {
                PostgresExports.create(connection, table, false); // text columns: anything can be in them
            }
            // no cases table at all: it is optional, as cases.csv is
            insert(connection, "sellers", "s1", null, "12345678", "NL", "BOL", "info@winkel.nl", "+31201234567");
            insert(connection, "sellers", "s2", null, null, "DE", "BOL", null, null);
            insert(connection, "orders", "o1", "s1", "2026-11-02T10:00:00+01:00", null, null, "nl", "1");
            insert(connection, "orders", "o2", "s1", "gisteren", null, null, "nl", "1");
            insert(connection, "messages", "m1", "s1", "o1", null, null, "2026-11-02T11:00:00+01:00", "SELLER",
                    "CUSTOMER", "Uw bestelling", "Beste klant, uw bestelling is verzonden.", "text/plain", null);
            insert(connection, "messages", "m1", "s1", "o1", null, null, "2026-11-02T12:00:00+01:00", "SELLER",
                    "CUSTOMER", "Nogmaals", "Beste klant, nogmaals dank.", "text/plain", null);
            insert(connection, "messages", "m3", "s1", "o1", null, null, "2026-11-03T09:00:00+01:00", "SELLER",
                    "CUSTOMER", "Leeg", null, "text/plain", null);
            insert(connection, "calls", "k1", "s1", "2026-11-04T10:00:00+01:00", "misschien");
            insert(connection, "calls", "k2", "s1", "2026-11-04T11:00:00+01:00", "true");
            insert(connection, "reviews", "r1", "s1", "o1", "2026-11-05T10:00:00+01:00", "11", null, null, "Top!");
            insert(connection, "reviews", "r2", "ghost", null, "2026-11-05T10:00:00+01:00", "8", null, null, "Prima");
        }
        Path out = temp.resolve("lax");
        AuditEndToEndTest.Run run = AuditEndToEndTest.run("--input=" + url, "--output=" + out, AS_OF,
                "--work-dir=" + temp.resolve("work"));
        assertThat(run.exitCode()).as(run.stderr()).isZero();

        List<String> rejected = AuditEndToEndTest.csv(out.resolve("rejected.csv")).stream()
                .map(r -> r.get("file") + " | " + r.get("line") + " | " + r.get("reason")).collect(Collectors.toList());
        assertThat(rejected).containsExactly(
                "sellers | seller_id=s2 | country is 'DE', expected one of NL, BE",
                "orders | order_id=o2 | ordered_at is not an ISO-8601 timestamp: 'gisteren'",
                "messages | message_id=m1 | duplicate message_id 'm1'",
                "messages | message_id=m3 | missing required value for body",
                "calls | call_id=k1 | answered is not true/false: 'misschien'",
                "reviews | review_id=r1 | score_overall is 11, outside 1..10",
                "reviews | review_id=r2 | unknown seller_id 'ghost' (not in table sellers)");
        assertThat(Files.readAllLines(out.resolve("seller-summary.csv"))).anyMatch(line -> line.startsWith("s1,"));
    }

    @Test
    void aDatabaseWithoutSellersStopsWithOneLine() throws Exception {
        String url = PostgresExports.createDatabase("empty");
        AuditEndToEndTest.Run run = AuditEndToEndTest.run("--input=" + url, "--output=" + temp.resolve("out"), AS_OF,
                "--work-dir=" + temp.resolve("work"));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr().strip().lines()).hasSize(1);
        assertThat(run.stderr()).contains("required table sellers not found");
    }

    @Test
    void anUnreachableDatabaseStopsWithoutShowingThePassword() {
        AuditEndToEndTest.Run run = AuditEndToEndTest.run("--input=jdbc:postgresql://127.0.0.1:1/exports?user=audit&password=geheim",
                "--output=" + temp.resolve("out"), AS_OF, "--work-dir=" + temp.resolve("work"));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).contains("cannot connect to the export database").doesNotContain("geheim");
        assertThat(run.stderr().strip().lines()).hasSize(1);
    }

    /** Every output file of a folder, by name (the work folder and temporary files left out). */
    private static Map<String, byte[]> outputs(Path folder) throws java.io.IOException {
        Map<String, byte[]> files = new java.util.TreeMap<>();
        try (var list = Files.list(folder)) {
            for (Path file : list.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static void insert(Connection connection, String table, String... values) throws Exception {
        String marks = String.join(", ", java.util.Collections.nCopies(values.length, "?"));
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " VALUES (" + marks + ")")) {
            for (int i = 0; i < values.length; i++) {
                insert.setString(i + 1, values[i]);
            }
            insert.executeUpdate();
        }
    }

    private static void assertSameFile(Path out, String file) throws Exception {
        assertThat(Files.readString(out.resolve(file))).as(file).isEqualTo(Files.readString(reference.resolve(file)));
    }
}

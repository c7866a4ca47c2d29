package nl.commsaudit.job;

import java.nio.file.Path;
import nl.commsaudit.ingest.ExportSource;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One audit run: which export, where the outputs go, and the audit's "now" (the end of
 * {@code asOf}, Europe/Amsterdam).
 *
 * @param input       the export: a folder of CSV files or a database (export-format.md)
 * @param output      the folder that receives findings.csv, seller-summary.csv, rejected.csv
 * @param asOf        the as-of day
 * @param definition  the job definition file with rule overrides, or {@code null} for defaults
 * @param workbooks   whether the Excel workbooks are written ({@code --workbooks=false} switches them off)
 */
public record AuditRequest(ExportSource input, Path output, LocalDate asOf, Path definition, boolean workbooks) {

    public AuditRequest(ExportSource input, Path output, LocalDate asOf, Path definition) {
        this(input, output, asOf, definition, true);
    }

    /** An audit of an export folder. */
    public AuditRequest(Path input, Path output, LocalDate asOf, Path definition) {
        this(new ExportSource.Folder(input), output, asOf, definition, true);
    }

    public AuditRequest {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(asOf, "asOf");
    }
}

package nl.commsaudit.job;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One audit run: which export, where the outputs go, and the audit's "now" (the end of
 * {@code asOf}, Europe/Amsterdam).
 *
 * @param input       the export folder (export-format.md)
 * @param output      the folder that receives findings.csv, seller-summary.csv, rejected.csv
 * @param asOf        the as-of day
 * @param definition  the job definition file with rule overrides, or {@code null} for defaults
 * @param workbooks   whether the Excel workbooks are written ({@code --workbooks=false} switches them off)
 */
public record AuditRequest(Path input, Path output, LocalDate asOf, Path definition, boolean workbooks) {

    public AuditRequest(Path input, Path output, LocalDate asOf, Path definition) {
        this(input, output, asOf, definition, true);
    }

    public AuditRequest {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(asOf, "asOf");
    }
}

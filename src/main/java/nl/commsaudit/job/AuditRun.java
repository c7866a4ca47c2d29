package nl.commsaudit.job;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import nl.commsaudit.calendar.WorkingHoursClock;
import nl.commsaudit.ingest.Export;
import nl.commsaudit.ingest.OrderStore;
import nl.commsaudit.rules.RuleCatalog;
import nl.commsaudit.rules.RuleSettings;
import nl.commsaudit.rules.amazon.AmzMsgWrongLanguageRule;
import nl.commsaudit.rules.amazon.AmzStySpellingRule;
import nl.commsaudit.text.TextDetectors;

/**
 * The state of one audit run shared by its steps: the request, the configured rules and the run id
 * under which its rows are staged (the Spring Batch job instance id, so a restart finds them again).
 */
public final class AuditRun {

    private final AuditRequest request;
    private final Instant asOfEnd;
    private final RuleCatalog rules;
    private final TextDetectors detectors;
    private boolean maskPersonalData = true;
    private boolean workbooks = true;
    private volatile long runId = -1;
    private Export export;
    private Path workDir = Path.of("work");
    private volatile OrderStore orders;

    public AuditRun(AuditRequest request, RuleSettings settings, TextDetectors detectors) {
        this.request = request;
        this.asOfEnd = endOf(request.asOf());
        this.rules = RuleCatalog.create(settings, asOfEnd, detectors);
        nl.commsaudit.calendar.HolidayCalendar.preload(); // before any partition thread needs it
        this.detectors = detectors;
    }

    /** The opened export the stage steps read. */
    public Export export() {
        if (export == null) {
            throw new IllegalStateException("the export has not been opened");
        }
        return export;
    }

    AuditRun withExport(Export export) {
        this.export = export;
        return this;
    }

    /** Whether workbooks mask customer contact data in evidence (job definition {@code mask-personal-data}). */
    public boolean maskPersonalData() {
        return maskPersonalData;
    }

    AuditRun withWorkDir(Path workDir) {
        this.workDir = workDir;
        return this;
    }

    /** The run's orders, staged by stage-orders in this JVM (which stages them again on every restart). */
    public OrderStore orders() {
        OrderStore store = orders;
        if (store == null) {
            throw new IllegalStateException("the orders of run " + runId + " have not been staged");
        }
        return store;
    }

    /** A new, empty order store in the work folder, for stage-orders; the run's earlier one is deleted. */
    synchronized OrderStore newOrderStore() {
        closeOrders();
        orders = OrderStore.create(OrderStore.fileOf(workDir, runId()), last30DaysStart(), asOfEnd);
        return orders;
    }

    /** Closes the run's order store and deletes its file (the end of the run, completed or not). */
    synchronized void closeOrders() {
        if (orders != null) {
            orders.close();
            orders = null;
        }
    }

    /** The start of the 30 days that end with the as-of day (Amsterdam time): the window of the 30-day figures. */
    Instant last30DaysStart() {
        return request.asOf().plusDays(1).minusDays(30).atStartOfDay(WorkingHoursClock.AMSTERDAM).toInstant();
    }

    /** Whether the Excel workbooks are written. */
    public boolean workbooks() {
        return workbooks;
    }

    AuditRun withReports(boolean workbooks, boolean maskPersonalData) {
        this.workbooks = workbooks;
        this.maskPersonalData = maskPersonalData;
        return this;
    }

    /** The text detectors, with the job definition's lexicon overrides. */
    public TextDetectors detectors() {
        return detectors;
    }

    /** Starts loading the language models and dictionaries that the enabled message rules will need. */
    void warmUpDetectors() {
        RuleSettings settings = rules.settings();
        detectors.warmUp(settings.enabled(AmzMsgWrongLanguageRule.ID), settings.enabled(AmzStySpellingRule.ID));
    }

    /**
     * Starts loading, before any run exists, what {@link #warmUpDetectors} will ask for under these
     * settings ({@link TextDetectors#preload}): a single audit calls this before Spring starts.
     */
    public static void preloadDetectors(RuleSettings settings) {
        boolean spelling = settings.enabled(AmzStySpellingRule.ID);
        if (spelling || settings.enabled(AmzMsgWrongLanguageRule.ID)) {
            TextDetectors.preload(spelling);
        }
    }

    /** The end of a day in Europe/Amsterdam: the next day's first moment. */
    public static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(WorkingHoursClock.AMSTERDAM).toInstant();
    }

    public AuditRequest request() {
        return request;
    }

    public Instant asOfEnd() {
        return asOfEnd;
    }

    public RuleCatalog rules() {
        return rules;
    }

    public long runId() {
        if (runId < 0) {
            throw new IllegalStateException("the run has not started");
        }
        return runId;
    }

    void started(long jobInstanceId) {
        this.runId = jobInstanceId;
    }
}

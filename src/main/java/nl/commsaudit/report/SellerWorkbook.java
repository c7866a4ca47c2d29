package nl.commsaudit.report;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.commsaudit.calendar.WorkingHoursClock;
import nl.commsaudit.rules.bol.service.CaseAssessor;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The analyst's workbook of one seller account: Summary (with charts), Findings, Reviews, Cases,
 * Weekly and Company. The long sheets are streamed with SXSSF (a window of rows as objects, the rows
 * written out kept in memory up to a limit per sheet and in a temporary file past it, disposed
 * afterwards); the workbook is written under a temporary name and moved into place.
 */
public final class SellerWorkbook {

    /** What the summary says about the run. */
    public record RunInfo(long runId, LocalDate asOf, String ruleSetVersion, boolean mask, Map<String, String> ruleTitles,
            double responseNormPct, double phoneNormPct, long weeklyThreshold) {
    }

    private static final int WINDOW = 200;

    private final NamedParameterJdbcTemplate jdbc;

    public SellerWorkbook(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Path write(RunInfo run, String sellerId, Path folder) throws IOException {
        Path target = ReportFiles.path(folder, sellerId);
        MapSqlParameterSource seller = new MapSqlParameterSource("run_id", run.runId()).addValue("seller_id", sellerId);
        XSSFWorkbook base = new XSSFWorkbook();
        XSSFSheet summary = base.createSheet("Summary");
        XSSFSheet weekly = base.createSheet("Weekly");
        return Workbooks.save(Workbooks.streaming(base, WINDOW), target, run.asOf(), (workbook, cells) -> {
            Weeks weeks = weekly(weekly, cells, seller, run);
            summary(summary, cells, seller, run, weeks);
            findings(workbook.createSheet("Findings"), cells, seller, run);
            reviews(workbook.createSheet("Reviews"), cells, seller, run);
            cases(workbook.createSheet("Cases"), cells, seller);
            company(workbook.createSheet("Company"), cells, seller, run);
            workbook.setSheetOrder("Weekly", 4);
            workbook.setActiveSheet(0);
        });
    }

    /** What the Weekly sheet holds: its number of weeks, and whether any customer question was due. */
    private record Weeks(int count, boolean anyDue) {
    }

    private void summary(XSSFSheet sheet, Cells cells, MapSqlParameterSource seller, RunInfo run, Weeks weeks) {
        Map<String, Object> s = jdbc.queryForMap("SELECT s.seller_id, s.seller_name, s.kvk_number, s.country, s.marketplace,"
                + " m.cases_due, m.cases_on_time, m.calls_in_hours, m.calls_answered, m.reviews_total, m.visible_score,"
                + " m.visible_score_basis, m.gold_label_eligible, m.gold_label_detail, m.removable_reviews"
                + " FROM stg_seller s LEFT JOIN seller_metrics m ON m.run_id = s.run_id AND m.seller_id = s.seller_id"
                + " WHERE s.run_id = :run_id AND s.seller_id = :seller_id", seller);
        String kvk = (String) s.get("kvk_number");
        List<String> others = kvk == null ? List.of() : jdbc.queryForList("SELECT seller_id FROM stg_seller WHERE run_id = :run_id"
                + " AND kvk_number = :kvk AND seller_id <> :seller_id ORDER BY seller_id", new MapSqlParameterSource(seller.getValues())
                .addValue("kvk", kvk), String.class);
        int r = 0;
        cells.text(sheet.createRow(r++), 0, "Comms Audit — " + s.get("seller_id"), cells.title);
        r++;
        r = pair(sheet, cells, r, "Account", (String) s.get("seller_id"));
        r = pair(sheet, cells, r, "Shop name", (String) s.get("seller_name"));
        r = pair(sheet, cells, r, "Company (KvK)", kvk);
        r = pair(sheet, cells, r, "Other accounts of the company", String.join(", ", others));
        r = pair(sheet, cells, r, "Country, marketplace", s.get("country") + ", " + s.get("marketplace"));
        r = pair(sheet, cells, r, "Audit period", "everything in the export up to the end of " + run.asOf() + " (Europe/Amsterdam)");
        // no run number: the same night audited again gives the same workbook, byte for byte
        r = pair(sheet, cells, r, "Rule set", run.ruleSetVersion());
        r++;
        cells.header(sheet.createRow(r++), "Findings per rule", "HIGH", "MEDIUM", "LOW", "Title");
        Map<String, long[]> perRule = new TreeMap<>();
        jdbc.query("SELECT rule_id, severity, COUNT(*) AS n FROM finding WHERE run_id = :run_id AND seller_id = :seller_id"
                + " GROUP BY rule_id, severity", seller, rs -> {
                    long[] counts = perRule.computeIfAbsent(rs.getString(1), k -> new long[3]);
                    counts[switch (rs.getString(2)) { case "HIGH" -> 0; case "MEDIUM" -> 1; default -> 2; }] += rs.getLong(3);
                });
        if (perRule.isEmpty()) {
            cells.text(sheet.createRow(r++), 0, "no findings");
        }
        for (Map.Entry<String, long[]> rule : perRule.entrySet()) {
            Row row = sheet.createRow(r++);
            cells.text(row, 0, rule.getKey());
            for (int i = 0; i < 3; i++) {
                cells.number(row, i + 1, rule.getValue()[i]);
            }
            cells.text(row, 4, run.ruleTitles().get(rule.getKey()));
        }
        r++;
        if ("BOL".equals(s.get("marketplace"))) {
            cells.header(sheet.createRow(r++), "Service norm", "Norm", "Value", "Result", "Basis");
            r = norm(sheet, cells, r, "Response on time", run.responseNormPct(), (Number) s.get("cases_on_time"), (Number) s.get("cases_due"),
                    "due customer questions answered within 8 working hours");
            r = norm(sheet, cells, r, "Phone answered", run.phoneNormPct(), (Number) s.get("calls_answered"), (Number) s.get("calls_in_hours"),
                    "calls in working hours (Dutch holidays)");
            Long warnings = jdbc.queryForObject("SELECT COUNT(*) FROM finding WHERE run_id = :run_id AND seller_id = :seller_id"
                    + " AND rule_id = 'BOL-SVC-WEEKLY-WARNING'", seller, Long.class);
            Row row = sheet.createRow(r++);
            cells.text(row, 0, "Weekly warnings");
            cells.text(row, 1, "0 weeks with " + run.weeklyThreshold() + "+ missed");
            cells.number(row, 2, warnings);
            cells.text(row, 3, warnings == 0 ? "PASS" : "FAIL", warnings == 0 ? cells.pass : cells.fail);
            r++;
            cells.header(sheet.createRow(r++), "Reviews", "Value", "", "", "Detail");
            r = pair(sheet, cells, r, "Reviews in total", String.valueOf(s.get("reviews_total")));
            Row visible = sheet.createRow(r++);
            cells.text(visible, 0, "Visible score");
            cells.number(visible, 1, (Number) s.get("visible_score"));
            cells.text(visible, 4, s.get("visible_score_basis") == null ? "no reviews"
                    : "3M".equals(s.get("visible_score_basis")) ? "mean of the last 3 months" : "mean of all reviews (fewer than 5 in 3 months)");
            Row gold = sheet.createRow(r++);
            cells.text(gold, 0, "Gold label");
            boolean eligible = Boolean.TRUE.equals(s.get("gold_label_eligible"));
            cells.text(gold, 1, eligible ? "eligible" : "not eligible", eligible ? cells.pass : cells.fail);
            cells.text(gold, 4, (String) s.get("gold_label_detail"));
            r = pair(sheet, cells, r, "Removable reviews", String.valueOf(s.get("removable_reviews")));
        }
        sheet.setColumnWidth(0, 34 * 256);
        sheet.setColumnWidth(1, 22 * 256);
        sheet.setColumnWidth(4, 90 * 256);
        printWide(sheet);
        if (weeks.count() > 0) {
            charts(sheet, weeks, r + 1);
        }
    }

    private static int pair(Sheet sheet, Cells cells, int r, String key, String value) {
        Row row = sheet.createRow(r);
        cells.text(row, 0, key, cells.header);
        cells.text(row, 1, value);
        return r + 1;
    }

    private static int norm(Sheet sheet, Cells cells, int r, String name, double norm, Number part, Number whole, String basis) {
        Row row = sheet.createRow(r);
        cells.text(row, 0, name);
        cells.text(row, 1, ">= " + (norm % 1 == 0 ? String.valueOf((long) norm) : String.valueOf(norm)) + "%");
        if (whole == null || whole.longValue() == 0) {
            cells.text(row, 2, "n/a");
            cells.text(row, 3, "n/a");
        } else {
            double pct = Math.round(part.doubleValue() * 1000 / whole.doubleValue()) / 10.0;
            cells.number(row, 2, pct);
            boolean pass = part.doubleValue() * 100 >= norm * whole.doubleValue();
            cells.text(row, 3, pass ? "PASS" : "FAIL", pass ? cells.pass : cells.fail);
        }
        cells.text(row, 4, part + " of " + whole + " " + basis);
        return r + 1;
    }

    /** Per ISO week: due customer questions, on time, on-time %, the norm, missed, warning, findings. */
    private Weeks weekly(XSSFSheet sheet, Cells cells, MapSqlParameterSource seller, RunInfo run) {
        Map<String, long[]> weeks = new TreeMap<>();
        jdbc.query("SELECT iso_week, SUM(CASE WHEN due THEN 1 ELSE 0 END) AS due, SUM(CASE WHEN on_time THEN 1 ELSE 0 END) AS on_time,"
                + " SUM(CASE WHEN missed THEN 1 ELSE 0 END) AS missed FROM stg_case WHERE run_id = :run_id"
                + " AND seller_id = :seller_id AND origin = 'CUSTOMER' AND iso_week IS NOT NULL GROUP BY iso_week", seller, rs -> {
                    weeks.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4), 0});
                });
        jdbc.query("SELECT occurred_at FROM finding WHERE run_id = :run_id AND seller_id = :seller_id AND occurred_at IS NOT NULL",
                seller, rs -> {
                    String week = CaseAssessor.isoWeek(rs.getObject(1, OffsetDateTime.class).toInstant());
                    weeks.computeIfAbsent(week, k -> new long[4])[3]++;
                });
        cells.header(sheet.createRow(0), "ISO week", "Due customer questions", "On time", "On time %", "Norm %", "Missed",
                "Warning", "Findings");
        int r = 1;
        for (Map.Entry<String, long[]> week : weeks.entrySet()) {
            long[] w = week.getValue();
            Row row = sheet.createRow(r++);
            cells.text(row, 0, week.getKey());
            cells.number(row, 1, w[0]);
            cells.number(row, 2, w[1]);
            if (w[0] > 0) {
                cells.number(row, 3, Math.round(w[1] * 1000.0 / w[0]) / 10.0);
            }
            cells.number(row, 4, run.responseNormPct());
            cells.number(row, 5, w[2]);
            cells.text(row, 6, w[2] >= run.weeklyThreshold() ? "WARNING" : "", w[2] >= run.weeklyThreshold() ? cells.fail : cells.text);
            cells.number(row, 7, w[3]);
        }
        for (int c = 0; c < 8; c++) {
            sheet.setColumnWidth(c, (c == 1 ? 24 : 14) * 256);
        }
        sheet.createFreezePane(0, 1);
        return new Weeks(weeks.size(), weeks.values().stream().anyMatch(w -> w[0] > 0));
    }

    /**
     * Native charts on the summary: weekly on-time % against the norm line (only where customer
     * questions were due: an Amazon account's would be empty), and findings per week.
     */
    private static void charts(XSSFSheet summary, Weeks figures, int row) {
        XSSFSheet weekly = summary.getWorkbook().getSheet("Weekly");
        XSSFDrawing drawing = summary.createDrawingPatriarch();
        int weeks = figures.count();
        XDDFDataSource<String> labels = XDDFDataSourcesFactory.fromStringCellRange(weekly, new CellRangeAddress(1, weeks, 0, 0));
        int next = row;
        if (figures.anyDue()) {
            onTimeChart(drawing, weekly, labels, weeks, next);
            next += 19;
        }
        XSSFChart perWeek = drawing.createChart(new XSSFClientAnchor(0, 0, 0, 0, 0, next, 5, next + 18));
        perWeek.setTitleText("Findings per week");
        XDDFCategoryAxis axis = perWeek.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis count = perWeek.createValueAxis(AxisPosition.LEFT);
        XDDFChartData bars = perWeek.createData(ChartTypes.BAR, axis, count);
        style(bars.addSeries(labels, XDDFDataSourcesFactory.fromNumericCellRange(weekly, new CellRangeAddress(1, weeks, 7, 7))),
                PresetColor.STEEL_BLUE, true, "findings");
        ((org.apache.poi.xddf.usermodel.chart.XDDFBarChartData) bars).setBarDirection(
                org.apache.poi.xddf.usermodel.chart.BarDirection.COL);
        perWeek.plot(bars);
    }

    private static void onTimeChart(XSSFDrawing drawing, XSSFSheet weekly, XDDFDataSource<String> labels, int weeks, int row) {
        XSSFChart onTime = drawing.createChart(new XSSFClientAnchor(0, 0, 0, 0, 0, row, 5, row + 18));
        onTime.setTitleText("Customer questions answered on time per week (%)");
        onTime.displayBlanksAs(org.apache.poi.xddf.usermodel.chart.DisplayBlanks.GAP); // a week without due questions is no 0%
        onTime.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis weekAxis = onTime.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis pctAxis = onTime.createValueAxis(AxisPosition.LEFT);
        pctAxis.setMinimum(0);
        pctAxis.setMaximum(100);
        XDDFChartData lines = onTime.createData(ChartTypes.LINE, weekAxis, pctAxis);
        XDDFNumericalDataSource<Double> pct = XDDFDataSourcesFactory.fromNumericCellRange(weekly, new CellRangeAddress(1, weeks, 3, 3));
        XDDFNumericalDataSource<Double> norm = XDDFDataSourcesFactory.fromNumericCellRange(weekly, new CellRangeAddress(1, weeks, 4, 4));
        style(lines.addSeries(labels, pct), PresetColor.ROYAL_BLUE, false, "on time %");
        style(lines.addSeries(labels, norm), PresetColor.RED, false, "norm");
        onTime.plot(lines);
    }

    /** A visible line (or filled bar) in a solid colour: renderers differ in their defaults. */
    private static void style(XDDFChartData.Series series, PresetColor color, boolean filled, String title) {
        series.setTitle(title, null);
        XDDFSolidFillProperties fill = new XDDFSolidFillProperties(XDDFColor.from(color));
        XDDFLineProperties line = new XDDFLineProperties();
        line.setFillProperties(fill);
        line.setWidth(2.0);
        XDDFShapeProperties shape = series.getShapeProperties() == null ? new XDDFShapeProperties() : series.getShapeProperties();
        shape.setLineProperties(line);
        if (filled) {
            shape.setFillProperties(fill);
        }
        series.setShapeProperties(shape);
        if (series instanceof XDDFLineChartData.Series lineSeries) {
            lineSeries.setSmooth(false);
            lineSeries.setMarkerStyle(MarkerStyle.CIRCLE);
        }
    }

    private void findings(Sheet sheet, Cells cells, MapSqlParameterSource seller, RunInfo run) {
        cells.header(sheet.createRow(0), "Date", "Rule", "Title", "Severity", "Entity", "Id", "Order", "Evidence", "Policy");
        int[] r = {1};
        jdbc.query("SELECT f.occurred_at, f.rule_id, f.severity, f.entity_type, f.entity_id, f.evidence, f.policy_ref,"
                + " f.order_id FROM finding f WHERE f.run_id = :run_id AND f.seller_id = :seller_id"
                + " ORDER BY CASE f.severity WHEN 'HIGH' THEN 0 WHEN 'MEDIUM' THEN 1 ELSE 2 END, f.occurred_at NULLS LAST,"
                + " f.rule_id, f.entity_type, f.entity_id, f.evidence", // a complete order: the same bytes on every database
                seller, rs -> {
                    Row row = sheet.createRow(r[0]++);
                    cells.date(row, 0, local(rs, "occurred_at"));
                    cells.text(row, 1, rs.getString("rule_id"));
                    cells.text(row, 2, run.ruleTitles().get(rs.getString("rule_id")));
                    cells.text(row, 3, rs.getString("severity"), cells.severity(rs.getString("severity")));
                    cells.text(row, 4, rs.getString("entity_type"));
                    cells.text(row, 5, rs.getString("entity_id"));
                    cells.text(row, 6, rs.getString("order_id"));
                    cells.text(row, 7, evidence(rs.getString("evidence"), run));
                    cells.text(row, 8, rs.getString("policy_ref"));
                });
        table(sheet, r[0], 17, 28, 44, 9, 9, 22, 18, 100, 60);
    }

    private void reviews(Sheet sheet, Cells cells, MapSqlParameterSource seller, RunInfo run) {
        cells.header(sheet.createRow(0), "Review", "Created", "Order", "Overall", "Delivery", "Service", "Text", "Removable", "Reasons");
        int[] r = {1};
        jdbc.query("SELECT r.review_id, r.created_at, r.order_id, r.score_overall, r.score_delivery, r.score_service, r.text,"
                + " a.removable, a.reasons FROM stg_review r LEFT JOIN review_assessment a ON a.run_id = r.run_id"
                + " AND a.review_id = r.review_id WHERE r.run_id = :run_id AND r.seller_id = :seller_id ORDER BY r.created_at, r.review_id",
                seller, rs -> {
                    Row row = sheet.createRow(r[0]++);
                    cells.text(row, 0, rs.getString("review_id"));
                    cells.date(row, 1, local(rs, "created_at"));
                    cells.text(row, 2, rs.getString("order_id"));
                    cells.number(row, 3, (Number) rs.getObject("score_overall"));
                    cells.number(row, 4, (Number) rs.getObject("score_delivery"));
                    cells.number(row, 5, (Number) rs.getObject("score_service"));
                    cells.text(row, 6, run.mask() ? Masking.mask(rs.getString("text")) : rs.getString("text"));
                    boolean removable = rs.getBoolean("removable");
                    cells.text(row, 7, removable ? "yes" : "no", removable ? cells.high : cells.text);
                    cells.text(row, 8, rs.getString("reasons"));
                });
        table(sheet, r[0], 14, 17, 16, 8, 9, 9, 80, 11, 50);
    }

    private void cases(Sheet sheet, Cells cells, MapSqlParameterSource seller) {
        cells.header(sheet.createRow(0), "Case", "Origin", "Order", "Opened", "First response", "Deadline", "Working hours taken",
                "Due", "On time");
        int[] r = {1};
        jdbc.query("SELECT c.case_id, c.origin, c.order_id, c.opened_at, c.first_response_at, c.deadline_at, c.working_minutes,"
                + " c.due, c.on_time, c.missed FROM stg_case c"
                + " WHERE c.run_id = :run_id AND c.seller_id = :seller_id ORDER BY c.opened_at, c.case_id",
                seller, rs -> {
                    Row row = sheet.createRow(r[0]++);
                    cells.text(row, 0, rs.getString("case_id"));
                    cells.text(row, 1, rs.getString("origin"));
                    cells.text(row, 2, rs.getString("order_id"));
                    cells.date(row, 3, local(rs, "opened_at"));
                    cells.date(row, 4, local(rs, "first_response_at"));
                    cells.date(row, 5, local(rs, "deadline_at"));
                    long minutes = rs.getLong("working_minutes");
                    if (!rs.wasNull()) {
                        cells.number(row, 6, minutes / 60.0);
                    }
                    Object due = rs.getObject("due");
                    cells.text(row, 7, due == null ? "" : rs.getBoolean("due") ? "yes" : "no");
                    if (due != null && rs.getBoolean("due")) {
                        boolean onTime = rs.getBoolean("on_time");
                        cells.text(row, 8, onTime ? "yes" : "no", onTime ? cells.pass : cells.fail);
                    }
                });
        table(sheet, r[0], 16, 11, 16, 17, 17, 17, 20, 7, 9);
    }

    private void company(Sheet sheet, Cells cells, MapSqlParameterSource seller, RunInfo run) {
        cells.header(sheet.createRow(0), "Account", "Date", "Rule", "Severity", "Entity", "Id", "Evidence");
        int[] r = {1};
        // the KvK number first, so that the findings are found through their (run_id, kvk_number) index: as a
        // join, H2 went through every finding of the run for every workbook (1 s a workbook on 1,000,000 messages)
        jdbc.query("SELECT f.seller_id, f.occurred_at, f.rule_id, f.severity, f.entity_type, f.entity_id, f.evidence FROM finding f"
                + " WHERE f.run_id = :run_id AND f.kvk_number = (SELECT s.kvk_number FROM stg_seller s"
                + " WHERE s.run_id = :run_id AND s.seller_id = :seller_id) AND f.seller_id <> :seller_id"
                + " ORDER BY f.seller_id, CASE f.severity WHEN 'HIGH' THEN 0 WHEN 'MEDIUM' THEN 1 ELSE 2 END, f.occurred_at NULLS LAST,"
                + " f.rule_id, f.entity_type, f.entity_id, f.evidence",
                seller, rs -> {
                    Row row = sheet.createRow(r[0]++);
                    cells.text(row, 0, rs.getString("seller_id"));
                    cells.date(row, 1, local(rs, "occurred_at"));
                    cells.text(row, 2, rs.getString("rule_id"));
                    cells.text(row, 3, rs.getString("severity"), cells.severity(rs.getString("severity")));
                    cells.text(row, 4, rs.getString("entity_type"));
                    cells.text(row, 5, rs.getString("entity_id"));
                    cells.text(row, 6, evidence(rs.getString("evidence"), run));
                });
        if (r[0] == 1) {
            cells.text(sheet.createRow(1), 0, "No findings on other accounts with the same KvK number.");
        }
        table(sheet, r[0], 18, 17, 28, 9, 9, 18, 100);
    }

    private static String evidence(String evidence, RunInfo run) {
        return run.mask() ? Masking.mask(evidence) : evidence;
    }

    /** Printed landscape, one page wide. */
    private static void printWide(Sheet sheet) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    /** Frozen header, autofilter, column widths (characters), printed landscape one page wide. */
    private static void table(Sheet sheet, int rows, int... widths) {
        printWide(sheet);
        sheet.createFreezePane(0, 1);
        if (rows > 1) {
            sheet.setAutoFilter(new CellRangeAddress(0, rows - 1, 0, widths.length - 1));
        }
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
    }

    private static LocalDateTime local(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : LocalDateTime.ofInstant(value.toInstant(), WorkingHoursClock.AMSTERDAM);
    }
}

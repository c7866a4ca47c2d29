package nl.commsaudit.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * {@code overview.xlsx}: one row per seller account with its summary figures, riskiest first (HIGH
 * findings, then failed norms), each linked to the seller's workbook.
 */
public final class OverviewWorkbook {

    public static final String FILE = "overview.xlsx";

    private final NamedParameterJdbcTemplate jdbc;

    public OverviewWorkbook(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Path write(long runId, LocalDate asOf, Path folder) throws IOException {
        Path target = folder.resolve(FILE);
        return Workbooks.save(Workbooks.streaming(null, 200), target, asOf, (workbook, cells) -> {
            SXSSFSheet sheet = workbook.createSheet("Overview");
            cells.header(sheet.createRow(0), "Account", "Shop", "KvK", "Marketplace", "Country", "HIGH", "MEDIUM", "LOW",
                    "Norms failed", "Response on time %", "Calls answered %", "Visible score", "Removable reviews", "Workbook");
            int[] r = {1};
            jdbc.query("SELECT s.seller_id, s.seller_name, s.kvk_number, s.marketplace, s.country,"
                    + " (SELECT COUNT(*) FROM finding f WHERE f.run_id = s.run_id AND f.seller_id = s.seller_id AND f.severity = 'HIGH') AS high,"
                    + " (SELECT COUNT(*) FROM finding f WHERE f.run_id = s.run_id AND f.seller_id = s.seller_id AND f.severity = 'MEDIUM') AS medium,"
                    + " (SELECT COUNT(*) FROM finding f WHERE f.run_id = s.run_id AND f.seller_id = s.seller_id AND f.severity = 'LOW') AS low,"
                    + " (SELECT COUNT(*) FROM finding f WHERE f.run_id = s.run_id AND f.seller_id = s.seller_id"
                    + "   AND f.rule_id IN ('BOL-SVC-RESPONSE-NORM', 'BOL-SVC-PHONE-NORM', 'BOL-SVC-WEEKLY-WARNING')) AS norms,"
                    + " m.cases_due, m.cases_on_time, m.calls_in_hours, m.calls_answered, m.visible_score, m.removable_reviews"
                    + " FROM stg_seller s LEFT JOIN seller_metrics m ON m.run_id = s.run_id AND m.seller_id = s.seller_id"
                    + " WHERE s.run_id = :run_id ORDER BY high DESC, norms DESC, medium DESC, s.seller_id",
                    new MapSqlParameterSource("run_id", runId), rs -> {
                        Row row = sheet.createRow(r[0]++);
                        String sellerId = rs.getString("seller_id");
                        cells.text(row, 0, sellerId);
                        cells.text(row, 1, rs.getString("seller_name"));
                        cells.text(row, 2, rs.getString("kvk_number"));
                        cells.text(row, 3, rs.getString("marketplace"));
                        cells.text(row, 4, rs.getString("country"));
                        cells.number(row, 5, rs.getLong("high")).setCellStyle(rs.getLong("high") > 0 ? cells.high : cells.number);
                        cells.number(row, 6, rs.getLong("medium"));
                        cells.number(row, 7, rs.getLong("low"));
                        cells.number(row, 8, rs.getLong("norms")).setCellStyle(rs.getLong("norms") > 0 ? cells.fail : cells.number);
                        cells.number(row, 9, share(rs.getObject("cases_on_time"), rs.getObject("cases_due")));
                        cells.number(row, 10, share(rs.getObject("calls_answered"), rs.getObject("calls_in_hours")));
                        cells.number(row, 11, (Number) rs.getObject("visible_score"));
                        cells.number(row, 12, (Number) rs.getObject("removable_reviews"));
                        String name = ReportFiles.fileName(sellerId);
                        Cell link = cells.text(row, 13, name);
                        Hyperlink hyperlink = workbook.getCreationHelper().createHyperlink(HyperlinkType.FILE);
                        hyperlink.setAddress(name);
                        link.setHyperlink(hyperlink);
                    });
            sheet.createFreezePane(1, 1);
            if (r[0] > 1) {
                sheet.setAutoFilter(new CellRangeAddress(0, r[0] - 1, 0, 13));
            }
            int[] widths = {28, 28, 14, 12, 9, 8, 9, 7, 13, 19, 17, 13, 18, 40};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
        });
    }

    private static Double share(Object part, Object whole) {
        if (!(part instanceof Number p) || !(whole instanceof Number w) || w.longValue() == 0) {
            return null;
        }
        return Math.round(p.doubleValue() * 1000 / w.doubleValue()) / 10.0;
    }
}

package nl.commsaudit.job;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.commsaudit.calendar.WorkingHoursClock;
import nl.commsaudit.ingest.StageItem;
import nl.commsaudit.ingest.StagedRowsListener;
import nl.commsaudit.ingest.StagedSellers;

/**
 * The bol.com phone norm's figures, taken as {@code stage-calls} stages the calls: every call of a BOL
 * seller started before the end of the as-of day is classified against the Dutch phone calendar, and
 * whether it came in working hours is written into its own row of {@code stg_call} ({@code in_hours};
 * NULL for a call that is not assessed). The seller-level norm is judged from these rows in
 * {@code audit-sellers}.
 */
final class CallAudit implements StagedRowsListener {

    private final Instant asOfEnd;
    private final StagedSellers sellers;
    private final WorkingHoursClock phoneClock = WorkingHoursClock.forPhone();

    CallAudit(AuditRun run, StagedSellers sellers) {
        this.asOfEnd = run.asOfEnd();
        this.sellers = sellers;
    }

    @Override
    public List<String> addedColumns() {
        return List.of("in_hours");
    }

    @Override
    public Staging staging(long runId, List<StageItem.Valid> rows) {
        Map<String, StagedSellers.Seller> known = sellers.find(runId, rows.stream().map(StageItem.Valid::sellerId).toList());
        Boolean[] inHours = new Boolean[rows.size()];
        for (int i = 0; i < inHours.length; i++) {
            StageItem.Valid row = rows.get(i);
            StagedSellers.Seller seller = known.get(row.sellerId());
            Instant started = row.instant("started_at");
            if (seller != null && seller.bol() && started.isBefore(asOfEnd)) {
                inHours[i] = phoneClock.isWorkingTime(started);
            }
        }
        return new Staging() {
            @Override
            public void bind(int row, PreparedStatement insert, int first) throws SQLException {
                insert.setObject(first, inHours[row], Types.BOOLEAN);
            }

            @Override
            public void staged() {
            }

            @Override
            public void abandoned() {
            }
        };
    }
}

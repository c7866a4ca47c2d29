package nl.commsaudit.job;

import java.sql.Types;
import java.time.ZoneOffset;
import java.util.List;
import nl.commsaudit.rules.Finding;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Writes findings into the {@code finding} table, in the caller's (chunk) transaction. */
public final class FindingStore {

    /** Positional parameters: named ones cost a map per finding and a type lookup per value. */
    private static final String INSERT = "INSERT INTO finding (run_id, step_name, seller_id, kvk_number, rule_id,"
            + " entity_type, entity_id, order_id, severity, occurred_at, evidence, policy_ref)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final NamedParameterJdbcTemplate jdbc;

    public FindingStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long runId, String stepName, List<Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        jdbc.getJdbcTemplate().batchUpdate(INSERT, findings, findings.size(), (ps, f) -> {
            ps.setLong(1, runId);
            ps.setString(2, stepName);
            ps.setString(3, f.sellerId());
            ps.setString(4, f.kvkNumber());
            ps.setString(5, f.ruleId());
            ps.setString(6, f.entityType().name());
            ps.setString(7, f.entityId());
            ps.setString(8, f.orderId());
            ps.setString(9, f.severity().name());
            ps.setObject(10, f.occurredAt() == null ? null : f.occurredAt().atOffset(ZoneOffset.UTC),
                    Types.TIMESTAMP_WITH_TIMEZONE);
            ps.setString(11, f.evidence());
            ps.setString(12, f.policyRef());
        });
    }
}

package nl.commsaudit.job;

import java.time.ZoneOffset;
import java.util.List;
import nl.commsaudit.rules.Finding;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Writes findings into the {@code finding} table, in the caller's (chunk) transaction. */
public final class FindingStore {

    private static final String INSERT = "INSERT INTO finding (run_id, step_name, seller_id, kvk_number, rule_id,"
            + " entity_type, entity_id, order_id, severity, occurred_at, evidence, policy_ref) VALUES (:run_id, :step_name,"
            + " :seller_id, :kvk_number, :rule_id, :entity_type, :entity_id, :order_id, :severity, :occurred_at, :evidence,"
            + " :policy_ref)";

    private final NamedParameterJdbcTemplate jdbc;

    public FindingStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long runId, String stepName, List<Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(INSERT, findings.stream().map(f -> new MapSqlParameterSource()
                .addValue("run_id", runId)
                .addValue("step_name", stepName)
                .addValue("seller_id", f.sellerId())
                .addValue("kvk_number", f.kvkNumber())
                .addValue("rule_id", f.ruleId())
                .addValue("entity_type", f.entityType().name())
                .addValue("entity_id", f.entityId())
                .addValue("order_id", f.orderId())
                .addValue("severity", f.severity().name())
                .addValue("occurred_at", f.occurredAt() == null ? null : f.occurredAt().atOffset(ZoneOffset.UTC))
                .addValue("evidence", f.evidence())
                .addValue("policy_ref", f.policyRef())).toArray(MapSqlParameterSource[]::new));
    }
}

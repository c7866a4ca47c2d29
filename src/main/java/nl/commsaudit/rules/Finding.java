package nl.commsaudit.rules;

import java.time.Instant;

/** One row of findings.csv. */
public record Finding(
        String sellerId,
        String kvkNumber,
        String ruleId,
        EntityType entityType,
        String entityId,
        Severity severity,
        Instant occurredAt,
        String evidence,
        String policyRef) {

    public static Finding of(Rule rule, RuleSettings settings, String sellerId, String kvkNumber, Violation violation) {
        return new Finding(sellerId, kvkNumber, rule.id(), rule.entityType(), violation.entityId(),
                settings.severity(rule), violation.occurredAt(), violation.evidence(), rule.policyRef());
    }
}

package nl.commsaudit.rules;

import java.time.Instant;

/**
 * One row of findings.csv, with the order the entity is about (shown in the workbook, not in the CSV).
 *
 * @param orderId the order of the message, customer question or review, or {@code null}
 */
public record Finding(
        String sellerId,
        String kvkNumber,
        String ruleId,
        EntityType entityType,
        String entityId,
        String orderId,
        Severity severity,
        Instant occurredAt,
        String evidence,
        String policyRef) {

    public static Finding of(Rule rule, RuleSettings settings, String sellerId, String kvkNumber, String orderId,
            Violation violation) {
        return new Finding(sellerId, kvkNumber, rule.id(), rule.entityType(), violation.entityId(), orderId,
                settings.severity(rule), violation.occurredAt(), violation.evidence(), rule.policyRef());
    }
}

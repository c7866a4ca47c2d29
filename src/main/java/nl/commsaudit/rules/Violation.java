package nl.commsaudit.rules;

import java.time.Instant;

/**
 * What a rule found, before the run adds seller, company and the configured severity.
 *
 * @param entityId   the id of the entity of the rule's {@link EntityType}
 * @param occurredAt when the violation happened (a deadline passed, a message was sent), or {@code null}
 * @param evidence   why: the matched words with an excerpt, or the computed figures
 */
public record Violation(String entityId, Instant occurredAt, String evidence) {
}

package nl.commsaudit.rules.message;

import java.time.Instant;

/**
 * The order a message is about, as staged.
 *
 * @param completedAt   when it was delivered/completed, or {@code null}
 * @param buyerLanguage the buyer's preferred language (ISO 639-1), or {@code null}
 */
public record OrderContext(String orderId, Instant completedAt, String buyerLanguage) {
}

package nl.commsaudit.rules.bol.review;

import java.time.Instant;

/**
 * A staged review of a BOL seller with what the removal rules need of its order.
 *
 * @param orderFound      whether the review's order exists in the export
 * @param orderSellerId   the seller account the order belongs to, or {@code null}
 * @param orderedAt       when the order was placed, or {@code null}
 * @param earlierReviewId another review of the same order created before this one, or {@code null}
 */
public record ReviewFacts(
        String reviewId,
        String sellerId,
        String kvkNumber,
        String orderId,
        Instant createdAt,
        int scoreOverall,
        Integer scoreDelivery,
        Integer scoreService,
        String text,
        boolean orderFound,
        String orderSellerId,
        Instant orderedAt,
        String earlierReviewId) {
}

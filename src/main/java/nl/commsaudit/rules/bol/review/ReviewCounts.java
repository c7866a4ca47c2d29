package nl.commsaudit.rules.bol.review;

/**
 * The sums behind a BOL seller's review metrics, all over reviews created up to the end of the as-of day.
 *
 * @param allCount         all reviews
 * @param allSum           the sum of their overall scores
 * @param m3Count          reviews of the last 3 months
 * @param m3Sum            the sum of their overall scores
 * @param m3DeliveryCount  of those, the ones with a delivery score
 * @param m3DeliverySum    the sum of the delivery scores
 * @param m3ServiceCount   of those, the ones with a service score
 * @param m3ServiceSum     the sum of the service scores
 * @param d30Count         reviews of the last 30 days
 * @param d30Items         articles ordered in the last 30 days ({@code items_count}, 1 when empty)
 * @param removable        reviews with at least one BOL-REV finding
 */
public record ReviewCounts(long allCount, long allSum, long m3Count, long m3Sum, long m3DeliveryCount,
        long m3DeliverySum, long m3ServiceCount, long m3ServiceSum, long d30Count, long d30Items, long removable) {
}

package nl.commsaudit.rules.bol.review;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.commsaudit.calendar.WorkingHoursClock;
import nl.commsaudit.rules.BaseRule;
import nl.commsaudit.rules.EntityType;
import nl.commsaudit.rules.Marketplace;
import nl.commsaudit.rules.Severity;
import nl.commsaudit.rules.Violation;

/**
 * BOL-REV-FRAUD: demonstrably fraudulent: its order does not exist in the export, it was created
 * before the order was placed, or it is a second (later) review of the same order. A review without
 * an order id proves nothing and is not flagged.
 */
public final class BolRevFraudRule extends BaseRule implements ReviewRule {

    public static final String ID = "BOL-REV-FRAUD";

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(WorkingHoursClock.AMSTERDAM);

    public BolRevFraudRule() {
        super(ID, Marketplace.BOL, EntityType.REVIEW, Severity.MEDIUM, "Demonstrably fraudulent review (removable)",
                ReviewPolicy.REMOVAL + " (aantoonbaar frauduleus)");
    }

    @Override
    public Optional<Violation> check(ReviewFacts review) {
        if (review.orderId() == null) {
            return Optional.empty();
        }
        List<String> reasons = new ArrayList<>();
        if (!review.orderFound()) {
            reasons.add("order " + review.orderId() + " does not exist in the export");
        } else if (review.orderedAt() != null && review.createdAt().isBefore(review.orderedAt())) {
            reasons.add("created " + LOCAL.format(review.createdAt()) + ", before order " + review.orderId()
                    + " was placed on " + LOCAL.format(review.orderedAt()));
        }
        if (review.earlierReviewId() != null) {
            reasons.add("second review of order " + review.orderId() + " (first: review " + review.earlierReviewId() + ")");
        }
        return reasons.isEmpty() ? Optional.empty() : Optional.of(ReviewRule.violation(review, String.join("; ", reasons)));
    }
}

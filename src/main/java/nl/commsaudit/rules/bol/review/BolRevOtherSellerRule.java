package nl.commsaudit.rules.bol.review;

import java.util.Optional;
import nl.commsaudit.rules.BaseRule;
import nl.commsaudit.rules.EntityType;
import nl.commsaudit.rules.Marketplace;
import nl.commsaudit.rules.Severity;
import nl.commsaudit.rules.Violation;

/** BOL-REV-OTHER-SELLER: the review's order belongs to another seller account: removable. */
public final class BolRevOtherSellerRule extends BaseRule implements ReviewRule {

    public static final String ID = "BOL-REV-OTHER-SELLER";

    public BolRevOtherSellerRule() {
        super(ID, Marketplace.BOL, EntityType.REVIEW, Severity.MEDIUM, "Review about another seller's order (removable)",
                ReviewPolicy.REMOVAL + " (aankoop van een artikel bij een andere partner)");
    }

    @Override
    public Optional<Violation> check(ReviewFacts review) {
        if (!review.orderFound() || review.orderSellerId() == null || review.orderSellerId().equals(review.sellerId())) {
            return Optional.empty();
        }
        return Optional.of(ReviewRule.violation(review, "order " + review.orderId() + " belongs to seller account "
                + review.orderSellerId() + ", not " + review.sellerId()));
    }
}

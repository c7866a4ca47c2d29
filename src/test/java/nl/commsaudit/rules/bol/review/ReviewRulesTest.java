package nl.commsaudit.rules.bol.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import nl.commsaudit.rules.Violation;
import nl.commsaudit.text.Lexicon;
import nl.commsaudit.text.PersonalDataDetector;
import org.junit.jupiter.api.Test;

class ReviewRulesTest {

    private static final Instant ORDERED = Instant.parse("2026-11-02T09:00:00Z");

    private static ReviewFacts review(String orderId, Instant created, boolean found, String orderSeller, Instant orderedAt,
            String earlier) {
        return new ReviewFacts("R1", "bol-1", "123", orderId, created, 3, null, null, "Kapot", found, orderSeller, orderedAt, earlier);
    }

    @Test
    void fraudNamesEachReason() {
        BolRevFraudRule fraud = new BolRevFraudRule();
        assertThat(fraud.check(review("999", ORDERED, false, null, null, null))).get().extracting(Violation::evidence)
                .isEqualTo("order 999 does not exist in the export");
        assertThat(fraud.check(review("1", Instant.parse("2026-11-01T09:00:00Z"), true, "bol-1", ORDERED, null)))
                .get().extracting(Violation::evidence)
                .isEqualTo("created 2026-11-01 10:00, before order 1 was placed on 2026-11-02 10:00");
        assertThat(fraud.check(review("1", Instant.parse("2026-11-05T09:00:00Z"), true, "bol-1", ORDERED, "R0")))
                .get().extracting(Violation::evidence).isEqualTo("second review of order 1 (first: review R0)");
        assertThat(fraud.check(review("1", Instant.parse("2026-11-05T09:00:00Z"), true, "bol-1", ORDERED, null))).isEmpty();
        assertThat(fraud.check(review(null, ORDERED, false, null, null, null))).as("no order id proves nothing").isEmpty();
    }

    @Test
    void anotherSellersOrder() {
        BolRevOtherSellerRule other = new BolRevOtherSellerRule();
        assertThat(other.check(review("1", Instant.parse("2026-11-05T09:00:00Z"), true, "bol-2", ORDERED, null)))
                .get().extracting(Violation::evidence).isEqualTo("order 1 belongs to seller account bol-2, not bol-1");
        assertThat(other.check(review("1", Instant.parse("2026-11-05T09:00:00Z"), true, "bol-1", ORDERED, null))).isEmpty();
        assertThat(other.check(review("9", ORDERED, false, null, null, null))).isEmpty();
    }

    @Test
    void productOnlyNeedsALowScoreAndNoSubScores() {
        BolRevProductOnlyRule rule = new BolRevProductOnlyRule(Lexicon.builtIn(), new PersonalDataDetector());
        ReviewFacts low = new ReviewFacts("R1", "bol-1", null, null, ORDERED, 7, null, null, "De rits is kapot.", false, null, null, null);
        assertThat(rule.check(low)).isPresent();
        assertThat(rule.check(new ReviewFacts("R1", "bol-1", null, null, ORDERED, 8, null, null, "De rits is kapot.", false, null, null, null))).isEmpty();
        assertThat(rule.check(new ReviewFacts("R1", "bol-1", null, null, ORDERED, 4, 6, null, "De rits is kapot.", false, null, null, null))).isEmpty();
        assertThat(rule.check(new ReviewFacts("R1", "bol-1", null, null, ORDERED, 4, null, 6, "De rits is kapot.", false, null, null, null))).isEmpty();
        assertThat(rule.check(new ReviewFacts("R1", "bol-1", null, null, ORDERED, 3, null, null,
                "PostNL heeft het pakket drie dagen te laat bezorgd.", false, null, null, null))).as("carrier").isEmpty();
        assertThat(rule.check(new ReviewFacts("R1", "bol-1", null, null, ORDERED, 3, null, null, null, false, null, null, null))).isEmpty();
    }
}

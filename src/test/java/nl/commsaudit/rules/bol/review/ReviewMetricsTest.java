package nl.commsaudit.rules.bol.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ReviewMetricsTest {

    @Test
    void theVisibleScoreUsesThreeMonthsWithFiveOrMoreReviews() {
        // 5 reviews in 3 months: 10+9+9+8+7 = 43 / 5 = 8.6; all 7 reviews: 43+2+1 = 46 / 7 = 6.57
        ReviewMetrics m = ReviewMetrics.of(new ReviewCounts(7, 46, 5, 43, 0, 0, 0, 0, 2, 10, 1));
        assertThat(m.visibleScore()).isEqualByComparingTo(new BigDecimal("8.6"));
        assertThat(m.basis()).isEqualTo("3M");
        assertThat(m.total()).isEqualTo(7);
        assertThat(m.removable()).isEqualTo(1);
    }

    @Test
    void fewerThanFiveRecentReviewsFallBackToAll() {
        // 4 in 3 months; all 6: 9+9+8+7+4+2 = 39 / 6 = 6.5
        ReviewMetrics m = ReviewMetrics.of(new ReviewCounts(6, 39, 4, 33, 0, 0, 0, 0, 1, 3, 0));
        assertThat(m.visibleScore()).isEqualByComparingTo(new BigDecimal("6.5"));
        assertThat(m.basis()).isEqualTo("ALL");
        ReviewMetrics none = ReviewMetrics.of(new ReviewCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        assertThat(none.visibleScore()).isNull();
        assertThat(none.basis()).isNull();
        assertThat(none.goldLabel()).isFalse();
    }

    @Test
    void theGoldLabelNeedsEveryCondition() {
        // 22 reviews in 3 months averaging 9.5; delivery 17 answers summing 153 = 9.0; service 10 summing 85 = 8.5
        ReviewCounts gold = new ReviewCounts(30, 280, 22, 209, 17, 153, 10, 85, 21, 51, 0);
        assertThat(ReviewMetrics.of(gold).goldLabel()).isTrue();
        assertThat(ReviewMetrics.of(gold).goldDetail()).isEqualTo("3-month mean 9.5 >= 9 (ok); delivery mean 9 >= 8.5 (ok);"
                + " service mean 8.5 >= 8.5 (ok); 21 reviews in 30 days > 20 (ok); 51 articles ordered in 30 days > 50 (ok)");
        assertThat(ReviewMetrics.of(new ReviewCounts(30, 280, 22, 209, 17, 153, 10, 84, 21, 51, 0)).goldLabel())
                .as("service 8.4").isFalse();
        assertThat(ReviewMetrics.of(new ReviewCounts(30, 280, 22, 209, 17, 153, 10, 85, 20, 51, 0)).goldLabel())
                .as("exactly 20 reviews").isFalse();
        assertThat(ReviewMetrics.of(new ReviewCounts(30, 280, 22, 209, 17, 153, 10, 85, 21, 50, 0)).goldLabel())
                .as("exactly 50 articles").isFalse();
        assertThat(ReviewMetrics.of(new ReviewCounts(30, 280, 22, 197, 17, 153, 10, 85, 21, 51, 0)).goldLabel())
                .as("mean 8.95").isFalse();
        ReviewMetrics noDelivery = ReviewMetrics.of(new ReviewCounts(30, 280, 22, 209, 0, 0, 10, 85, 21, 51, 0));
        assertThat(noDelivery.goldLabel()).isFalse();
        assertThat(noDelivery.goldDetail()).contains("delivery mean n/a >= 8.5 (FAILS)");
    }
}

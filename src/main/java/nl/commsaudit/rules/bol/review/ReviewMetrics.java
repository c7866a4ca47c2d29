package nl.commsaudit.rules.bol.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A BOL seller's review metrics as rules.md defines them (bol-klantbeoordeling.txt):
 * <ul>
 *   <li>visible score: the mean overall score of the reviews of the 3 months up to the as-of day
 *       (basis {@code 3M}); with fewer than 5 such reviews the mean over all reviews ({@code ALL});
 *       empty without reviews;</li>
 *   <li>gold label: 3-month mean overall 9 or more, 3-month means of the delivery and service scores
 *       (over the reviews that answered them) 8.5 or more, more than 20 reviews and more than 50
 *       articles ordered in the 30 days up to the as-of day.</li>
 * </ul>
 *
 * @param visibleScore with one decimal, or {@code null}
 * @param basis        {@code 3M}, {@code ALL} or {@code null}
 * @param goldDetail   each gold-label condition with its figure and whether it holds
 */
public record ReviewMetrics(long total, BigDecimal visibleScore, String basis, boolean goldLabel, String goldDetail,
        long removable) {

    static final int MIN_3M_REVIEWS = 5;

    public static ReviewMetrics of(ReviewCounts c) {
        BigDecimal visible = null;
        String basis = null;
        if (c.m3Count() >= MIN_3M_REVIEWS) {
            visible = mean(c.m3Sum(), c.m3Count(), 1);
            basis = "3M";
        } else if (c.allCount() > 0) {
            visible = mean(c.allSum(), c.allCount(), 1);
            basis = "ALL";
        }
        List<String> conditions = new ArrayList<>();
        boolean overall = c.m3Count() > 0 && c.m3Sum() >= 9 * c.m3Count();
        conditions.add(condition("3-month mean " + text(c.m3Sum(), c.m3Count()) + " >= 9", overall));
        boolean delivery = c.m3DeliveryCount() > 0 && 2 * c.m3DeliverySum() >= 17 * c.m3DeliveryCount();
        conditions.add(condition("delivery mean " + text(c.m3DeliverySum(), c.m3DeliveryCount()) + " >= 8.5", delivery));
        boolean service = c.m3ServiceCount() > 0 && 2 * c.m3ServiceSum() >= 17 * c.m3ServiceCount();
        conditions.add(condition("service mean " + text(c.m3ServiceSum(), c.m3ServiceCount()) + " >= 8.5", service));
        boolean reviews = c.d30Count() > 20;
        conditions.add(condition(c.d30Count() + " reviews in 30 days > 20", reviews));
        boolean items = c.d30Items() > 50;
        conditions.add(condition(c.d30Items() + " articles ordered in 30 days > 50", items));
        return new ReviewMetrics(c.allCount(), visible, basis, overall && delivery && service && reviews && items,
                String.join("; ", conditions), c.removable());
    }

    private static String condition(String text, boolean holds) {
        return text + (holds ? " (ok)" : " (FAILS)");
    }

    private static String text(long sum, long count) {
        return count == 0 ? "n/a" : mean(sum, count, 2).stripTrailingZeros().toPlainString();
    }

    private static BigDecimal mean(long sum, long count, int scale) {
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), scale, RoundingMode.HALF_UP);
    }
}

package nl.commsaudit.rules.bol.review;

import java.util.Optional;
import nl.commsaudit.rules.Rule;
import nl.commsaudit.rules.Violation;

/** A reason why a review of a BOL seller may be removed (bol-klantbeoordeling.txt); one finding per reason. */
public interface ReviewRule extends Rule {

    Optional<Violation> check(ReviewFacts review);

    static Violation violation(ReviewFacts review, String evidence) {
        return new Violation(review.reviewId(), review.createdAt(), evidence);
    }
}

package nl.commsaudit.rules.bol.review;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.commsaudit.text.Match;
import nl.commsaudit.rules.Rule;
import nl.commsaudit.rules.Violation;

/** A reason why a review of a BOL seller may be removed (bol-klantbeoordeling.txt); one finding per reason. */
public interface ReviewRule extends Rule {

    Optional<Violation> check(ReviewFacts review);

    static Violation violation(ReviewFacts review, String evidence) {
        return new Violation(review.reviewId(), review.createdAt(), evidence);
    }

    /** A violation with the detector's matches as evidence (at most five), or none without matches. */
    static Optional<Violation> of(ReviewFacts review, List<Match> matches, String prefix) {
        if (matches.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(violation(review, prefix + matches.stream().limit(5).map(Match::toString)
                .collect(Collectors.joining("; "))));
    }
}

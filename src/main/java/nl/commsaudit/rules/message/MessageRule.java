package nl.commsaudit.rules.message;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.commsaudit.rules.Rule;
import nl.commsaudit.rules.Violation;
import nl.commsaudit.text.Match;

/** A rule that judges one message a seller sent. */
public interface MessageRule extends Rule {

    Optional<Violation> check(SellerMessage message);

    /** A violation with the matches as evidence: the matched words and an excerpt, at most five. */
    static Optional<Violation> of(SellerMessage message, List<Match> matches, String prefix) {
        if (matches.isEmpty()) {
            return Optional.empty();
        }
        String evidence = matches.stream().limit(5).map(Match::toString).collect(Collectors.joining("; "));
        if (matches.size() > 5) {
            evidence += "; and " + (matches.size() - 5) + " more";
        }
        return Optional.of(new Violation(message.messageId(), message.sentAt(), prefix + evidence));
    }

    static Optional<Violation> of(SellerMessage message, Match match, String prefix) {
        return match == null ? Optional.empty() : of(message, List.of(match), prefix);
    }
}

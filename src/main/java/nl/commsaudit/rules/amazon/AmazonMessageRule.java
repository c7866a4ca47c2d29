package nl.commsaudit.rules.amazon;

import java.util.List;
import java.util.Optional;
import nl.commsaudit.rules.BaseRule;
import nl.commsaudit.rules.EntityType;
import nl.commsaudit.rules.Marketplace;
import nl.commsaudit.rules.Severity;
import nl.commsaudit.rules.Violation;
import nl.commsaudit.rules.message.MessageRule;
import nl.commsaudit.rules.message.SellerMessage;
import nl.commsaudit.text.Match;

/**
 * A rule of Amazon's buyer-seller messaging guidelines: judged on messages a seller sent to a buyer
 * (amazon-richtlijnen-communicatie.txt, "Berichten koper-verkoper").
 */
abstract class AmazonMessageRule extends BaseRule implements MessageRule {

    static final String POLICY = "amazon-richtlijnen-communicatie.txt: Berichten koper-verkoper";

    AmazonMessageRule(String id, Severity severity, String title, String policyDetail) {
        super(id, Marketplace.AMAZON, EntityType.MESSAGE, severity, title, POLICY + " (" + policyDetail + ")");
    }

    @Override
    public final Optional<Violation> check(SellerMessage message) {
        return message.toCustomer() ? judge(message) : Optional.empty();
    }

    abstract Optional<Violation> judge(SellerMessage message);

    static Optional<Violation> matches(SellerMessage message, List<Match> found, String prefix) {
        return MessageRule.of(message, found, prefix);
    }

    static Optional<Violation> evidence(SellerMessage message, String evidence) {
        return Optional.of(new Violation(message.messageId(), message.sentAt(), evidence));
    }
}

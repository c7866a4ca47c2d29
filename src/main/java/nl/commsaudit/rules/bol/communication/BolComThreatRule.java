package nl.commsaudit.rules.bol.communication;

import nl.commsaudit.rules.message.MessageRule;
import nl.commsaudit.rules.message.SellerMessage;

import java.util.Optional;
import nl.commsaudit.rules.BaseRule;
import nl.commsaudit.rules.EntityType;
import nl.commsaudit.rules.Marketplace;
import nl.commsaudit.rules.Severity;
import nl.commsaudit.rules.Violation;

/**
 * BOL-COM-THREAT: threats of violence, "ik weet waar je woont", doxxing, intimidation. Not flagged: a
 * neutral statement of lawful steps (a collection agency for an unpaid invoice, per the terms).
 */
public final class BolComThreatRule extends BaseRule implements MessageRule {

    public static final String ID = "BOL-COM-THREAT";

    public BolComThreatRule() {
        super(ID, Marketplace.BOL, EntityType.MESSAGE, Severity.HIGH, "Threat or intimidation in a seller message",
                Policies.LANGUAGE + " (dreigen)");
    }

    @Override
    public Optional<Violation> check(SellerMessage message) {
        return MessageRule.of(message, message.threats(), "");
    }
}

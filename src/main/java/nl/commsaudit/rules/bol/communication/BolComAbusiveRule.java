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
 * BOL-COM-ABUSIVE: swearing, insults or scolding of a customer or a bol.com employee in the seller's
 * own words. Not flagged: firm but polite refusals; a customer's abuse the seller quotes.
 */
public final class BolComAbusiveRule extends BaseRule implements MessageRule {

    public static final String ID = "BOL-COM-ABUSIVE";

    public BolComAbusiveRule() {
        super(ID, Marketplace.BOL, EntityType.MESSAGE, Severity.HIGH, "Swearing or insults in a seller message",
                Policies.LANGUAGE + " (schelden)");
    }

    @Override
    public Optional<Violation> check(SellerMessage message) {
        return MessageRule.of(message, message.abuse(), "");
    }
}

package nl.commsaudit.rules.amazon;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import nl.commsaudit.rules.RuleSettings;
import nl.commsaudit.rules.Severity;
import nl.commsaudit.rules.Violation;
import nl.commsaudit.rules.message.OrderContext;
import nl.commsaudit.rules.message.SellerMessage;

/** AMZ-MSG-LATE: proactive message more than 30 days after the order was completed (rules.md, amazon-richtlijnen-communicatie.txt). */
public final class AmzMsgLateRule extends AmazonMessageRule {

    public static final String ID = "AMZ-MSG-LATE";

    private final long days;

    public AmzMsgLateRule(RuleSettings settings) {
        super(ID, Severity.MEDIUM, "Proactive message more than 30 days after the order was completed",
                "berichten binnen 30 dagen na voltooiing van de bestelling");
        this.days = (long) settings.number(this, "max-days", 30);
    }

    @Override
    Optional<Violation> judge(SellerMessage message) {
        OrderContext order = message.order();
        if (!message.proactive() || order == null || order.completedAt() == null) {
            return Optional.empty();
        }
        long after = ChronoUnit.DAYS.between(order.completedAt(), message.sentAt());
        if (message.sentAt().isAfter(order.completedAt().plus(Duration.ofDays(days)))) {
            return evidence(message, "proactive message sent " + after + " days after order " + order.orderId()
                    + " was completed (limit " + days + " days)");
        }
        return Optional.empty();
    }
}

package nl.commsaudit.rules.amazon;

import java.util.Optional;
import java.util.regex.Pattern;
import nl.commsaudit.rules.Severity;
import nl.commsaudit.rules.Violation;
import nl.commsaudit.rules.message.SellerMessage;

/** AMZ-MSG-NO-ORDER-ID: proactive message without the 17-digit order number (rules.md, amazon-richtlijnen-communicatie.txt). */
public final class AmzMsgNoOrderIdRule extends AmazonMessageRule {

    private static final Pattern NOT_DIGIT = Pattern.compile("\\D");

    public static final String ID = "AMZ-MSG-NO-ORDER-ID";

    private static final Pattern ORDER_ID = Pattern.compile("\\b\\d{3}-?\\d{7}-?\\d{7}\\b");

    public AmzMsgNoOrderIdRule() {
        super(ID, Severity.MEDIUM, "Proactive message without the 17-digit order number",
                "het bestelnummer van 17 cijfers in het bericht");
    }

    @Override
    Optional<Violation> judge(SellerMessage message) {
        if (!message.proactive()) {
            return Optional.empty();
        }
        String text = message.text().all();
        String id = message.orderId() != null ? message.orderId() : message.order() == null ? null : message.order().orderId();
        if (id == null) {
            return ORDER_ID.matcher(text).find() ? Optional.empty()
                    : evidence(message, "proactive message without any 17-digit order number in subject or body");
        }
        String digits = NOT_DIGIT.matcher(id).replaceAll("");
        if (text.contains(id) || NOT_DIGIT.matcher(text).replaceAll("").contains(digits)) {
            return Optional.empty();
        }
        return evidence(message, "order number " + id + " is not in the subject or body");
    }
}

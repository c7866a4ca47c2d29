package nl.commsaudit.rules.amazon;

import java.util.Locale;
import java.util.Optional;
import nl.commsaudit.rules.Severity;
import nl.commsaudit.rules.Violation;
import nl.commsaudit.rules.message.SellerMessage;
import nl.commsaudit.text.Normalizer;

/** AMZ-MSG-WRONG-LANGUAGE: proactive message not in the buyer's language (rules.md, amazon-richtlijnen-communicatie.txt). */
public final class AmzMsgWrongLanguageRule extends AmazonMessageRule {

    public static final String ID = "AMZ-MSG-WRONG-LANGUAGE";

    public AmzMsgWrongLanguageRule() {
        super(ID, Severity.MEDIUM, "Proactive message not in the buyer's language",
                "berichten in de voorkeurstaal van de koper");
    }

    @Override
    Optional<Violation> judge(SellerMessage message) {
        if (!message.proactive() || message.order() == null || message.order().buyerLanguage() == null) {
            return Optional.empty();
        }
        String wanted = message.order().buyerLanguage().toLowerCase(Locale.ROOT);
        return message.language().filter(found -> !found.equals(wanted))
                .flatMap(found -> evidence(message, "written in " + found + ", the buyer's language is " + wanted
                        + ": \"" + Normalizer.excerpt(message.text().own(), 0, 0, 80) + "\""));
    }
}

package nl.commsaudit.rules.amazon;

import nl.commsaudit.text.LexiconPattern;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.commsaudit.rules.Severity;
import nl.commsaudit.rules.Violation;
import nl.commsaudit.rules.message.SellerMessage;
import nl.commsaudit.text.Lexicon;
import nl.commsaudit.text.Normalizer;

/** AMZ-CNT-PHONE-NUMBER: phone number outside a warranty, supplier or manufacturer sentence (rules.md, amazon-richtlijnen-communicatie.txt). */
public final class AmzCntPhoneNumberRule extends AmazonMessageRule {

    public static final String ID = "AMZ-CNT-PHONE-NUMBER";

    private final LexiconPattern warranty;

    public AmzCntPhoneNumberRule(Lexicon lexicon) {
        super(ID, Severity.HIGH, "Phone number outside a warranty, supplier or manufacturer sentence",
                "telefoonnummers, behalve voor garanties, leveranciers of fabrikanten");
        this.warranty = lexicon.alternation("amz-warranty");
    }

    @Override
    Optional<Violation> judge(SellerMessage message) {
        String own = message.text().own();
        return matches(message, message.personalData().stream()
                .filter(m -> m.kind().equals("phone number"))
                .filter(m -> !warranty.matcher(Normalizer.flat(sentenceOf(own, m.words()))).find()).toList(), "");
    }

    /** The sentence (or line) the number stands in. */
    private static String sentenceOf(String text, String words) {
        int at = Math.max(0, text.indexOf(words));
        int from = at;
        while (from > 0 && ".!?\n".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = Math.min(text.length(), at + words.length());
        while (to < text.length() && ".!?\n".indexOf(text.charAt(to)) < 0) {
            to++;
        }
        return text.substring(from, to);
    }
}

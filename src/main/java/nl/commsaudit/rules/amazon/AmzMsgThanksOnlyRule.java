package nl.commsaudit.rules.amazon;

import nl.commsaudit.text.LexiconPattern;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.commsaudit.rules.Severity;
import nl.commsaudit.rules.Violation;
import nl.commsaudit.rules.message.SellerMessage;
import nl.commsaudit.text.Lexicon;
import nl.commsaudit.text.Normalizer;

/** AMZ-MSG-THANKS-ONLY: message with only thanks or an offer to help (rules.md, amazon-richtlijnen-communicatie.txt). */
public final class AmzMsgThanksOnlyRule extends AmazonMessageRule {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;])\\s+|\\n");
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}]");

    public static final String ID = "AMZ-MSG-THANKS-ONLY";

    private final LexiconPattern thanks;
    private final LexiconPattern pleasantries;
    private static final Pattern CLOSING = Pattern.compile(
            "^((met )?(vriendelijke|hartelijke|sportieve|zonnige) ?groet|groet(en|jes)|mvg|(kind |best |warm )?regards|sincerely|cheers"
                    + "|cordialement|bien a vous|(mit )?(freundlichen|besten) grussen)");

    public AmzMsgThanksOnlyRule(Lexicon lexicon) {
        super(ID, Severity.MEDIUM, "Message with only thanks or an offer to help",
                "berichten met alleen 'Bedankt' of tekst dat je klaarstaat om te helpen");
        this.thanks = lexicon.alternation("amz-thanks");
        this.pleasantries = lexicon.alternation("amz-pleasantries");
    }

    @Override
    Optional<Violation> judge(SellerMessage message) {
        String lines = Normalizer.lines(message.text().own());
        boolean thanked = false;
        for (String sentence : SENTENCE_END.split(lines)) {
            String s = sentence.strip();
            if (NOT_LETTER.matcher(s).replaceAll("").length() < 3) {
                continue;
            }
            boolean isThanks = thanks.matcher(s).find();
            if (!isThanks && !pleasantries.matcher(s).find()) {
                return Optional.empty(); // something with a purpose
            }
            thanked |= isThanks;
            if (CLOSING.matcher(s).find()) {
                break; // what follows the closing greeting is the signature
            }
        }
        return thanked ? evidence(message, "only thanks and pleasantries: \"" + Normalizer.excerpt(message.text().own(), 0, 0, 120) + "\"")
                : Optional.empty();
    }
}

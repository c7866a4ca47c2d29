package nl.commsaudit.rules.amazon;

import java.util.Optional;
import nl.commsaudit.rules.Severity;
import nl.commsaudit.rules.Violation;
import nl.commsaudit.rules.message.SellerMessage;
import nl.commsaudit.text.Emoji;

/** AMZ-STY-EMOJI: emoji or emoticons (rules.md, amazon-richtlijnen-communicatie.txt). */
public final class AmzStyEmojiRule extends AmazonMessageRule {

    public static final String ID = "AMZ-STY-EMOJI";

    public AmzStyEmojiRule() {
        super(ID, Severity.LOW, "Emoji or emoticons",
                "emoji's, inclusief emoticons");
    }

    @Override
    Optional<Violation> judge(SellerMessage message) {
        return matches(message, Emoji.find(message.text().own()), "");
    }
}

package nl.commsaudit.rules.amazon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.commsaudit.rules.Severity;
import nl.commsaudit.rules.Violation;
import nl.commsaudit.rules.message.SellerMessage;
import nl.commsaudit.text.HtmlLint;
import nl.commsaudit.text.Match;

/** AMZ-STY-ANIMATED-GIF: gIF image in the body or as attachment (rules.md, amazon-richtlijnen-communicatie.txt). */
public final class AmzStyAnimatedGifRule extends AmazonMessageRule {

    public static final String ID = "AMZ-STY-ANIMATED-GIF";

    public AmzStyAnimatedGifRule() {
        super(ID, Severity.LOW, "GIF image in the body or as attachment",
                "geanimeerde GIF's");
    }

    @Override
    Optional<Violation> judge(SellerMessage message) {
        List<Match> found = new ArrayList<>(message.lint(HtmlLint.Kind.GIF));
        message.attachments().stream().filter(name -> name.toLowerCase(Locale.ROOT).endsWith(".gif"))
                .forEach(name -> found.add(new Match("attachment", name, "attachment " + name)));
        return matches(message, found, "GIF: ");
    }
}

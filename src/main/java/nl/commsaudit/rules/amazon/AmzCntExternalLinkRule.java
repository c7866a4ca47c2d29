package nl.commsaudit.rules.amazon;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.commsaudit.rules.Severity;
import nl.commsaudit.rules.Violation;
import nl.commsaudit.rules.message.SellerMessage;

/** AMZ-CNT-EXTERNAL-LINK: link to a site that is not Amazon's and not needed for the order (rules.md, amazon-richtlijnen-communicatie.txt). */
public final class AmzCntExternalLinkRule extends AmazonMessageRule {

    public static final String ID = "AMZ-CNT-EXTERNAL-LINK";

    public AmzCntExternalLinkRule() {
        super(ID, Severity.HIGH, "Link to a site that is not Amazon's and not needed for the order",
                "links naar externe websites");
    }

    @Override
    Optional<Violation> judge(SellerMessage message) {
        List<String> problems = new ArrayList<>();
        for (String href : message.linkTargets()) {
            String problem = message.links().problem(href);
            if (problem != null) {
                problems.add(href + " (" + problem + ")");
            }
        }
        return problems.isEmpty() ? Optional.empty()
                : evidence(message, "link " + String.join("; link ", problems.subList(0, Math.min(5, problems.size()))));
    }
}

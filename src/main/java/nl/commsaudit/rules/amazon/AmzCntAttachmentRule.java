package nl.commsaudit.rules.amazon;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.commsaudit.rules.Severity;
import nl.commsaudit.rules.Violation;
import nl.commsaudit.rules.message.SellerMessage;

/** AMZ-CNT-ATTACHMENT: attachment that is not a label, invoice or custom design (rules.md, amazon-richtlijnen-communicatie.txt). */
public final class AmzCntAttachmentRule extends AmazonMessageRule {

    public static final String ID = "AMZ-CNT-ATTACHMENT";

    private static final Pattern NEEDED = Pattern.compile(
            "(label|etiket|retour|return|invoice|factuur|facture|rechnung|receipt|design|ontwerp|proef|proof|mock-?up|certifica|garantie|warranty|manual|handleiding)",
            Pattern.CASE_INSENSITIVE);

    public AmzCntAttachmentRule() {
        super(ID, Severity.MEDIUM, "Attachment that is not a label, invoice or custom design",
                "bijlagen die niet nodig zijn om het probleem van de koper op te lossen");
    }

    @Override
    Optional<Violation> judge(SellerMessage message) {
        List<String> unneeded = message.attachments().stream().filter(name -> !NEEDED.matcher(name).find()).toList();
        return unneeded.isEmpty() ? Optional.empty()
                : evidence(message, "attachment(s) not needed for the order: " + String.join(", ", unneeded));
    }
}

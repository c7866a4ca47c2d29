package nl.commsaudit.rules.bol.review;

import nl.commsaudit.text.LexiconPattern;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.commsaudit.rules.BaseRule;
import nl.commsaudit.rules.EntityType;
import nl.commsaudit.rules.Marketplace;
import nl.commsaudit.rules.Severity;
import nl.commsaudit.rules.Violation;
import nl.commsaudit.text.Lexicon;
import nl.commsaudit.text.Normalizer;
import nl.commsaudit.text.PersonalDataDetector;

/**
 * BOL-REV-PRODUCT-ONLY: the whole review is about the product (quality, size, colour, broke, smell),
 * {@code score_overall} is below 8 and neither a delivery nor a service sub-score was given: removable.
 * Not flagged: a text that is partly about delivery, the carrier, packaging, contact, the seller or
 * service (a bad review caused by the carrier stays), or that gives contact data; any review with a
 * sub-score; a score of 8 or more;
 * a review without text.
 */
public final class BolRevProductOnlyRule extends BaseRule implements ReviewRule {

    public static final String ID = "BOL-REV-PRODUCT-ONLY";

    private final LexiconPattern notProduct;
    private final PersonalDataDetector personalData;

    public BolRevProductOnlyRule(Lexicon lexicon, PersonalDataDetector personalData) {
        super(ID, Marketplace.BOL, EntityType.REVIEW, Severity.MEDIUM, "Product-only review below 8 (removable)",
                ReviewPolicy.REMOVAL + " (de gehele beoordeling betreft een productbeoordeling en het cijfer is lager dan een 8)");
        this.notProduct = lexicon.alternation("review-not-product");
        this.personalData = personalData;
    }

    @Override
    public Optional<Violation> check(ReviewFacts review) {
        if (review.scoreOverall() >= 8 || review.scoreDelivery() != null || review.scoreService() != null
                || review.text() == null || review.text().isBlank()) {
            return Optional.empty();
        }
        if (notProduct.matcher(Normalizer.lines(review.text())).find() || !personalData.find(review.text()).isEmpty()) {
            return Optional.empty(); // partly about delivery, contact, the seller or service: stays
        }
        return Optional.of(ReviewRule.violation(review, "score " + review.scoreOverall()
                + " without delivery or service score, text only about the product: \""
                + Normalizer.excerpt(review.text(), 0, 0, 120) + "\""));
    }
}

package nl.commsaudit.rules.bol.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.commsaudit.rules.PrecisionRecall;
import nl.commsaudit.rules.Rule;
import nl.commsaudit.rules.RuleCatalog;
import nl.commsaudit.rules.RuleSettings;
import nl.commsaudit.text.TextDetectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of the text-based BOL-REV rules (offensive, personal data, product only) on a
 * labelled corpus of Dutch, English and French reviews ({@code corpus/bol-reviews.csv}) with hard
 * negatives; fails below 0.9 for either on any rule. Fraud and other-seller depend on orders, not
 * text, and are tested in {@link ReviewRulesTest}.
 */
class BolRevCorpusTest {

    private static final Set<String> TEXT_RULES = Set.of(BolRevOffensiveRule.ID, BolRevPersonalDataRule.ID, BolRevProductOnlyRule.ID);

    @Test
    void everyTextRuleReachesTheBar() throws IOException {
        List<CSVRecord> corpus = PrecisionRecall.corpus("/corpus/bol-reviews.csv");
        List<ReviewRule> rules = RuleCatalog.create(RuleSettings.defaults(), Instant.EPOCH, TextDetectors.load(null))
                .reviewRules().stream().filter(r -> TEXT_RULES.contains(r.id())).toList();
        PrecisionRecall figures = new PrecisionRecall(rules.stream().map(Rule::id).toList());
        for (CSVRecord row : corpus) {
            ReviewFacts review = new ReviewFacts(row.get("id"), "s1", null, null, Instant.EPOCH,
                    Integer.parseInt(row.get("score_overall")), number(row.get("score_delivery")), number(row.get("score_service")),
                    row.get("text"), false, null, null, null);
            Set<String> actual = new TreeSet<>();
            rules.stream().filter(rule -> rule.check(review).isPresent()).forEach(rule -> actual.add(rule.id()));
            figures.add(row.get("id"), row.get("note"), PrecisionRecall.expected(row), actual);
        }
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(80);
        assertThat(figures.below(0.9)).as("rules below 0.90 precision or recall").isEmpty();
    }

    private static Integer number(String text) {
        return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
    }
}

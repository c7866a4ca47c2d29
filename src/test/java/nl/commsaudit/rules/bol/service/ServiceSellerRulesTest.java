package nl.commsaudit.rules.bol.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.commsaudit.calendar.Country;
import nl.commsaudit.rules.Marketplace;
import nl.commsaudit.rules.RuleSettings;
import nl.commsaudit.rules.SellerFacts;
import nl.commsaudit.rules.Violation;
import org.junit.jupiter.api.Test;

class ServiceSellerRulesTest {

    private static final Instant AS_OF_END = Instant.parse("2026-11-20T23:00:00Z");

    private final BolSvcResponseNormRule responseNorm = new BolSvcResponseNormRule(RuleSettings.defaults(), AS_OF_END);
    private final BolSvcPhoneNormRule phoneNorm = new BolSvcPhoneNormRule(RuleSettings.defaults(), AS_OF_END);

    private static SellerFacts seller(ServiceFigures figures) {
        return new SellerFacts("bol-1", "Shop", "123", Country.NL, Marketplace.BOL, null, null, figures);
    }

    @Test
    void theResponseNormFlagsBelowNinetyPercentOfDueQuestions() {
        assertThat(responseNorm.check(seller(new ServiceFigures(10, 9, 0, 0, 0)))).isEmpty(); // 90.0%: meets the norm
        assertThat(responseNorm.check(seller(new ServiceFigures(10, 8, 0, 0, 0)))).get()
                .extracting(Violation::evidence)
                .isEqualTo("8 of 10 due customer questions answered on time = 80.0% (norm 90%); 2 late or unanswered");
        // 899 of 1000 = 89.9%: below, even though it rounds to 89.9 and not 90
        assertThat(responseNorm.check(seller(new ServiceFigures(1000, 899, 0, 0, 0)))).isPresent();
        // 8999 of 10000 = 89.99% shows as 90.0 but is below the norm
        assertThat(responseNorm.check(seller(new ServiceFigures(10000, 8999, 0, 0, 0)))).isPresent();
        assertThat(responseNorm.check(seller(new ServiceFigures(0, 0, 0, 0, 0)))).isEmpty(); // needs a due question
    }

    @Test
    void thePhoneNormCountsOnlyCallsInWorkingHours() {
        assertThat(phoneNorm.check(seller(new ServiceFigures(0, 0, 10, 9, 5)))).isEmpty();
        assertThat(phoneNorm.check(seller(new ServiceFigures(0, 0, 2, 1, 3)))).get()
                .extracting(Violation::evidence)
                .isEqualTo("1 of 2 calls in working hours answered = 50.0% (norm 90%); 3 calls outside working hours not counted");
        assertThat(phoneNorm.check(seller(new ServiceFigures(0, 0, 0, 0, 7)))).isEmpty();
    }

    @Test
    void thresholdsAndSeverityComeFromTheJobDefinition() {
        RuleSettings settings = RuleSettings.of(Map.of(BolSvcPhoneNormRule.ID, Map.of("min-answered-pct", 50, "severity", "high")),
                Set.of(BolSvcPhoneNormRule.ID));
        BolSvcPhoneNormRule configured = new BolSvcPhoneNormRule(settings, AS_OF_END);
        assertThat(configured.check(seller(new ServiceFigures(0, 0, 2, 1, 0)))).isEmpty(); // 50% meets a 50% norm
        assertThat(settings.severity(configured)).isEqualTo(nl.commsaudit.rules.Severity.HIGH);
    }

    @Test
    void theWeeklyWarningNeedsTenMissedQuestionsInOneWeek() {
        BolSvcWeeklyWarningRule rule = new BolSvcWeeklyWarningRule(RuleSettings.defaults());
        Instant monday = Instant.parse("2026-11-01T23:00:00Z");
        assertThat(rule.check(new WeekFigures("be-1", "2026-W45", monday, 9, List.of("a")))).isEmpty();
        Violation violation = rule.check(new WeekFigures("be-1", "2026-W45", monday, 10, List.of("c1", "c2"))).orElseThrow();
        assertThat(violation.entityId()).isEqualTo("be-1:2026-W45");
        assertThat(violation.evidence()).isEqualTo(
                "10 customer questions opened in 2026-W45 had no reaction within 8 working hours (warning from 10): c1, c2, ...");
    }
}

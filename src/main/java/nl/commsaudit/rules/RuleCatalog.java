package nl.commsaudit.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.commsaudit.text.TextDetectors;
import nl.commsaudit.rules.bol.communication.BolComAbusiveRule;
import nl.commsaudit.rules.bol.communication.BolComInvalidContactRule;
import nl.commsaudit.rules.bol.communication.BolComMarketingRule;
import nl.commsaudit.rules.bol.communication.BolComReviewConditionalRule;
import nl.commsaudit.rules.bol.communication.BolComReviewRequestSeparateRule;
import nl.commsaudit.rules.bol.communication.BolComReviewRequestWordingRule;
import nl.commsaudit.rules.bol.communication.BolComReviewSteeringRule;
import nl.commsaudit.rules.bol.communication.BolComThreatRule;
import nl.commsaudit.rules.bol.communication.MessageRule;
import nl.commsaudit.rules.bol.review.BolRevFraudRule;
import nl.commsaudit.rules.bol.review.BolRevOffensiveRule;
import nl.commsaudit.rules.bol.review.BolRevOtherSellerRule;
import nl.commsaudit.rules.bol.review.BolRevPersonalDataRule;
import nl.commsaudit.rules.bol.review.BolRevProductOnlyRule;
import nl.commsaudit.rules.bol.review.ReviewRule;
import nl.commsaudit.rules.bol.service.BolSvcLateResponseRule;
import nl.commsaudit.rules.bol.service.BolSvcPhoneNormRule;
import nl.commsaudit.rules.bol.service.BolSvcPlatformUnansweredRule;
import nl.commsaudit.rules.bol.service.BolSvcResponseNormRule;
import nl.commsaudit.rules.bol.service.BolSvcUnansweredRule;
import nl.commsaudit.rules.bol.service.BolSvcWeeklyWarningRule;
import nl.commsaudit.rules.bol.service.CaseRule;

/**
 * Every rule there is, configured for one run. New rule packs register their rules here; the job
 * asks the catalog for the enabled rules of each kind.
 */
public final class RuleCatalog {

    /** The working time a first response may take (bol-servicenormen-klantenservice.txt: acht werkuren). */
    public static final Duration RESPONSE_TIME = Duration.ofHours(8);

    private final RuleSettings settings;
    private final List<CaseRule> caseRules;
    private final List<SellerRule> sellerRules;
    private final BolSvcWeeklyWarningRule weeklyWarning;
    private final List<MessageRule> messageRules;
    private final List<ReviewRule> reviewRules;

    private RuleCatalog(RuleSettings settings, Instant asOfEnd, TextDetectors detectors) {
        this.settings = settings;
        this.caseRules = List.of(
                new BolSvcLateResponseRule(RESPONSE_TIME),
                new BolSvcUnansweredRule(RESPONSE_TIME),
                new BolSvcPlatformUnansweredRule(RESPONSE_TIME));
        this.sellerRules = List.of(
                new BolSvcResponseNormRule(settings, asOfEnd),
                new BolSvcPhoneNormRule(settings, asOfEnd),
                new BolComInvalidContactRule(asOfEnd));
        this.messageRules = List.of(
                new BolComAbusiveRule(),
                new BolComThreatRule(),
                new BolComReviewConditionalRule(),
                new BolComReviewSteeringRule(),
                new BolComMarketingRule(),
                new BolComReviewRequestSeparateRule(),
                new BolComReviewRequestWordingRule());
        this.reviewRules = List.of(
                new BolRevOffensiveRule(detectors.abuse()),
                new BolRevPersonalDataRule(detectors.personalData()),
                new BolRevProductOnlyRule(detectors.lexicon(), detectors.personalData()),
                new BolRevFraudRule(),
                new BolRevOtherSellerRule());
        this.weeklyWarning = new BolSvcWeeklyWarningRule(settings);
    }

    /**
     * @param asOfEnd   the end of the as-of day: the audit's "now"
     * @param detectors the run's text detectors (with its lexicon overrides)
     */
    public static RuleCatalog create(RuleSettings settings, Instant asOfEnd, TextDetectors detectors) {
        return new RuleCatalog(settings, asOfEnd, detectors);
    }

    /** Every rule, enabled or not, in catalogue order. */
    public List<Rule> all() {
        return Stream.of(caseRules.stream(), Stream.of(weeklyWarning), sellerRules.stream(), messageRules.stream(), reviewRules.stream())
                .flatMap(s -> s).map(Rule.class::cast).toList();
    }

    /** The ids of all rules, for checking a job definition's overrides. */
    public static Set<String> ids() {
        return create(RuleSettings.defaults(), Instant.EPOCH, TextDetectors.load(null)).all().stream().map(Rule::id)
                .collect(Collectors.toUnmodifiableSet());
    }

    public RuleSettings settings() {
        return settings;
    }

    public List<CaseRule> caseRules() {
        return enabled(caseRules);
    }

    public List<SellerRule> sellerRules() {
        return enabled(sellerRules);
    }

    public List<ReviewRule> reviewRules() {
        return enabled(reviewRules);
    }

    public List<MessageRule> messageRules() {
        return enabled(messageRules);
    }

    public BolSvcWeeklyWarningRule weeklyWarning() {
        return weeklyWarning;
    }

    public boolean enabled(Rule rule) {
        return settings.enabled(rule);
    }

    private <R extends Rule> List<R> enabled(List<R> rules) {
        return rules.stream().filter(settings::enabled).toList();
    }
}

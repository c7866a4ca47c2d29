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
import nl.commsaudit.rules.amazon.AmzCntAttachmentRule;
import nl.commsaudit.rules.amazon.AmzCntEmailAddressRule;
import nl.commsaudit.rules.amazon.AmzCntExternalLinkRule;
import nl.commsaudit.rules.amazon.AmzCntLogoLinkRule;
import nl.commsaudit.rules.amazon.AmzCntOffensiveRule;
import nl.commsaudit.rules.amazon.AmzCntOptOutRule;
import nl.commsaudit.rules.amazon.AmzCntPhoneNumberRule;
import nl.commsaudit.rules.amazon.AmzCntTrackingPixelRule;
import nl.commsaudit.rules.amazon.AmzMsgCancelRequestRule;
import nl.commsaudit.rules.amazon.AmzMsgConfirmationRule;
import nl.commsaudit.rules.amazon.AmzMsgLateRule;
import nl.commsaudit.rules.amazon.AmzMsgMarketingRule;
import nl.commsaudit.rules.amazon.AmzMsgNoOrderIdRule;
import nl.commsaudit.rules.amazon.AmzMsgReviewChangeRule;
import nl.commsaudit.rules.amazon.AmzMsgReviewIncentiveRule;
import nl.commsaudit.rules.amazon.AmzMsgReviewPositiveOnlyRule;
import nl.commsaudit.rules.amazon.AmzMsgReviewRepeatRule;
import nl.commsaudit.rules.amazon.AmzMsgThanksOnlyRule;
import nl.commsaudit.rules.amazon.AmzMsgWrongLanguageRule;
import nl.commsaudit.rules.amazon.AmzStyAnimatedGifRule;
import nl.commsaudit.rules.amazon.AmzStyCenteredRule;
import nl.commsaudit.rules.amazon.AmzStyEmojiRule;
import nl.commsaudit.rules.amazon.AmzStyFontRule;
import nl.commsaudit.rules.amazon.AmzStyFontSizesRule;
import nl.commsaudit.rules.amazon.AmzStyImageWidthRule;
import nl.commsaudit.rules.amazon.AmzStyImgAltRule;
import nl.commsaudit.rules.amazon.AmzStyInsecureImageRule;
import nl.commsaudit.rules.amazon.AmzStyLineBreaksRule;
import nl.commsaudit.rules.amazon.AmzStyLinkTextRule;
import nl.commsaudit.rules.amazon.AmzStySpellingRule;
import nl.commsaudit.rules.amazon.AmzStyMarginRule;
import nl.commsaudit.rules.message.MessageRule;
import nl.commsaudit.text.Lexicon;
import nl.commsaudit.text.LinkPolicy;
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
    private final List<MessageRule> amazonRules;
    private final AmzMsgReviewRepeatRule reviewRepeat = new AmzMsgReviewRepeatRule();
    /** The enabled message rules of both marketplaces, chosen once: the settings do not change, and they are asked per message. */
    private final List<MessageRule> enabledMessageRules;

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
        Lexicon lexicon = detectors.lexicon();
        this.amazonRules = List.of(
                new AmzMsgLateRule(settings),
                new AmzMsgNoOrderIdRule(),
                new AmzMsgWrongLanguageRule(),
                new AmzMsgConfirmationRule(lexicon),
                new AmzMsgThanksOnlyRule(lexicon),
                new AmzMsgMarketingRule(),
                new AmzMsgReviewIncentiveRule(lexicon),
                new AmzMsgReviewChangeRule(),
                new AmzMsgReviewPositiveOnlyRule(),
                new AmzMsgCancelRequestRule(lexicon),
                new AmzCntExternalLinkRule(),
                new AmzCntEmailAddressRule(),
                new AmzCntPhoneNumberRule(lexicon),
                new AmzCntOptOutRule(lexicon),
                new AmzCntTrackingPixelRule(),
                new AmzCntLogoLinkRule(),
                new AmzCntAttachmentRule(),
                new AmzCntOffensiveRule(),
                new AmzStyEmojiRule(),
                new AmzStyAnimatedGifRule(),
                new AmzStyLinkTextRule(),
                new AmzStyImgAltRule(),
                new AmzStyInsecureImageRule(),
                new AmzStyLineBreaksRule(),
                new AmzStyCenteredRule(),
                new AmzStyFontSizesRule(),
                new AmzStyFontRule(),
                new AmzStyMarginRule(),
                new AmzStyImageWidthRule(),
                new AmzStySpellingRule(settings, detectors.spelling()));
        this.weeklyWarning = new BolSvcWeeklyWarningRule(settings);
        this.enabledMessageRules = enabled(Stream.concat(messageRules.stream(), amazonRules.stream()).toList());
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
        return Stream.of(caseRules.stream(), Stream.of(weeklyWarning), sellerRules.stream(), messageRules.stream(),
                        reviewRules.stream(), amazonRules.stream(), Stream.of(reviewRepeat))
                .flatMap(s -> s).map(Rule.class::cast).toList();
    }

    /** A rule by its id. */
    public Rule rule(String id) {
        return all().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no rule " + id));
    }

    /** Every rule's title by id, for reports. */
    public java.util.Map<String, String> titles() {
        return all().stream().collect(Collectors.toMap(Rule::id, Rule::title));
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

    /** The message rules of both marketplaces; each applies to its own marketplace's sellers. */
    public List<MessageRule> messageRules() {
        return enabledMessageRules;
    }

    /**
     * The link targets an Amazon message may use: Amazon's sites and the domains of setting
     * {@code allow-domains} of AMZ-CNT-EXTERNAL-LINK (default: the carriers' tracking sites).
     */
    public LinkPolicy linkPolicy() {
        Rule externalLink = amazonRules.stream().filter(r -> r.id().equals(AmzCntExternalLinkRule.ID)).findFirst().orElseThrow();
        return new LinkPolicy(settings.list(externalLink, "allow-domains", LinkPolicy.DEFAULT_ALLOWED));
    }

    public AmzMsgReviewRepeatRule reviewRepeat() {
        return reviewRepeat;
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

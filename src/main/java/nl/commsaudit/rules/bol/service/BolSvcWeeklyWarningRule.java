package nl.commsaudit.rules.bol.service;

import java.util.Optional;
import nl.commsaudit.rules.EntityType;
import nl.commsaudit.rules.Marketplace;
import nl.commsaudit.rules.BaseRule;
import nl.commsaudit.rules.RuleSettings;
import nl.commsaudit.rules.Severity;
import nl.commsaudit.rules.Violation;

/**
 * BOL-SVC-WEEKLY-WARNING: in one ISO week (by opening day), 10 or more (setting {@code min-missed-cases})
 * new customer questions had no initial reaction within 8 working hours: bol.com sends a warning mail.
 * Not flagged: 9 such questions; questions whose deadline is still ahead.
 */
public final class BolSvcWeeklyWarningRule extends BaseRule {

    public static final String ID = "BOL-SVC-WEEKLY-WARNING";

    private final long threshold;

    public BolSvcWeeklyWarningRule(RuleSettings settings) {
        super(ID, Marketplace.BOL, EntityType.WEEK, Severity.MEDIUM,
                "Ten or more customer questions in one week without a reaction within 8 working hours",
                ServiceNorms.POLICY_WEEKLY);
        this.threshold = (long) settings.number(this, "min-missed-cases", 10);
    }

    /** The smallest number of missed questions in a week that triggers the warning. */
    public long threshold() {
        return threshold;
    }

    public Optional<Violation> check(WeekFigures week) {
        if (week.missedCases() < threshold) {
            return Optional.empty();
        }
        String examples = String.join(", ", week.examples());
        if (week.missedCases() > week.examples().size()) {
            examples += ", ...";
        }
        return Optional.of(new Violation(week.sellerId() + ":" + week.isoWeek(), week.weekStart(),
                week.missedCases() + " customer questions opened in " + week.isoWeek()
                        + " had no reaction within 8 working hours (warning from " + threshold + "): " + examples));
    }
}

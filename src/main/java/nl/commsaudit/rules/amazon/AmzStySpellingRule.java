package nl.commsaudit.rules.amazon;

import java.util.List;
import java.util.Optional;
import nl.commsaudit.rules.RuleSettings;
import nl.commsaudit.rules.Severity;
import nl.commsaudit.rules.Violation;
import nl.commsaudit.rules.message.SellerMessage;
import nl.commsaudit.text.SpellingChecker;

/**
 * AMZ-STY-SPELLING: notable spelling errors. Only blatant cases are flagged: at least
 * {@code min-errors} (3) misspelt words that are at least {@code min-error-pct} (10%) of the words, in
 * a Dutch or English message, looked up word by word in LanguageTool's dictionaries (capitalised
 * words, addresses and words with digits left alone). By default only proactive messages are checked
 * ({@code all-messages: true} checks replies too); switch the rule off with {@code enabled: false}.
 */
public final class AmzStySpellingRule extends AmazonMessageRule {

    public static final String ID = "AMZ-STY-SPELLING";

    private final SpellingChecker checker;
    private final double minErrors;
    private final double minErrorPct;
    private final boolean allMessages;

    public AmzStySpellingRule(RuleSettings settings, SpellingChecker checker) {
        super(ID, Severity.LOW, "Notable spelling errors", "opvallende spelfouten of grammaticale fouten");
        this.checker = checker;
        this.minErrors = settings.number(this, "min-errors", 3);
        this.minErrorPct = settings.number(this, "min-error-pct", 10);
        this.allMessages = settings.list(this, "all-messages", List.of("false")).contains("true");
    }

    @Override
    Optional<Violation> judge(SellerMessage message) {
        if (!allMessages && !message.proactive()) {
            return Optional.empty();
        }
        String text = message.text().own();
        Optional<String> language = message.language();
        if (language.isEmpty()) {
            return Optional.empty();
        }
        int words = SpellingChecker.words(text);
        List<String> unknown = checker.unknownWords(text, language.get());
        if (unknown.size() < minErrors || words == 0 || unknown.size() * 100.0 / words < minErrorPct) {
            return Optional.empty();
        }
        return matches(message, checker.misspellings(unknown, language.get(), 3),
                unknown.size() + " of " + words + " words misspelt: ");
    }
}

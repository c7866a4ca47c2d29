package nl.commsaudit.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.spelling.SpellingCheckRule;

/**
 * Blatant spelling errors in Dutch and English, with LanguageTool's dictionaries (only its spelling
 * rules: grammar rules cost too much per message). LanguageTool is not thread-safe, so each thread
 * keeps its own checker per language; the first use costs a few seconds of loading.
 */
public final class SpellingChecker {

    private static final Map<String, String> VARIANTS = Map.of("nl", "nl", "en", "en-US");

    private final Map<String, ThreadLocal<JLanguageTool>> checkers = new ConcurrentHashMap<>();

    /** The misspelled words of a text in a language this checker knows, else none. */
    public List<Match> misspellings(String text, String language) {
        String variant = VARIANTS.get(language);
        if (variant == null || text == null || text.isBlank()) {
            return List.of();
        }
        JLanguageTool tool = checkers.computeIfAbsent(variant, v -> ThreadLocal.withInitial(() -> create(v))).get();
        List<Match> found = new ArrayList<>();
        try {
            for (RuleMatch match : tool.check(text)) {
                String word = text.substring(match.getFromPos(), match.getToPos());
                String suggestion = match.getSuggestedReplacements().isEmpty() ? "" : " (" + match.getSuggestedReplacements().get(0) + "?)";
                found.add(new Match("misspelt", word + suggestion, ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static JLanguageTool create(String variant) {
        JLanguageTool tool = new JLanguageTool(Languages.getLanguageForShortCode(variant));
        for (Rule rule : tool.getAllActiveRules()) {
            if (!(rule instanceof SpellingCheckRule)) {
                tool.disableRule(rule.getId());
            }
        }
        return tool;
    }

    /** Words of a text, for the error rate. */
    public static int words(String text) {
        return text == null || text.isBlank() ? 0 : text.strip().split("[\\s]+").length;
    }
}

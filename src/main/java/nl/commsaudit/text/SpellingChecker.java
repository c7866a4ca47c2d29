package nl.commsaudit.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.spelling.morfologik.MorfologikSpellerRule;
import org.languagetool.rules.spelling.SpellingCheckRule;

/**
 * Blatant spelling errors in Dutch and English, with LanguageTool's dictionaries (only its spelling
 * rules: grammar rules cost too much per message). The first use of a language costs a few seconds of
 * loading.
 *
 * <p>Only the dictionaries are used, word by word (see {@link #misspellings}); one speller per language
 * serves all threads and remembers the answers for the words it sees most.
 */
public final class SpellingChecker {

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private static final Map<String, String> VARIANTS = Map.of("nl", "nl", "en", "en-US");

    /** Web and e-mail addresses, and words glued to digits ("liter2", "3x"): not words a dictionary knows. */
    private static final Pattern NOT_WORDS = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+|\\S+@\\S+|\\S*\\d\\S*");
    /** Words as the dictionaries hold them: letters, with inner apostrophes and hyphens. */
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’-]\\p{L}+)*");

    private final Map<String, Speller> spellers = new ConcurrentHashMap<>();

    /**
     * The dictionary lookups of one language, shared by all threads, remembering the answers for the
     * words a night repeats most. Building LanguageTool's speller costs seconds of CPU (it compiles the
     * extra word lists into an automaton), so there is one per language, not one per thread (LanguageTool
     * keeps it with the language); the speller itself is not thread-safe, so its lookups take turns
     * (they take microseconds, and most words are answered from memory without it).
     */
    private static final class Speller {

        private static final int REMEMBERED = 100_000;

        private final SpellingCheckRule rule;
        private final Map<String, Boolean> answers = new ConcurrentHashMap<>();
        private final Map<String, String> suggestions = new ConcurrentHashMap<>();

        Speller(SpellingCheckRule rule) {
            this.rule = rule;
        }

        /** LanguageTool's first suggestion for a word, or {@code null}. */
        String suggestion(String word) {
            String first = remembered(suggestions, word, w -> rule instanceof MorfologikSpellerRule morfologik
                    ? morfologik.getSpellingSuggestions(w).stream().findFirst().orElse("") : "");
            return first.isEmpty() ? null : first;
        }

        boolean unknown(String word) {
            return remembered(answers, word, rule::isMisspelled);
        }

        /** A lookup's answer, remembered; the memory is bounded, the common words come back quickly. */
        private <T> T remembered(Map<String, T> memory, String word, Lookup<T> lookup) {
            T answer = memory.get(word);
            if (answer == null) {
                try {
                    synchronized (rule) { // LanguageTool keeps one rule per language for the whole JVM
                        answer = lookup.of(word);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (memory.size() >= REMEMBERED) {
                    memory.clear();
                }
                memory.put(word, answer);
            }
            return answer;
        }

        private interface Lookup<T> {
            T of(String word) throws IOException;
        }
    }

    /**
     * The given misspelt words as evidence, each of the first {@code suggestions} with LanguageTool's
     * first suggestion (a suggestion costs about a millisecond; the lookup of a word microseconds).
     *
     * @param words the result of {@link #unknownWords} for the same language
     */
    public List<Match> misspellings(List<String> words, String language, int suggestions) {
        List<Match> found = new ArrayList<>(words.size());
        for (String word : words) {
            String suggestion = found.size() < suggestions ? speller(VARIANTS.get(language)).suggestion(word) : null;
            found.add(new Match("misspelt", suggestion == null ? word : word + " (" + suggestion + "?)", ""));
        }
        return found;
    }

    /**
     * The misspelt words of a text in a language this checker knows, else none. Words are looked up one
     * by one in LanguageTool's dictionary for the language (a finite-state automaton: microseconds); a
     * full LanguageTool check would also tag and disambiguate every sentence, about 100 times the cost,
     * which made this rule 80% of an audit. Capitalised words are left alone: in Dutch and English they
     * are names (of shops, people, brands: "Verhoeven Elektronica") or sentence starts, and a dictionary
     * knows few names. Web and e-mail addresses are not words.
     */
    public List<String> unknownWords(String text, String language) {
        String variant = VARIANTS.get(language);
        if (variant == null || text == null || text.isBlank()) {
            return List.of();
        }
        Speller speller = speller(variant);
        String words = NOT_WORDS.matcher(text).replaceAll(" ");
        List<String> unknown = new ArrayList<>();
        Matcher word = WORD.matcher(words);
        while (word.find()) {
            if (!Character.isUpperCase(words.codePointAt(word.start())) && speller.unknown(word.group())) {
                unknown.add(word.group());
            }
        }
        return unknown;
    }

    /** Forgets the remembered answers of the spellers (the dictionaries stay with LanguageTool's languages). */
    public void release() {
        spellers.clear();
    }

    private Speller speller(String variant) {
        return spellers.computeIfAbsent(variant, v -> new Speller(spellingRule(v)));
    }

    /**
     * LanguageTool's own spelling rule of the language, without a JLanguageTool around it: that one
     * also loads every grammar and disambiguation rule of the language (which this checker switched
     * off again), half the CPU of building a speller and 40 MB of heap; the answers are the same
     * (compared on every word of a generated night). LanguageTool keeps the rule with its language.
     */
    private static SpellingCheckRule spellingRule(String variant) {
        Language language = Languages.getLanguageForShortCode(variant);
        SpellingCheckRule rule = language.getDefaultSpellingRule(JLanguageTool.getMessageBundle(language));
        if (rule == null) {
            throw new IllegalStateException("LanguageTool has no spelling rule for " + language);
        }
        return rule;
    }

    /** Words of a text, for the error rate. */
    public static int words(String text) {
        return text == null || text.isBlank() ? 0 : WHITE_SPACE.split(text.strip()).length;
    }
}

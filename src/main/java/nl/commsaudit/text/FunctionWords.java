package nl.commsaudit.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The language of a text told by its commonest words ("de", "het", "niet", "the", "your", "votre",
 * "bitte", ...; {@code lexicons/<lang>/function-words.txt}), when they leave no doubt: at least
 * {@value #MIN_WORDS} of one language's list, and at least {@value #MARGIN} times as many as of any other
 * language's. A letter that is clearly in one language is then told in microseconds instead of the
 * statistical models' most of a millisecond, and better: the models weigh every word alike, so the
 * Dutch shop name, signature and product list under an English or French e-mail can outweigh its
 * sentences ("Dear customer, Email me at ... for faster help. Kind regards, Meijer Lampenhuis" came out
 * Dutch), while the function words are all the seller's own sentences. Anything less clear (short,
 * mixed, or in a language without a list) gets no answer here. Immutable, thread-safe.
 */
public final class FunctionWords {

    static final int MIN_WORDS = 5;
    static final int MARGIN = 3;

    private final List<String> languages;
    /** Per lower-case word: a bit per language (index in {@link #languages}) whose list holds it. */
    private final Map<String, Integer> words = new HashMap<>();

    /** @param languages ISO 639-1 codes, at most 32, each with a {@code function-words} list */
    public FunctionWords(List<String> languages) {
        this.languages = List.copyOf(languages);
        for (int i = 0; i < this.languages.size(); i++) {
            List<String> list = Lexicon.builtIn(this.languages.get(i), "function-words");
            if (list.isEmpty()) {
                throw new IllegalStateException("no function-words list for " + this.languages.get(i));
            }
            int bit = 1 << i;
            list.forEach(word -> words.merge(word, bit, (a, b) -> a | b));
        }
    }

    /** The language the text is clearly written in, or empty when its words leave room for doubt. */
    public Optional<String> clearLanguage(CharSequence text) {
        int[] counts = counts(text);
        int best = 0;
        for (int i = 1; i < counts.length; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        for (int i = 0; i < counts.length; i++) {
            if (i != best && counts[best] < MARGIN * counts[i]) {
                return Optional.empty();
            }
        }
        return counts[best] >= MIN_WORDS ? Optional.of(languages.get(best)) : Optional.empty();
    }

    /** Per language, how many of the text's words (runs of letters, lower-cased) its list holds. */
    int[] counts(CharSequence text) {
        int[] counts = new int[languages.size()];
        StringBuilder word = new StringBuilder(16);
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                word.append(Character.toLowerCase(c));
            } else if (!word.isEmpty()) {
                Integer bits = words.get(word.toString());
                if (bits != null) {
                    for (int l = 0; l < counts.length; l++) {
                        if ((bits & (1 << l)) != 0) {
                            counts[l]++;
                        }
                    }
                }
                word.setLength(0);
            }
        }
        return counts;
    }
}

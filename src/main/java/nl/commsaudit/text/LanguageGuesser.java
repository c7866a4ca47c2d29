package nl.commsaudit.text;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import java.util.Optional;

/**
 * The language a text is written in, as an ISO 639-1 code, over the languages buyers write in. Texts
 * under 20 letters are too short to tell. A text whose commonest words leave no doubt is told by them
 * ({@link FunctionWords}: 98% of the sellers' texts of the generated export and 94% of the labelled
 * corpora, where they were right each time the two disagreed); the rest by Lingua (statistical n-gram
 * models, accurate on short texts), and a text Lingua cannot tell apart with confidence gets no answer.
 * The models are loaded once, on first use; thread-safe.
 *
 * <p>Lingua costs most of a millisecond a text (it looks every n-gram up in eight languages' models);
 * the function words a few microseconds. Of the 81,000 texts guessed on the 1,000,000-message export
 * some 2.5% are left to Lingua, so its answers are not remembered (they were, by the text with its
 * digits masked, while Lingua guessed every text: it saved a quarter of the guesses then, a few hundred
 * milliseconds now).
 */
public final class LanguageGuesser {

    /** Fewer letters than this and the language is not judged (rules.md, AMZ-MSG-WRONG-LANGUAGE). */
    public static final int MIN_LETTERS = 20;
    private static final int MAX_CHARS = 600;
    private static final Language[] LANGUAGES = {Language.DUTCH, Language.ENGLISH, Language.GERMAN, Language.FRENCH,
        Language.SPANISH, Language.ITALIAN, Language.POLISH, Language.SWEDISH};

    private static final FunctionWords FUNCTION_WORDS = new FunctionWords(java.util.Arrays.stream(LANGUAGES)
            .map(LanguageGuesser::code).toList());

    /**
     * One detector for all texts. Lingua itself scores a text of 120 or more characters (after its
     * clean-up) on trigrams only and a shorter one on all five n-gram lengths; its low-accuracy mode
     * would only take the short ones to trigrams too, where they go wrong ("Dear customer, ... the manual
     * was updated. Kind regards, van Dijk Fietsenwinkel" came out Dutch).
     */
    private static final class Holder {
        static final LanguageDetector DETECTOR = LanguageDetectorBuilder.fromLanguages(LANGUAGES)
                .withMinimumRelativeDistance(0.02)
                .build();
    }

    /** Loads the n-gram models now (a short text needs every n-gram length's), instead of at the first guess that needs them. */
    public void loadModels() {
        detect("Het pakket is verzonden.");
    }

    /**
     * Unloads the n-gram models (Lingua keeps them in static maps, shared by all detectors); the next
     * guess loads them again.
     */
    public void release() {
        Holder.DETECTOR.unloadLanguageModels();
    }

    /** Lingua's cost grows with the text; the first 600 characters tell a long e-mail's language as well. */
    private static String sample(String text) {
        return text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS);
    }

    public Optional<String> guess(String text) {
        if (text == null || letters(text) < MIN_LETTERS) {
            return Optional.empty();
        }
        String sample = sample(text);
        Optional<String> clear = FUNCTION_WORDS.clearLanguage(sample);
        return clear.isPresent() ? clear : detect(sample);
    }

    /** Lingua's answer for a sample. */
    static Optional<String> detect(String sample) {
        Language language = Holder.DETECTOR.detectLanguageOf(sample);
        if (language == Language.UNKNOWN) {
            return Optional.empty();
        }
        return Optional.of(code(language));
    }

    private static String code(Language language) {
        return language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    }

    static int letters(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                letters++;
            }
        }
        return letters;
    }
}

package nl.commsaudit.text;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import java.util.Optional;

/**
 * The language a text is written in, as an ISO 639-1 code, with Lingua (statistical n-gram models,
 * accurate on short texts) over the languages buyers write in. Texts under 20 letters are too short to
 * tell, and a text Lingua cannot tell apart with confidence gets no answer either. The models are
 * loaded once, on first use; thread-safe.
 */
public final class LanguageGuesser {

    /** Fewer letters than this and the language is not judged (rules.md, AMZ-MSG-WRONG-LANGUAGE). */
    public static final int MIN_LETTERS = 20;
    private static final int MAX_CHARS = 600;
    private static final Language[] LANGUAGES = {Language.DUTCH, Language.ENGLISH, Language.GERMAN, Language.FRENCH,
        Language.SPANISH, Language.ITALIAN, Language.POLISH, Language.SWEDISH};

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

    /**
     * Unloads the n-gram models (Lingua keeps them in static maps, shared by all detectors); the next
     * guess loads them again.
     */
    public void release() {
        Holder.DETECTOR.unloadLanguageModels();
    }

    public Optional<String> guess(String text) {
        if (text == null || letters(text) < MIN_LETTERS) {
            return Optional.empty();
        }
        // Lingua's cost grows with the text; the first 600 characters tell a long e-mail's language as well
        String sample = text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS);
        Language language = Holder.DETECTOR.detectLanguageOf(sample);
        if (language == Language.UNKNOWN) {
            return Optional.empty();
        }
        return Optional.of(language.getIsoCode639_1().name().toLowerCase(Locale.ROOT));
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

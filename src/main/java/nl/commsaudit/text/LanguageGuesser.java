package nl.commsaudit.text;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The language a text is written in, as an ISO 639-1 code, with Lingua (statistical n-gram models,
 * accurate on short texts) over the languages buyers write in. Texts under 20 letters are too short to
 * tell, and a text Lingua cannot tell apart with confidence gets no answer either. The models are
 * loaded once, on first use; thread-safe.
 *
 * <p>A guess costs some 0.3 ms (Lingua looks every n-gram up in eight languages' models), and sellers send
 * the same wording to many buyers with only an order number or a date changed: the answers are remembered
 * by the text with its digits masked ({@link #key}), which gives Lingua the same input, so the same
 * answer; the most recently used {@value #REMEMBERED} (some MB). On the 1,000,000-message export 27% of
 * the 81,341 guesses are answered so (39% would be with all answers kept; repeats lie far apart, as the
 * sellers' messages are interleaved).
 */
public final class LanguageGuesser {

    /** Fewer letters than this and the language is not judged (rules.md, AMZ-MSG-WRONG-LANGUAGE). */
    public static final int MIN_LETTERS = 20;
    private static final int MAX_CHARS = 600;
    /** Answers remembered at most, the least recently used forgotten first. */
    static final int REMEMBERED = 16_384;
    private static final Language[] LANGUAGES = {Language.DUTCH, Language.ENGLISH, Language.GERMAN, Language.FRENCH,
        Language.SPANISH, Language.ITALIAN, Language.POLISH, Language.SWEDISH};

    /** By {@link #key}; guarded by itself (the workers guess in parallel; a lookup is short, Lingua is not). */
    private final Map<String, Optional<String>> remembered;

    public LanguageGuesser() {
        this(REMEMBERED);
    }

    LanguageGuesser(int capacity) {
        this.remembered = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Optional<String>> eldest) {
                return size() > capacity;
            }
        };
    }

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
        synchronized (remembered) {
            remembered.clear();
        }
    }

    /** Number of answers remembered now. */
    int remembered() {
        synchronized (remembered) {
            return remembered.size();
        }
    }

    /** Whether the answer for {@code text} is remembered (without counting as a use). */
    boolean remembers(String text) {
        synchronized (remembered) {
            return remembered.containsKey(key(sample(text)));
        }
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
        String key = key(sample);
        Optional<String> answer;
        synchronized (remembered) {
            answer = remembered.get(key);
        }
        if (answer == null) {
            answer = detect(sample); // outside the lock; two threads may detect the same text, both alike
            synchronized (remembered) {
                remembered.put(key, answer);
            }
        }
        return answer;
    }

    /** Lingua's answer for a sample, not remembered. */
    static Optional<String> detect(String sample) {
        Language language = Holder.DETECTOR.detectLanguageOf(sample);
        if (language == Language.UNKNOWN) {
            return Optional.empty();
        }
        return Optional.of(language.getIsoCode639_1().name().toLowerCase(Locale.ROOT));
    }

    /**
     * The sample with each run of digits 0-9 written as one {@code 0}. Two samples with the same key differ
     * only in the digits of their digit runs, and Lingua's clean-up (trim, lower case, punctuation and then
     * every {@code \p{N}} removed, white space collapsed) turns both into the same text: a digit is no
     * white space, no letter and no punctuation, so the steps before its removal treat both alike.
     */
    static String key(String sample) {
        StringBuilder key = null;
        int n = sample.length();
        for (int i = 0; i < n; i++) {
            char c = sample.charAt(i);
            if (isDigit(c)) {
                if (key == null) {
                    key = new StringBuilder(n).append(sample, 0, i);
                }
                if (i == 0 || !isDigit(sample.charAt(i - 1))) {
                    key.append('0');
                }
            } else if (key != null) {
                key.append(c);
            }
        }
        return key == null ? sample : key.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
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

package nl.commsaudit.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Swearing and insults in Dutch, English and French. Dutch swearing lives in compounds and inflections
 * ("kankerlijer", "tyfushoer", "klerezooi"), so words are matched on normalised tokens and their
 * compound parts, never as raw substrings, and an allow-list keeps innocent words clean
 * ("kankeronderzoek", "KWF Kankerbestrijding", "klerenkast"):
 * <ul>
 *   <li>{@code abuse-words}: a word that is abusive on its own (klootzak, debiel, fuck);</li>
 *   <li>{@code abuse-stems}: a swear stem that makes any compound abusive (kanker-, tyfus-, tering-);</li>
 *   <li>{@code abuse-addressed}: a word that insults only when aimed at the reader ("u bent een
 *       oplichter", not "wij zijn geen oplichters");</li>
 *   <li>{@code abuse-phrases}: curses of several words ("krijg de tyfus", "rot op", "fuck off");</li>
 *   <li>{@code abuse-allow}: word beginnings that are never abusive (kankeronderzoek, kleren).</li>
 * </ul>
 * Knows nothing of rules; reusable for messages and reviews.
 */
public final class AbuseDetector {

    private static final int MIN_COMPOUND_REST = 3;
    private static final Set<String> SECOND_PERSON = Set.of("je", "jij", "jou", "u", "jullie", "you", "youre", "ur",
            "vous", "tu", "stomme", "vuile", "vieze", "domme", "smerige", "achterlijke", "gore", "stupid", "espece", "sale");
    private static final Set<String> NEGATION = Set.of("geen", "niet", "not", "no", "never", "nooit", "pas", "aucun");

    private final Set<String> words;
    private final Set<String> squeezedWords;
    private final List<String> stems;
    /** The first letters of the stems, and the length of the shortest: most words can be no compound of one. */
    private final String stemInitials;
    private final int shortestStem;
    private final Set<String> addressed;
    private final List<String> allow;
    private final LexiconPattern phrases;

    public AbuseDetector(Lexicon lexicon) {
        this.words = lexicon.words("abuse-words");
        this.squeezedWords = new java.util.HashSet<>();
        for (String word : words) {
            squeezedWords.add(Normalizer.squeeze(word, 2));
        }
        this.stems = List.copyOf(lexicon.words("abuse-stems"));
        this.stemInitials = stems.stream().filter(stem -> !stem.isEmpty()).map(stem -> String.valueOf(stem.charAt(0)))
                .distinct().collect(java.util.stream.Collectors.joining());
        this.shortestStem = stems.stream().mapToInt(String::length).min().orElse(0);
        this.addressed = lexicon.words("abuse-addressed");
        this.allow = List.copyOf(lexicon.words("abuse-allow"));
        this.phrases = lexicon.alternation("abuse-phrases");
    }

    /** Every abusive word or phrase in the text, in order. */
    public List<Match> find(String text) {
        String flat = Normalizer.flat(text);
        List<Match> found = new ArrayList<>();
        List<Normalizer.Token> tokens = Normalizer.tokens(flat);
        for (int i = 0; i < tokens.size(); i++) {
            Normalizer.Token token = tokens.get(i);
            String kind = classify(token, tokens, i);
            if (kind != null) {
                found.add(new Match(kind, flat.substring(token.start(), token.end()),
                        Normalizer.excerpt(flat, token.start(), token.end(), 40)));
            }
        }
        LexiconMatcher matcher = phrases.matcher(flat);
        while (matcher.find()) {
            found.add(new Match("curse", matcher.group(), Normalizer.excerpt(flat, matcher.start(), matcher.end(), 40)));
        }
        return found;
    }

    private String classify(Normalizer.Token token, List<Normalizer.Token> tokens, int index) {
        String kind = kind(token, tokens, index);
        return kind == null || allowed(token.text()) ? null : kind; // most words are clean: the allow-list only for the others
    }

    private String kind(Normalizer.Token token, List<Normalizer.Token> tokens, int index) {
        String word = token.text();
        String squeezed = Normalizer.squeeze(word);
        if ((token.disguised() || !squeezed.equals(word)) && (stems.contains(word) || stems.contains(squeezed))) {
            return "disguised swearword"; // "k@nker", "k a n k e r", "kankerrr": the trick shows the intent
        }
        if (words.contains(word) || words.contains(squeezed) || squeezedWords.contains(Normalizer.squeeze(word, 2))) {
            return "swearword";
        }
        // squeezing keeps a word's first letter: a word no stem begins with is no compound of one
        if (word.length() >= shortestStem + MIN_COMPOUND_REST && stemInitials.indexOf(word.charAt(0)) >= 0) {
            for (String stem : stems) {
                if (compoundOf(word, stem) || compoundOf(squeezed, stem)) {
                    return "swear compound";
                }
            }
        }
        if ((addressed.contains(word) || addressed.contains(squeezed)) && aimedAtReader(tokens, index)) {
            return "insult";
        }
        return null;
    }

    private static boolean compoundOf(String word, String stem) {
        return word.length() >= stem.length() + MIN_COMPOUND_REST && word.startsWith(stem);
    }

    private boolean allowed(String word) {
        for (String prefix : allow) {
            if (word.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** "u bent een oplichter", "stomme idioot", "you idiot"; not "wij zijn geen oplichters". */
    private static boolean aimedAtReader(List<Normalizer.Token> tokens, int index) {
        boolean second = false;
        for (int k = Math.max(0, index - 4); k < index; k++) {
            String before = tokens.get(k).text();
            if (NEGATION.contains(before)) {
                return false;
            }
            if (SECOND_PERSON.contains(before)) {
                second = true;
            }
        }
        return second;
    }

}

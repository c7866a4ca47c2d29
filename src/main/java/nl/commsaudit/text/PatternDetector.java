package nl.commsaudit.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the phrases of one pattern list ({@link Lexicon}) in flat text: threats, marketing, order
 * handling. The patterns are compiled once into one alternation.
 */
public final class PatternDetector {

    private final String kind;
    private final LexiconPattern pattern;

    public PatternDetector(Lexicon lexicon, String list, String kind) {
        this.kind = kind;
        this.pattern = lexicon.alternation(list);
    }

    /** Every match in the text, in order. */
    public List<Match> find(String text) {
        String flat = Normalizer.lines(text);
        List<Match> found = new ArrayList<>();
        LexiconMatcher matcher = pattern.matcher(flat);
        while (matcher.find()) {
            found.add(new Match(kind, matcher.group(), Normalizer.excerpt(flat, matcher.start(), matcher.end(), 40)));
        }
        return found;
    }

    public boolean matches(String text) {
        return pattern.matcher(Normalizer.lines(text)).find();
    }
}

package nl.commsaudit.text;

import java.util.regex.Matcher;

/**
 * The matches of a {@link LexiconPattern} in a text, one by one, as {@link Matcher#find()} gives them:
 * each the leftmost after the previous one. Where the text positions at which a match can begin are
 * known, the expression is tried only there (anchored, seeing the text around it for {@code \b} and
 * look-arounds) instead of at every position; a position left out cannot begin a match, so the
 * matches are the same.
 */
public final class LexiconMatcher {

    private final Matcher matcher;
    /** Ascending, repeats possible; {@code null}: try every position. */
    private final int[] positions;
    private int next;
    /** Where the next match may begin at the earliest. */
    private int from;

    /** Finds nothing. */
    static final LexiconMatcher NONE = new LexiconMatcher(null, new int[0]);

    LexiconMatcher(Matcher matcher, int[] positions) {
        this.matcher = matcher;
        this.positions = positions;
        if (positions != null && matcher != null) {
            matcher.useTransparentBounds(true).useAnchoringBounds(false);
        }
    }

    /** Finds the next match; as {@link Matcher#find()}. */
    public boolean find() {
        if (positions == null) {
            return matcher.find();
        }
        if (next >= positions.length) {
            return false; // also NONE, which has no matcher
        }
        int length = matcher.regionEnd();
        while (next < positions.length) {
            int at = positions[next++];
            if (at < from || next > 1 && at == positions[next - 2]) {
                continue;
            }
            matcher.region(at, length);
            if (matcher.lookingAt()) {
                from = matcher.end() > matcher.start() ? matcher.end() : matcher.end() + 1;
                return true;
            }
        }
        return false;
    }

    public int start() {
        return matcher.start();
    }

    public int end() {
        return matcher.end();
    }

    public String group() {
        return matcher.group();
    }
}

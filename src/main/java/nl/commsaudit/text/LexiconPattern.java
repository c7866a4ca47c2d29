package nl.commsaudit.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * One list of a {@link Lexicon} compiled for a single pass over a text: the alternation of its
 * patterns, each pattern guarded by the literal words without which it cannot match (its "anchors":
 * {@code \b(wij|we) (weten|weet) waar (je|u) woont} cannot match a text that lacks "waar", "woont",
 * one of "weten" and "weet", or one of "wij" and "we"). One Aho-Corasick pass ({@link Anchors}) tells
 * which anchors a text holds; only the patterns with a word of each of their required elements in the
 * text are run, as one alternation in the list's order (compiled once per combination and kept). A
 * pattern that cannot match anywhere in the text cannot change any match of the alternation, so the
 * answer is always the full expression's: the automaton only leaves out patterns that cannot match.
 * Most messages hold the anchors of none or a few of a list's patterns, and the alternation is tried
 * at every position of a text, so this is most of the cost saved. A pattern whose anchors cannot be
 * read off safely is always run.
 *
 * <p>The same pass tells where a match can begin: every match of {@code \b(laat|geef)\b[^.!?\n]{0,80}\breview}
 * begins with "laat" or "geef" (the pattern's "beginnings", {@link #starts}). When every pattern run has
 * beginnings, the alternation is tried only where one of them occurs, in order ({@link LexiconMatcher}),
 * instead of at every position of the text: the same matches, as the positions left out cannot begin
 * one.
 */
public final class LexiconPattern {

    private static final Pattern NOTHING = Pattern.compile("(?!)");
    /**
     * Combinations compiled and kept per list (memory stays bounded); a text with another combination,
     * once this many are kept, gets the full expression: the same answer, only slower.
     */
    private static final int COMBINATIONS = 512;

    private final List<String> lines;
    private final Pattern pattern;
    /**
     * Per pattern: the numbers ({@link Anchors}) of its required words, a list per element of which the
     * text must hold one word each; {@code null} when it is always run.
     */
    private final int[][][] anchors;
    private final boolean guarded;
    /** Per pattern: the numbers ({@link Anchors}) of the words its matches begin with; {@code null} when unknown. */
    private final int[][] starts;
    private final Choice full;
    private final Map<BitSet, Choice> combinations = new ConcurrentHashMap<>();

    /**
     * An alternation of some of the patterns, and the numbers of the words their matches begin with
     * ({@code null} when a pattern's beginnings are unknown: then it is tried at every position).
     */
    private record Choice(Pattern pattern, BitSet startIds) {
    }

    /** No pattern can match: tried nowhere. */
    private static final Choice NONE = new Choice(NOTHING, new BitSet());

    LexiconPattern(List<String> lines) {
        this.lines = List.copyOf(lines);
        this.pattern = alternation(this.lines, null);
        this.anchors = new int[lines.size()][][];
        boolean any = false;
        for (int i = 0; i < lines.size(); i++) {
            List<List<String>> required = required(lines.get(i));
            if (required != null) {
                anchors[i] = required.stream().map(Anchors::register).toArray(int[][]::new);
                any = true;
            }
        }
        this.guarded = any;
        this.starts = new int[lines.size()][];
        for (int i = 0; i < lines.size(); i++) {
            List<Start> words = starts(lines.get(i));
            starts[i] = words == null ? null : words.stream()
                    .mapToInt(start -> Anchors.registerStart(start.word(), start.atWordStart())).toArray();
        }
        BitSet all = new BitSet(lines.size());
        all.set(0, lines.size());
        this.full = new Choice(pattern, startIds(all));
    }

    /** The numbers of the words the chosen patterns' matches begin with, or {@code null} if one is unknown. */
    private BitSet startIds(BitSet chosen) {
        BitSet ids = new BitSet();
        for (int i = chosen.nextSetBit(0); i >= 0; i = chosen.nextSetBit(i + 1)) {
            if (starts[i] == null) {
                return null;
            }
            for (int id : starts[i]) {
                ids.set(id);
            }
        }
        return ids;
    }

    private static Pattern alternation(List<String> lines, BitSet chosen) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (chosen == null || chosen.get(i)) {
                parts.add("(?:" + lines.get(i) + ")");
            }
        }
        return parts.isEmpty() ? NOTHING : Pattern.compile(String.join("|", parts));
    }

    /** A matcher over the text, of the patterns whose anchors the text holds, tried where they can begin. */
    public LexiconMatcher matcher(CharSequence text) {
        if (!guarded && full.startIds() == null) {
            return new LexiconMatcher(pattern.matcher(text), null);
        }
        Anchors.Scan scan = Anchors.scan(text);
        Choice choice = guarded ? choice(chosen(scan.present())) : full;
        if (choice == NONE) {
            return LexiconMatcher.NONE; // most texts hold no anchor of most lists: no matcher to make
        }
        return new LexiconMatcher(choice.pattern().matcher(text), choice.startIds() == null ? null : positions(scan, choice.startIds()));
    }

    private Choice choice(BitSet chosen) {
        if (chosen.isEmpty()) {
            return NONE;
        }
        if (chosen.cardinality() == lines.size()) {
            return full;
        }
        Choice some = combinations.get(chosen);
        if (some == null) {
            if (combinations.size() >= COMBINATIONS) {
                return full;
            }
            some = combinations.computeIfAbsent(chosen, c -> new Choice(alternation(lines, c), startIds(c)));
        }
        return some;
    }

    /** Where in the scanned text a word of {@code ids} begins, in ascending order (repeats possible). */
    private static int[] positions(Anchors.Scan scan, BitSet ids) {
        int[] at = new int[scan.count()];
        int n = 0;
        for (int i = 0; i < scan.count(); i++) {
            if (ids.get(scan.startIds()[i])) {
                at[n++] = scan.startsAt()[i];
            }
        }
        Arrays.sort(at, 0, n);
        return n == at.length ? at : Arrays.copyOf(at, n);
    }

    /** The patterns (by their place in the list) that can match somewhere in the text. */
    BitSet chosen(CharSequence text) {
        return chosen(Anchors.present(text));
    }

    private BitSet chosen(BitSet present) {
        BitSet chosen = new BitSet(lines.size());
        for (int i = 0; i < anchors.length; i++) {
            if (anchors[i] == null || allOf(anchors[i], present)) {
                chosen.set(i);
            }
        }
        return chosen;
    }

    /** Whether the text holds a word of every list. */
    private static boolean allOf(int[][] elements, BitSet present) {
        for (int[] words : elements) {
            if (!anyOf(words, present)) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyOf(int[] words, BitSet present) {
        for (int word : words) {
            if (present.get(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether anchors guard patterns of this list (for tests and the README's figures). */
    boolean prefiltered() {
        return guarded;
    }

    /** The full alternation, unguarded. */
    public Pattern pattern() {
        return pattern;
    }

    /**
     * Literals of which every match of the pattern contains one, or {@code null} when they cannot be
     * read off safely. The pattern is read as a sequence of elements (literal runs, groups, classes);
     * of the elements that every match must contain, the one with the longest shortest word is taken,
     * as longer words are rarer: in {@code \\b(wij|we) (weten|weet) waar} that is "waar".
     */
    static List<String> anchors(String regex) {
        if (regex.contains("(?i") || regex.contains("(?u")) {
            return null;
        }
        List<String> parts = alternatives(regex);
        if (parts.size() == 1) {
            return sequenceAnchors(regex);
        }
        List<String> all = new ArrayList<>();
        for (String part : parts) {
            List<String> found = sequenceAnchors(part);
            if (found == null) {
                return null;
            }
            all.addAll(found);
        }
        return all;
    }

    /**
     * A literal beginning of a pattern's matches; {@code atWordStart} when the match begins only where a
     * word begins (the pattern checks {@code \b} there, and the word begins with a word character).
     */
    record Start(String word, boolean atWordStart) {
    }

    /**
     * Literal beginnings of which every match of the pattern begins with one ("laat" or "geef" for
     * {@code \b(laat|geef)\b[^.!?\n]{0,80}\breview}), or {@code null} when they cannot be read off safely:
     * a pattern that begins with a character class, an escape other than {@code \b}, a look-around, or
     * an optional element. For each alternative, the literal characters before the first that is not
     * one, less the last if a quantifier makes it optional ("review" for {@code reviews?}).
     */
    static List<Start> starts(String regex) {
        if (regex.contains("(?i") || regex.contains("(?u")) {
            return null;
        }
        return starts(regex, false);
    }

    private static List<Start> starts(String regex, boolean atWordStart) {
        List<Start> all = new ArrayList<>();
        for (String part : alternatives(regex)) {
            List<Start> found = sequenceStarts(part, atWordStart);
            if (found == null) {
                return null;
            }
            all.addAll(found);
        }
        return all;
    }

    private static List<Start> sequenceStarts(String regex, boolean atWordStart) {
        int i = 0;
        boolean bounded = atWordStart;
        while (regex.startsWith("\\b", i)) {
            i += 2;
            bounded = true;
        }
        if (i >= regex.length()) {
            return null;
        }
        char c = regex.charAt(i);
        if (c == '(') {
            int close = closing(regex.substring(i));
            if (close < 0) {
                return null;
            }
            int after = i + close + 1;
            if (after < regex.length() && isQuantifier(regex.charAt(after)) && optional(regex, after)) {
                return null;
            }
            String inner = regex.substring(i + 1, i + close);
            if (inner.startsWith("?:")) {
                inner = inner.substring(2);
            } else if (inner.startsWith("?")) {
                return null; // a look-around or flags
            }
            return starts(inner, bounded);
        }
        if (!literal(c)) {
            return null;
        }
        int next = i;
        while (next < regex.length() && literal(regex.charAt(next))) {
            next++;
        }
        int end = next < regex.length() && isQuantifier(regex.charAt(next)) && optional(regex, next) ? next - 1 : next;
        if (end <= i) {
            return null;
        }
        return List.of(new Start(regex.substring(i, end), bounded && Anchors.isWordCharacter(c)));
    }

    private static List<String> sequenceAnchors(String regex) {
        List<String> best = null;
        for (List<String> element : requiredElements(regex)) {
            if (best == null || score(element) > score(best)) {
                best = element;
            }
        }
        return best;
    }

    /**
     * Every match of the pattern holds a word of each of these lists, or {@code null} when nothing can
     * be read off safely. For a sequence: the anchors of each element that every match must contain
     * ("woont" and "weet|weten" in {@code \b(wij|we) (weten|weet) waar (je|u) woont}); for top-level
     * alternatives: one list, the anchors of {@link #anchors}.
     */
    static List<List<String>> required(String regex) {
        if (regex.contains("(?i") || regex.contains("(?u")) {
            return null;
        }
        if (alternatives(regex).size() > 1) {
            List<String> any = anchors(regex);
            return any == null || any.isEmpty() ? null : List.of(any);
        }
        List<List<String>> elements = requiredElements(regex);
        return elements.isEmpty() ? null : elements;
    }

    /** The anchors of each element of a sequence that every match must contain, in the sequence's order. */
    private static List<List<String>> requiredElements(String regex) {
        List<List<String>> found = new ArrayList<>();
        int i = 0;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            List<String> candidate = null;
            int next;
            if (c == '\\') {
                next = i + 2; // an escape: \\b, \\s, \\d, \\. are no anchors
            } else if (c == '[') {
                next = classEnd(regex, i) + 1;
                if (next <= 0) {
                    return found;
                }
            } else if (c == '(') {
                int close = closing(regex.substring(i));
                if (close < 0) {
                    return found;
                }
                next = i + close + 1;
                String inner = regex.substring(i + 1, i + close);
                if (inner.startsWith("?:")) {
                    inner = inner.substring(2);
                }
                if (!inner.startsWith("?")) { // not a look-around or flag group
                    candidate = anchors(inner);
                }
            } else if (literal(c)) {
                next = i;
                while (next < regex.length() && literal(regex.charAt(next))) {
                    next++;
                }
                int end = next;
                if (next < regex.length() && isQuantifier(regex.charAt(next))) {
                    end--; // the character before ? * {n,m} may be absent
                }
                String word = regex.substring(i, Math.max(i, end)).strip();
                candidate = word.length() >= 2 ? List.of(word) : null;
                if (next < regex.length() && isQuantifier(regex.charAt(next))) {
                    next = skipQuantifier(regex, next); // it applied to the last character only, left out above
                }
            } else {
                next = i + 1; // . ^ $ and quantifiers of what came before
            }
            if (next < regex.length() && isQuantifier(regex.charAt(next))) {
                candidate = optional(regex, next) ? null : candidate;
                next = skipQuantifier(regex, next);
            }
            if (candidate != null && !candidate.isEmpty()) {
                found.add(candidate);
            }
            i = next;
        }
        return found;
    }

    /** The length of the shortest word: how rare the element is likely to be. */
    private static int score(List<String> words) {
        return words.stream().mapToInt(String::length).min().orElse(0) * 100 - Math.min(99, words.size());
    }

    private static boolean isQuantifier(char c) {
        return c == '?' || c == '*' || c == '+' || c == '{';
    }

    /** Whether the quantifier at {@code at} allows zero repetitions. */
    private static boolean optional(String regex, int at) {
        char c = regex.charAt(at);
        return c == '?' || c == '*' || (c == '{' && regex.startsWith("{0", at));
    }

    private static int skipQuantifier(String regex, int at) {
        int next = at;
        if (regex.charAt(next) == '{') {
            int close = regex.indexOf('}', next);
            next = close < 0 ? regex.length() : close + 1;
        } else {
            next++;
        }
        if (next < regex.length() && (regex.charAt(next) == '?' || regex.charAt(next) == '+')) {
            next++; // lazy or possessive
        }
        return next;
    }

    private static int classEnd(String regex, int open) {
        for (int i = open + 1; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == ']' && i > open + 1) {
                return i;
            }
        }
        return -1;
    }

    private static boolean literal(char c) {
        return Character.isLetterOrDigit(c) || c == ' ' || c == '\'' || c == '’' || c == '-' || c == '€';
    }

    /** The index of the parenthesis closing the group that opens at 0, or -1. */
    private static int closing(String regex) {
        return walk(regex, null);
    }

    /** The top-level alternatives of a group's inside. */
    private static List<String> alternatives(String inner) {
        List<Integer> bars = new ArrayList<>();
        walk(inner, bars);
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int bar : bars) {
            parts.add(inner.substring(start, bar));
            start = bar + 1;
        }
        parts.add(inner.substring(start));
        return parts;
    }

    /**
     * Walks an expression outside escapes and character classes. Without {@code bars}: returns where
     * the group opening at 0 closes (or -1). With {@code bars}: collects the top-level {@code |}.
     */
    private static int walk(String regex, List<Integer> bars) {
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0 && bars == null) {
                    return i;
                }
            } else if (c == '|' && depth == 0 && bars != null) {
                bars.add(i);
            }
        }
        return -1;
    }
}

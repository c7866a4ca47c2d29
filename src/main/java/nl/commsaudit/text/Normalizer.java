package nl.commsaudit.text;

import java.text.Normalizer.Form;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns text into what the lexicons are written in: lower case, without diacritics ("één" becomes
 * "een", "Mongolië" "mongolie"), white space collapsed. {@link #tokens} also undoes the usual spelling
 * tricks: symbols and digits inside a word ("k@nker", "k4nker", "sh1t"), and letters written apart
 * ("k a n k e r", "k.a.n.k.e.r").
 */
public final class Normalizer {


    private Normalizer() {
    }

    /** Lower case, no diacritics, single spaces. */
    public static String flat(String text) {
        return LAST_FLAT.of(text); // several detectors flatten the same message text
    }

    private static final LastAnswer LAST_FLAT = new LastAnswer(Normalizer::computeFlat);

    private static String computeFlat(String text) {
        char[] folded = folded(text);
        int length = collapseInPlace(folded, WHITE_SPACE, false);
        return new String(folded, 0, length).strip();
    }

    /**
     * Lower case, no diacritics, spaces collapsed within each line but line breaks kept (several become
     * one), so that patterns can stop at the end of a line as at the end of a sentence. A dot between
     * two word characters ("bol.com", "3.5") becomes a one-dot leader, so it does not end a sentence.
     */
    public static String lines(String text) {
        return LAST_LINES.of(text); // every detector normalises the same message text
    }

    private static final LastAnswer LAST_LINES = new LastAnswer(Normalizer::computeLines);

    private static String computeLines(String text) {
        char[] folded = folded(text);
        int length = collapseInPlace(folded, LINE_SPACE, true);
        innerDots(folded, length); // "bol.com", "12.50": not a sentence end
        return new String(folded, 0, length).strip();
    }

    /**
     * What decomposing (NFKD, "ß" as "ss"), removing the marks and lower-casing make of each character
     * of Latin-1 ({@code "é"} to {@code "e"}, {@code "\u00A0"} to {@code " "}, {@code "½"} to
     * {@code "1⁄2"}): for a text of those characters alone the three are a lookup per character, as none
     * of them is a mark or lower-cases by its neighbours. Most message texts are such a text, and
     * {@link java.text.Normalizer} with the passes after it was a tenth of the judging.
     */
    private static final char[][] LATIN1 = new char[256][];

    static {
        for (char c = 0; c < LATIN1.length; c++) {
            LATIN1[c] = foldedSlowly(String.valueOf(c));
        }
    }

    /**
     * The text decomposed (NFKD, "ß" as "ss"), without marks and in lower case; white space is left as
     * it is (none of the three makes or takes any, so collapsing it before or after is the same).
     */
    private static char[] folded(String text) {
        char[] folded = latin1Folded(text);
        return folded != null ? folded : foldedSlowly(text);
    }

    private static char[] foldedSlowly(String text) {
        String decomposed = java.text.Normalizer.normalize(text.replace("ß", "ss"), Form.NFKD);
        return withoutMarks(decomposed).toLowerCase(Locale.ROOT).toCharArray();
    }

    /** The text decomposed, without marks and in lower case when it is all Latin-1; {@code null} if it is not. */
    private static char[] latin1Folded(String text) {
        int n = text.length();
        int length = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= LATIN1.length) {
                return null;
            }
            length += LATIN1[c].length;
        }
        char[] out = new char[length];
        int at = 0;
        for (int i = 0; i < n; i++) {
            char[] folded = LATIN1[text.charAt(i)];
            if (folded.length == 1) {
                out[at++] = folded[0];
            } else {
                System.arraycopy(folded, 0, out, at, folded.length);
                at += folded.length;
            }
        }
        return out;
    }

    // The passes below are what a regular expression replacement would do (NormalizerTest holds each to
    // its expression on random texts), in one loop over the characters: every detector's text goes
    // through them, and at a million messages the regular expressions were a tenth of the judging.

    /** {@code \s} of {@link java.util.regex.Pattern}. */
    static final String WHITE_SPACE = " \t\n\u000B\f\r";
    /** White space within a line: {@code [\t\x0B\f\r\u00A0 ]}. */
    static final String LINE_SPACE = "\t\u000B\f\r\u00A0 ";

    /**
     * Each run of the given characters as one space: {@code [spaces]+} replaced by {@code " "}.
     *
     * @param spaces white space at or below U+0020, and U+00A0
     */
    static String collapse(CharSequence text, String spaces) {
        char[] chars = chars(text);
        return new String(chars, 0, collapseInPlace(chars, spaces, false));
    }

    private static char[] chars(CharSequence text) {
        char[] chars = new char[text.length()];
        if (text instanceof String string) {
            string.getChars(0, chars.length, chars, 0);
        } else if (text instanceof StringBuilder builder) {
            builder.getChars(0, chars.length, chars, 0);
        } else {
            for (int i = 0; i < chars.length; i++) {
                chars[i] = text.charAt(i);
            }
        }
        return chars;
    }

    /** Whether {@code c} is {@code \s} of {@link java.util.regex.Pattern} ({@link #WHITE_SPACE}). */
    static boolean isWhiteSpace(char c) {
        return isOneOf(c, WHITE_SPACE);
    }

    /** Whether {@code c} is one of the space characters; all of them are a space, a control or U+00A0. */
    private static boolean isOneOf(char c, String spaces) {
        return (c <= ' ' || c == '\u00A0') && spaces.indexOf(c) >= 0;
    }

    /**
     * Each run of the given spaces as one space, then a line break with a space before it and the spaces
     * and line breaks after it as one line break: {@code [spaces]+} replaced by {@code " "}, then
     * {@code " ?\n[\n ]*"} by {@code "\n"}. In one pass: a run of spaces and line breaks becomes a line
     * break if it holds one, else a space.
     *
     * @param spaces white space at or below U+0020, and U+00A0; not the line break
     */
    public static String collapseLines(CharSequence text, String spaces) {
        char[] chars = chars(text);
        return new String(chars, 0, collapseInPlace(chars, spaces, true));
    }

    /**
     * Collapses the characters in place (each is read before its place is written) and returns how many
     * are left at the front: runs of {@code spaces} (with {@code lineBreaks}: of spaces and line breaks)
     * as one space, or as one line break when the run holds one.
     */
    private static int collapseInPlace(char[] chars, String spaces, boolean lineBreaks) {
        int n = chars.length;
        // the spaces as a bit per character up to U+003F (all of them are at or below U+0020) and U+00A0
        long low = lineBreaks ? 1L << '\n' : 0;
        boolean nbsp = false;
        for (int i = 0; i < spaces.length(); i++) {
            char space = spaces.charAt(i);
            if (space == '\u00A0') {
                nbsp = true;
            } else {
                low |= 1L << space;
            }
        }
        int length = 0;
        int i = 0;
        while (i < n) {
            char c = chars[i];
            if (c < 64 ? (low >>> c & 1) != 0 : nbsp && c == '\u00A0') {
                boolean lineBreak = false;
                while (i < n && ((c = chars[i]) < 64 ? (low >>> c & 1) != 0 : nbsp && c == '\u00A0')) {
                    lineBreak |= c == '\n';
                    i++;
                }
                chars[length++] = lineBreak && lineBreaks ? '\n' : ' ';
            } else {
                chars[length++] = c;
                i++;
            }
        }
        return length;
    }

    /** Every dot between two word characters of the first {@code n} as a one-dot leader: {@code (?<=\w)\.(?=\w)}. */
    private static void innerDots(char[] chars, int n) {
        // a dot made a leader is no word character, as the dot was not: later dots see the same neighbours
        for (int i = 1; i + 1 < n; i++) {
            if (chars[i] == '.' && isAsciiWordChar(chars[i - 1]) && isAsciiWordChar(chars[i + 1])) {
                chars[i] = '\u2024';
            }
        }
    }

    /** {@code \w} of {@link java.util.regex.Pattern}. */
    private static boolean isAsciiWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /** The text without combining marks: {@code \p{M}} removed. */
    static String withoutMarks(String text) {
        int n = text.length();
        int first = 0;
        while (first < n && (text.charAt(first) < 0x300 || !isMark(text.codePointAt(first)))) {
            first += Character.charCount(text.codePointAt(first));
        }
        if (first >= n) {
            return text;
        }
        StringBuilder out = new StringBuilder(n).append(text, 0, first);
        for (int i = first; i < n; ) {
            int codePoint = text.codePointAt(i);
            if (!isMark(codePoint)) {
                out.appendCodePoint(codePoint);
            }
            i += Character.charCount(codePoint);
        }
        return out.toString();
    }

    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /**
     * A word of the text with where it stands in the flat text.
     *
     * @param disguised whether it was written with tricks: symbols or digits for letters, letters apart
     */
    public record Token(String text, int start, int end, boolean disguised) {
    }

    /** The words of a flat text, with spelling tricks undone. */
    public static List<Token> tokens(String flat) {
        List<Token> raw = new ArrayList<>();
        int i = 0;
        int n = flat.length();
        while (i < n) {
            while (i < n && !isWordChar(flat, i)) {
                i++;
            }
            int start = i;
            while (i < n && isWordChar(flat, i)) {
                i++;
            }
            if (i > start) {
                String written = flat.substring(start, i);
                String word = deLeet(written);
                if (!word.isEmpty()) {
                    raw.add(new Token(word, start, i, !word.equals(written)));
                }
            }
        }
        return joinSpelledOut(raw, flat);
    }

    /** Letters, digits, and the symbols used for letters when they stand between letters. */
    private static boolean isWordChar(String s, int i) {
        char c = s.charAt(i);
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        if (c == '@' || c == '$' || c == '*' || c == '!' || c == '3' || c == '€') {
            boolean before = i > 0 && Character.isLetter(s.charAt(i - 1));
            boolean after = i + 1 < s.length() && Character.isLetter(s.charAt(i + 1));
            return before && after;
        }
        return false;
    }

    /** "k@nk3r" to "kanker"; a number stays a number. */
    static String deLeet(String word) {
        boolean letters = false;
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetter(word.charAt(i))) {
                letters = true;
                break;
            }
        }
        if (!letters || !hasLeet(word)) {
            return word; // most words: nothing to undo, nothing to copy
        }
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            out.append(unLeet(word.charAt(i)));
        }
        return out.toString();
    }

    /** The letter a symbol or digit stands for in a spelling trick, or the character itself. */
    private static char unLeet(char c) {
        return switch (c) {
            case '@', '4' -> 'a';
            case '3', '€' -> 'e';
            case '1', '!' -> 'i';
            case '0' -> 'o';
            case '$', '5' -> 's';
            case '7' -> 't';
            default -> c;
        };
    }

    private static boolean hasLeet(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (unLeet(word.charAt(i)) != word.charAt(i)) {
                return true;
            }
        }
        return false;
    }

    /** Three or more single letters in a row ("k a n k e r") are one word. */
    private static List<Token> joinSpelledOut(List<Token> tokens, String flat) {
        List<Token> out = new ArrayList<>(tokens.size());
        int i = 0;
        while (i < tokens.size()) {
            int j = i;
            while (j < tokens.size() && tokens.get(j).text().length() == 1 && Character.isLetter(tokens.get(j).text().charAt(0))) {
                j++;
            }
            if (j - i >= 3) {
                StringBuilder word = new StringBuilder();
                for (int k = i; k < j; k++) {
                    word.append(tokens.get(k).text());
                }
                out.add(new Token(word.toString(), tokens.get(i).start(), tokens.get(j - 1).end(), true));
                i = j;
            } else {
                out.add(tokens.get(i));
                i++;
            }
        }
        return out;
    }

    /** Runs of three or more equal letters shortened to one ("kankerrr" to "kanker"). */
    public static String squeeze(String word) {
        return squeeze(word, 3);
    }

    /** Runs of {@code minRun} or more equal letters shortened to one. */
    public static String squeeze(String word, int minRun) {
        if (!hasRun(word, minRun)) {
            return word; // most words: nothing to shorten, nothing to copy
        }
        StringBuilder out = new StringBuilder(word.length());
        int i = 0;
        while (i < word.length()) {
            int j = i;
            while (j < word.length() && word.charAt(j) == word.charAt(i)) {
                j++;
            }
            out.append(word, i, j - i >= minRun ? i + 1 : j);
            i = j;
        }
        return out.toString();
    }

    private static boolean hasRun(String word, int minRun) {
        int run = 1;
        for (int i = 1; i < word.length(); i++) {
            run = word.charAt(i) == word.charAt(i - 1) ? run + 1 : 1;
            if (run >= minRun) {
                return true;
            }
        }
        return false;
    }

    /** The text around a span, for evidence: up to {@code context} characters either side. */
    public static String excerpt(String text, int start, int end, int context) {
        int from = Math.max(0, start - context);
        int to = Math.min(text.length(), end + context);
        return (from > 0 ? "…" : "") + collapse(text.substring(from, to), WHITE_SPACE).strip() + (to < text.length() ? "…" : "");
    }

    /**
     * A function of a text that remembers, per thread, its last four answers (by the text's identity,
     * {@link RecentAnswers}): the detectors and rules of one message normalise its own text, and in between
     * its sentences and subject, which would push out a single remembered answer. The same answer
     * object also lets the anchor scan ({@link Anchors}) remember its result for the normalised text.
     */
    private static final class LastAnswer {

        private final java.util.function.UnaryOperator<String> compute;
        private final RecentAnswers<String> recent = new RecentAnswers<>(4);

        LastAnswer(java.util.function.UnaryOperator<String> compute) {
            this.compute = compute;
        }

        String of(String text) {
            String answer = recent.get(text);
            if (answer == null) {
                answer = compute.apply(text);
                recent.put(text, answer);
            }
            return answer;
        }
    }
}

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
        String decomposed = java.text.Normalizer.normalize(text.replace("ß", "ss"), Form.NFKD);
        return collapse(withoutMarks(decomposed), WHITE_SPACE).toLowerCase(Locale.ROOT).strip();
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
        String decomposed = java.text.Normalizer.normalize(text.replace("ß", "ss"), Form.NFKD);
        String lower = withoutMarks(decomposed).toLowerCase(Locale.ROOT);
        String spaced = lineBreaks(collapse(lower, LINE_SPACE));
        return innerDots(spaced).strip(); // "bol.com", "12.50": not a sentence end
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
        int n = text.length();
        StringBuilder out = new StringBuilder(n);
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isOneOf(c, spaces)) {
                while (i < n && isOneOf(text.charAt(i), spaces)) {
                    i++;
                }
                out.append(' ');
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Whether {@code c} is {@code \s} of {@link java.util.regex.Pattern} ({@link #WHITE_SPACE}). */
    static boolean isWhiteSpace(char c) {
        return isOneOf(c, WHITE_SPACE);
    }

    /** Whether {@code c} is one of the space characters; all of them are a space, a control or U+00A0. */
    private static boolean isOneOf(char c, String spaces) {
        return (c <= ' ' || c == '\u00A0') && spaces.indexOf(c) >= 0;
    }

    /** A line break with a space before it and the spaces and line breaks after it as one line break: {@code " ?\n[\n ]*"}. */
    static String lineBreaks(String text) {
        if (text.indexOf('\n') < 0) {
            return text;
        }
        int n = text.length();
        StringBuilder out = new StringBuilder(n);
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' || c == ' ' && i + 1 < n && text.charAt(i + 1) == '\n') {
                i += c == ' ' ? 2 : 1;
                while (i < n && (text.charAt(i) == '\n' || text.charAt(i) == ' ')) {
                    i++;
                }
                out.append('\n');
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Every dot between two word characters as a one-dot leader: {@code (?<=\w)\.(?=\w)}. */
    static String innerDots(String text) {
        int dot = text.indexOf('.');
        if (dot < 0) {
            return text;
        }
        char[] out = null;
        for (int i = Math.max(1, dot); i + 1 < text.length(); i++) {
            if (text.charAt(i) == '.' && isAsciiWordChar(text.charAt(i - 1)) && isAsciiWordChar(text.charAt(i + 1))) {
                if (out == null) {
                    out = text.toCharArray();
                }
                out[i] = '\u2024';
            }
        }
        return out == null ? text : new String(out);
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

package nl.commsaudit.text;

import java.text.Normalizer.Form;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns text into what the lexicons are written in: lower case, without diacritics ("één" becomes
 * "een", "Mongolië" "mongolie"), white space collapsed. {@link #tokens} also undoes the usual spelling
 * tricks: symbols and digits inside a word ("k@nker", "k4nker", "sh1t"), and letters written apart
 * ("k a n k e r", "k.a.n.k.e.r").
 */
public final class Normalizer {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private Normalizer() {
    }

    /** Lower case, no diacritics, single spaces. */
    public static String flat(String text) {
        return LAST_FLAT.of(text); // several detectors flatten the same message text
    }

    private static final LastAnswer LAST_FLAT = new LastAnswer(Normalizer::computeFlat);

    private static String computeFlat(String text) {
        String decomposed = java.text.Normalizer.normalize(text.replace("ß", "ss"), Form.NFKD);
        return SPACE.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll(" ").toLowerCase(Locale.ROOT).strip();
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

    private static final Pattern LINE_SPACE = Pattern.compile("[\\t\\x0B\\f\\r\\u00A0 ]+");
    private static final Pattern LINE_BREAKS = Pattern.compile(" ?\\n[\\s]*");
    private static final Pattern INNER_DOT = Pattern.compile("(?<=\\w)\\.(?=\\w)");

    private static String computeLines(String text) {
        String decomposed = java.text.Normalizer.normalize(text.replace("ß", "ss"), Form.NFKD);
        String lower = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        String spaced = LINE_BREAKS.matcher(LINE_SPACE.matcher(lower).replaceAll(" ")).replaceAll("\n");
        return INNER_DOT.matcher(spaced).replaceAll("\u2024").strip(); // "bol.com", "12.50": not a sentence end
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
        if (!letters) {
            return word;
        }
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            out.append(switch (c) {
                case '@', '4' -> 'a';
                case '3', '€' -> 'e';
                case '1', '!' -> 'i';
                case '0' -> 'o';
                case '$', '5' -> 's';
                case '7' -> 't';
                default -> c;
            });
        }
        return out.toString();
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

    /** The text around a span, for evidence: up to {@code context} characters either side. */
    public static String excerpt(String text, int start, int end, int context) {
        int from = Math.max(0, start - context);
        int to = Math.min(text.length(), end + context);
        return (from > 0 ? "…" : "") + text.substring(from, to).replaceAll("\\s+", " ").strip() + (to < text.length() ? "…" : "");
    }

    /** A function of a text that remembers, per thread, its last answer (by the text's identity). */
    private static final class LastAnswer {

        private final java.util.function.UnaryOperator<String> compute;
        private final ThreadLocal<String[]> last = ThreadLocal.withInitial(() -> new String[2]);

        LastAnswer(java.util.function.UnaryOperator<String> compute) {
            this.compute = compute;
        }

        String of(String text) {
            String[] remembered = last.get();
            if (remembered[0] != text) {
                remembered[1] = compute.apply(text);
                remembered[0] = text;
            }
            return remembered[1];
        }
    }
}

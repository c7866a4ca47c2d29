package nl.commsaudit.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer.Form;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The normaliser's character loops against the regular expressions they replace (kept here as the
 * reference): the same answer on random texts made of the characters that matter (every kind of white
 * space, line breaks, dots between word characters, combining and enclosing marks, a precomposed letter,
 * "ß", a dotted capital I that lower-cases to a letter and a mark, an emoji, a lone surrogate).
 */
class NormalizerTest {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern LINE_SPACE = Pattern.compile("[\\t\\x0B\\f\\r\\u00A0 ]+");
    private static final Pattern LINE_BREAKS = Pattern.compile(" ?\\n[\\s]*");
    private static final Pattern INNER_DOT = Pattern.compile("(?<=\\w)\\.(?=\\w)");
    private static final Pattern TIDY_SPACES = Pattern.compile("[ \\t\\x0B\\f\\u00A0]+");
    private static final Pattern TIDY_BLANK_LINES = Pattern.compile(" ?\\n[\\n ]*");

    private static final String[] PIECES = {"a", "B", "z", "é", "e\u0301", "ß", "İ", "Ω", "_", "1", "9", ".", "..", " ", "  ",
        "\t", "\n", "\r", "\r\n", "\u000B", "\f", "\u00A0", "\u2003", "\u20DD", "\u0903", "😀", "\uD800", "-", "!", "bol.com",
        "12.50", "K@nker", "Mongolië", "\n \n", " \n"};

    private static String flatByRegex(String text) {
        String decomposed = java.text.Normalizer.normalize(text.replace("ß", "ss"), Form.NFKD);
        return SPACE.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll(" ").toLowerCase(Locale.ROOT).strip();
    }

    private static String linesByRegex(String text) {
        String decomposed = java.text.Normalizer.normalize(text.replace("ß", "ss"), Form.NFKD);
        String lower = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        String spaced = LINE_BREAKS.matcher(LINE_SPACE.matcher(lower).replaceAll(" ")).replaceAll("\n");
        return INNER_DOT.matcher(spaced).replaceAll("\u2024").strip();
    }

    private static String tidyByRegex(String text) {
        return TIDY_BLANK_LINES.matcher(TIDY_SPACES.matcher(text).replaceAll(" ")).replaceAll("\n").strip();
    }

    /** Latin-1 alone (the normaliser's table per character): letters with and without marks, compatibility characters. */
    private static final String[] LATIN1_PIECES = {"a", "Z", "é", "Ë", "ß", "ÿ", "Æ", "ø", "ª", "º", "²", "½", "µ", "¨", "´", "¸",
        "\u00A0", "\u00AD", "_", "7", ".", " ", "\t", "\n", "\r", "\u000B", "\f", "\u001C", "\u0085", "bol.com", "12.50", " \n "};

    private static String randomText(Random random, String[] pieces) {
        StringBuilder text = new StringBuilder();
        int count = random.nextInt(40);
        for (int i = 0; i < count; i++) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }

    @Test
    void theLoopsGiveWhatTheRegularExpressionsGave() {
        Random random = new Random(20261201);
        for (int i = 0; i < 40_000; i++) {
            String text = randomText(random, i % 2 == 0 ? PIECES : LATIN1_PIECES);
            assertThat(Normalizer.flat(text)).as("flat %s", text).isEqualTo(flatByRegex(text));
            assertThat(Normalizer.lines(text)).as("lines %s", text).isEqualTo(linesByRegex(text));
            String tidy = Normalizer.collapseLines(text, MessageText.TIDY_SPACE).strip();
            assertThat(tidy).as("tidy %s", text).isEqualTo(tidyByRegex(text));
            assertThat(Normalizer.withoutMarks(text)).as("marks %s", text).isEqualTo(MARKS.matcher(text).replaceAll(""));
            assertThat(Normalizer.collapse(text, Normalizer.WHITE_SPACE)).as("white space %s", text)
                    .isEqualTo(SPACE.matcher(text).replaceAll(" "));
        }
    }

    @Test
    void linesKeepLineBreaksAndTurnInnerDotsIntoLeaders() {
        assertThat(Normalizer.lines("Bestel  via Bol.com \n\n\t Prijs: 12.50 EUR. Dank!"))
                .isEqualTo("bestel via bol\u2024com\nprijs: 12\u202450 eur. dank!");
        assertThat(Normalizer.flat("  Één   Mongolië\nstraße ")).isEqualTo("een mongolie strasse");
    }

    /** A message's own text, normalised again after its sentences were, is the same object (the anchor scan remembers by identity). */
    @Test
    void remembersTheAnswersForTheLastFewTextsOfTheThread() {
        String own = new String("Beste klant, uw pakket is onderweg.");
        String lines = Normalizer.lines(own);
        for (String sentence : List.of("Beste klant,", "uw pakket is onderweg.", "Dank!")) {
            Normalizer.lines(new String(sentence));
        }
        assertThat(Normalizer.lines(own)).isSameAs(lines);
        for (int i = 0; i < 4; i++) {
            Normalizer.lines(new String("zin " + i));
        }
        assertThat(Normalizer.lines(own)).as("pushed out by four others, computed again").isNotSameAs(lines).isEqualTo(lines);
    }

    @Test
    void squeezeShortensRunsOfThreeOrMoreOnly() {
        assertThat(Normalizer.squeeze("kankerrrr")).isEqualTo("kanker");
        assertThat(Normalizer.squeeze("heeeeel")).isEqualTo("hel");
        assertThat(Normalizer.squeeze("boek")).isEqualTo("boek"); // a pair stays
        assertThat(Normalizer.squeeze("")).isEmpty();
        assertThat(Normalizer.squeeze("zzz")).isEqualTo("z");
        assertThat(Normalizer.squeeze("boot", 2)).isEqualTo("bot");
    }

    @Test
    void excerptsShowTheSpanWithItsSurroundingsOnOneLine() {
        String text = "Eerste regel.\nTweede\tregel met het woord dreiging erin,\n en nog een regel.";
        int start = text.indexOf("dreiging");
        assertThat(Normalizer.excerpt(text, start, start + 8, 12)).isEqualTo("…t het woord dreiging erin, en n…");
    }
}

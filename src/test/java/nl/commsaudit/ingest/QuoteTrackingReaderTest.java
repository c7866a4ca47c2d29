package nl.commsaudit.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class QuoteTrackingReaderTest {

    /** Reads {@code csv} through the tracker {@code chunk} characters at a time; returns what it read. */
    private static String readAll(String csv, int chunk) throws IOException {
        try (Reader reader = new QuoteTrackingReader(new StringReader(csv))) {
            StringBuilder out = new StringBuilder();
            char[] buffer = new char[chunk];
            for (int n = reader.read(buffer, 0, chunk); n >= 0; n = reader.read(buffer, 0, chunk)) {
                out.append(buffer, 0, n);
            }
            return out.toString();
        }
    }

    /** Whether reading {@code csv} fails at the end; the same in reads of 1 to 4 characters. */
    private static boolean openAtEnd(String csv) {
        java.util.Set<Boolean> answers = new java.util.HashSet<>();
        for (int chunk = 1; chunk <= 4; chunk++) { // a doubled quote split between two reads, too
            try {
                assertThat(readAll(csv, chunk)).isEqualTo(csv);
                answers.add(false);
            } catch (IOException e) {
                assertThat(e).hasMessage(QuoteTrackingReader.OPEN_AT_END);
                answers.add(true);
            }
        }
        assertThat(answers).as("the same answer whatever the reads").hasSize(1);
        return answers.iterator().next();
    }

    @Test
    void closedQuotedFieldsPass() {
        assertThat(openAtEnd("a,b\n\"x, \"\"y\"\"\nz\",2\n")).isFalse();
        assertThat(openAtEnd("a,\"\"")).isFalse(); // an empty quoted field as the last characters
        assertThat(openAtEnd("a,\"b\"\"\"")).isFalse(); // b" quoted, at the very end
        assertThat(openAtEnd("\"a\"\r\n\"b\"\r\"c\"")).isFalse();
    }

    @Test
    void aQuoteOpenAtTheEndFails() {
        assertThat(openAtEnd("a,b\n\"x,2\nc,d\n")).isTrue();
        assertThat(openAtEnd("a,\"b\"\"")).isTrue(); // b" so far, the closing quote missing
        assertThat(openAtEnd("\"")).isTrue();
        assertThat(openAtEnd("a,b\r\"c")).isTrue(); // a CR ends a line as well
    }

    @Test
    void aQuoteThatDoesNotStartAFieldIsACharacter() {
        assertThat(openAtEnd("a\"b,c\n")).isFalse();
        assertThat(openAtEnd("5\" disk,\"x\" y\"\n")).isFalse(); // after a closing quote too (the parser rejects that)
        assertThat(openAtEnd(" \"a,b\n")).isFalse(); // not at the start: a space before it
    }

    @Test
    void singleCharacterReadsAndSkipsAreFollowed() throws IOException {
        try (Reader reader = new QuoteTrackingReader(new StringReader("\"a,\nb"))) {
            assertThat(reader.read()).isEqualTo('"');
            assertThat(reader.skip(3)).isEqualTo(3);
            assertThat(reader.read()).isEqualTo('b');
            assertThatThrownBy(reader::read).hasMessage(QuoteTrackingReader.OPEN_AT_END);
        }
    }

    /** The quoting rules one character at a time, as the class javadoc states them. */
    private static boolean openAtEndByTheRules(String csv) {
        boolean inQuotes = false;
        boolean fieldStart = true;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (inQuotes) {
                if (c == '"') {
                    if (i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                        i++; // a doubled quote
                    } else {
                        inQuotes = false; // closes; the next character is read outside
                        fieldStart = false;
                    }
                }
            } else if (c == '"' && fieldStart) {
                inQuotes = true;
                fieldStart = false;
            } else {
                fieldStart = c == ',' || c == '\n' || c == '\r';
            }
        }
        return inQuotes;
    }

    @Test
    void agreesWithTheRulesOnRandomTextsInRandomReads() throws IOException {
        java.util.Random random = new java.util.Random(11);
        String alphabet = "a\",\n\r";
        for (int round = 0; round < 20_000; round++) {
            StringBuilder csv = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                csv.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            boolean failed;
            try {
                assertThat(readAll(csv.toString(), 1 + random.nextInt(5))).isEqualTo(csv.toString());
                failed = false;
            } catch (IOException e) {
                failed = true;
            }
            assertThat(failed).as(csv.toString().replace("\n", "\\n").replace("\r", "\\r"))
                    .isEqualTo(openAtEndByTheRules(csv.toString()));
        }
    }
}

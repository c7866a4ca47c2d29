package nl.commsaudit.text;

/**
 * What a detector found: the words as they stand in the text, and an excerpt around them.
 *
 * @param kind    what sort of match (e.g. "insult", "threat", "conditional review")
 * @param words   the matched words
 * @param excerpt the text around them
 */
public record Match(String kind, String words, String excerpt) {

    @Override
    public String toString() {
        if (excerpt == null || excerpt.isBlank() || excerpt.equals(words)) {
            return kind + " " + words;
        }
        return kind + " \"" + words + "\" in \"" + excerpt + "\"";
    }
}

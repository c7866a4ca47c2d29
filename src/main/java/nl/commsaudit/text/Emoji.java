package nl.commsaudit.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Emoji and emoticons. Java 17 knows Unicode 13 only and has no emoji property, so this is a range
 * table of Unicode's Extended_Pictographic blocks plus the regional-indicator flags, without the
 * characters that property also counts but that are plain text in an order mail: {@code # * 0-9},
 * {@code © ® ™} (design-notes.md). Emoticons are {@code :-) ;) :D :( :P <3 xD}, but not {@code 10:30}
 * or {@code (1)}.
 */
public final class Emoji {

    private static final int[][] RANGES = {
        {0x1F000, 0x1FAFF}, // mahjong, cards, enclosed, pictographs, emoticons, transport, supplemental, symbols
        {0x1F1E6, 0x1F1FF}, // regional indicators (flags)
        {0x2600, 0x27BF},   // miscellaneous symbols and dingbats
        {0x2B05, 0x2B07}, {0x2B1B, 0x2B1C}, {0x2B50, 0x2B50}, {0x2B55, 0x2B55},
        {0x231A, 0x231B}, {0x2328, 0x2328}, {0x23CF, 0x23CF}, {0x23E9, 0x23F3}, {0x23F8, 0x23FA},
        {0x2934, 0x2935}, {0x3030, 0x3030}, {0x303D, 0x303D}, {0x3297, 0x3297}, {0x3299, 0x3299},
    };
    private static final Pattern EMOTICON = Pattern.compile(
            "(?<![\\w:/])(?:[:;=][-o'^]?[)(\\]\\[DPpOo3|*]|<3|xD|XD|\\^\\^|\\^_\\^)(?![\\w)(])");

    private Emoji() {
    }

    public static boolean isEmoji(int codePoint) {
        for (int[] range : RANGES) {
            if (codePoint >= range[0] && codePoint <= range[1]) {
                return true;
            }
        }
        return false;
    }

    /** The emoji and emoticons of a text, in order. */
    public static List<Match> find(String text) {
        List<Match> found = new ArrayList<>();
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            if (isEmoji(codePoint)) {
                found.add(new Match("emoji", new String(Character.toChars(codePoint)), Normalizer.excerpt(text, i, next, 30)));
            }
            i = next;
        }
        Matcher emoticon = EMOTICON.matcher(text);
        while (emoticon.find()) {
            found.add(new Match("emoticon", emoticon.group(), Normalizer.excerpt(text, emoticon.start(), emoticon.end(), 30)));
        }
        return found;
    }
}

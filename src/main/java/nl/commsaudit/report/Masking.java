package nl.commsaudit.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks customer contact data in evidence shown in a workbook: {@code jan@example.nl} becomes
 * {@code j***@example.nl}, {@code 06-12345678} becomes {@code 06-****5678} (the last four digits stay
 * so an analyst can match a number). On by default; a job definition can switch it off.
 */
public final class Masking {

    private static final Pattern EMAIL = Pattern.compile("([\\p{L}\\d])[\\p{L}\\d._%+-]*(@[\\p{L}\\d-]+(\\.[\\p{L}\\d-]+)+)");
    private static final Pattern PHONE = Pattern.compile("(?<![\\d-])((?:\\+|00)\\d{2,3}|0\\d{1,3})([\\s-]?)((?:\\d[\\s-]?){3,})(\\d{4})(?![\\d-])");
    /** The fewest digits a {@link #PHONE} match holds: 2 (+31, 06) + 3 + 4. */
    static final int PHONE_DIGITS = 9;

    private Masking() {
    }

    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        // most evidence and review texts hold neither an '@' nor nine digits: the expressions, tried at
        // every position, were a twentieth of the workbook step's samples
        String masked = text.indexOf('@') >= 0 ? EMAIL.matcher(text).replaceAll("$1***$2") : text;
        return digits(masked) >= PHONE_DIGITS ? maskPhones(masked) : masked;
    }

    /** As {@link #mask}, every expression tried whatever the text holds (the reference for tests). */
    static String maskFully(String text) {
        return text == null ? null : maskPhones(EMAIL.matcher(text).replaceAll("$1***$2"));
    }

    private static String maskPhones(String text) {
        Matcher phone = PHONE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (phone.find()) {
            String digits = phone.group(3).replaceAll("\\d", "*").replaceAll("[\\s-]", "");
            phone.appendReplacement(out, Matcher.quoteReplacement(phone.group(1) + phone.group(2) + digits + phone.group(4)));
        }
        phone.appendTail(out);
        return out.toString();
    }

    private static int digits(String text) {
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') { // \d without UNICODE_CHARACTER_CLASS
                digits++;
            }
        }
        return digits;
    }
}

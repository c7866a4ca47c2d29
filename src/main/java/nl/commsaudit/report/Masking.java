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

    private Masking() {
    }

    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        String masked = EMAIL.matcher(text).replaceAll("$1***$2");
        Matcher phone = PHONE.matcher(masked);
        StringBuilder out = new StringBuilder();
        while (phone.find()) {
            String digits = phone.group(3).replaceAll("\\d", "*").replaceAll("[\\s-]", "");
            phone.appendReplacement(out, Matcher.quoteReplacement(phone.group(1) + phone.group(2) + digits + phone.group(4)));
        }
        phone.appendTail(out);
        return out.toString();
    }
}

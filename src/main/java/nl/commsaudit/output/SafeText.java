package nl.commsaudit.output;

/**
 * Keeps data from turning into a spreadsheet formula: text that starts with {@code = + - @} (or a tab
 * or carriage return, which some spreadsheets skip before looking) gets a leading apostrophe, the
 * OWASP advice against CSV injection. Seller ids, evidence and raw rows are data, never formulas.
 */
public final class SafeText {

    private SafeText() {
    }

    public static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** The text as it may stand in a CSV cell. */
    public static String csv(String text) {
        return looksLikeFormula(text) ? "'" + text : text;
    }
}

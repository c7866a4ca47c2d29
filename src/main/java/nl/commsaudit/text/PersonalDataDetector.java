package nl.commsaudit.text;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.validator.routines.EmailValidator;

/**
 * Personal (contact) data in free text: phone numbers in Dutch and Belgian notations (libphonenumber,
 * leniency VALID, regions NL and BE), e-mail addresses, street addresses (a street name and a house
 * number), Dutch postcodes with a house number, and IBANs with a valid checksum. Known traps it
 * passes: dates (12-03-2026, 12.03.2026), order numbers, EAN barcodes, prices, sizes ("maat 42-44"),
 * Amazon order ids and 9-digit numbers such as a BSN, which libphonenumber alone would take for phone
 * numbers. Knows nothing of rules; reusable for reviews and messages.
 */
public final class PersonalDataDetector {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final EmailValidator EMAILS = EmailValidator.getInstance(false, false);
    private static final Pattern EIGHT_DIGITS = Pattern.compile("(\\d\\D{0,3}){8}");
    /**
     * Where a phone number this detector accepts can start ({@link #looksLikeAnotherNumber}): "+", "(0"
     * or a 0 not glued to a number, followed by at least seven more digits (the shortest Dutch number,
     * 0800-1234, has eight in all). Texts without one (most: order numbers, prices) skip libphonenumber.
     */
    private static final Pattern PHONE_START = Pattern.compile("(?:\\+|\\(0|(?<![\\d-])0)(?:\\D{0,3}\\d){7}");
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\d._%+-]+@[\\p{L}\\d-]+(\\.[\\p{L}\\d-]+)+");
    /** Upper case as printed on cards and invoices, in groups of four or not at all. */
    private static final Pattern IBAN = Pattern.compile("\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\\b");
    private static final Pattern DATE = Pattern.compile("^\\d{1,4}[-./]\\d{1,2}[-./]\\d{1,4}$");
    private static final Pattern AMAZON_ORDER = Pattern.compile("\\d{3}-\\d{7}-\\d{7}");
    private static final String STREET_SUFFIX = "straat|laan|weg|plein|gracht|kade|singel|dijk|dreef|hof|park|pad|steeg|markt"
            + "|plantsoen|baan|boulevard|allee|wal|veld|haven|ring|dam|hoek|kaai|lei|vest|wijk|erf|donk|horst|akker|bos|burg";
    static final Pattern STREET = Pattern.compile(
            "\\b\\p{Lu}[\\p{L}'-]*(" + STREET_SUFFIX + ")\\s+\\d{1,4}(\\s?[a-zA-Z]\\b|\\s?-\\s?\\d{1,3}\\b|\\b)"
                    + "|\\b(?i:rue|avenue|chauss[ée]e|boulevard|place|square|drève) (?i:de |du |des |de la |d')?\\p{Lu}[\\p{L}' -]{1,40}?,? \\d{1,4}\\b"
                    + "|\\b\\d{1,4},? (?i:rue|avenue|chauss[ée]e|boulevard) (?i:de |du |des |de la |d')?\\p{Lu}[\\p{L}'-]{2,40}",
            Pattern.UNICODE_CASE);
    private static final Pattern POSTCODE = Pattern.compile("\\b[1-9]\\d{3} ?(?!SA|SD|SS)[A-Z]{2}\\b");
    private static final Pattern HOUSE_NUMBER = Pattern.compile("\\b\\d{1,4}\\s?[a-zA-Z]?\\b");

    /** Every piece of personal data in the text, in order of kind. */
    public List<Match> find(String text) {
        List<Match> found = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return found;
        }
        findEmails(text, found);
        if (EIGHT_DIGITS.matcher(text).find()) {
            if (PHONE_START.matcher(text).find()) {
                findPhones(text, found);
            }
            Matcher iban = IBAN.matcher(text);
            while (iban.find()) {
                if (validIban(iban.group())) {
                    found.add(match("IBAN", text, iban.start(), iban.end()));
                }
            }
        }
        if (mayHoldStreet(text)) {
            Matcher street = STREET.matcher(text);
            while (street.find()) {
                found.add(match("street address", text, street.start(), street.end()));
            }
        }
        Matcher postcode = POSTCODE.matcher(text);
        while (postcode.find()) {
            if (nearHouseNumber(text, postcode.start(), postcode.end())) {
                found.add(match("postcode with house number", text, postcode.start(), postcode.end()));
            }
        }
        return found;
    }

    /**
     * What {@link #EMAIL} finds, searched from each {@code @} instead of from every position of the
     * text: the match for an {@code @} starts where the run of address characters before it starts (not
     * before the end of the previous match).
     */
    private static void findEmails(String text, List<Match> found) {
        Matcher email = EMAIL.matcher(text);
        int searchFrom = 0;
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            if (at < searchFrom) {
                continue;
            }
            int start = at;
            while (start > searchFrom && isLocalPart(text.codePointBefore(start))) {
                start -= Character.charCount(text.codePointBefore(start));
            }
            if (start == at) {
                continue;
            }
            email.region(start, text.length());
            if (email.lookingAt()) {
                if (EMAILS.isValid(email.group())) {
                    found.add(match("e-mail address", text, email.start(), email.end()));
                }
                searchFrom = email.end();
            }
        }
    }

    /** {@code [\\p{L}\\d._%+-]}, the class the local part of {@link #EMAIL} is made of. */
    private static boolean isLocalPart(int c) {
        return Character.isLetter(c) || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    private static void findPhones(String text, List<Match> found) {
        List<int[]> seen = new ArrayList<>();
        for (String region : new String[] {"NL", "BE"}) {
            for (PhoneNumberMatch phone : PHONES.findNumbers(text, region, PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE)) {
                String raw = phone.rawString();
                if (DATE.matcher(raw).matches() || looksLikeAnotherNumber(text, phone.start(), phone.end(), raw)) {
                    continue;
                }
                if (seen.stream().anyMatch(s -> s[0] < phone.end() && phone.start() < s[1])) {
                    continue;
                }
                seen.add(new int[] {phone.start(), phone.end()});
                found.add(match("phone number", text, phone.start(), phone.end()));
            }
        }
    }

    /**
     * A BSN or order number (nine or more digits without a leading 0 or +), or part of a longer number
     * such as an Amazon order id, is not a phone number.
     */
    private static boolean looksLikeAnotherNumber(String text, int start, int end, String raw) {
        String digits = raw.replaceAll("\\D", "");
        if (!raw.startsWith("+") && !raw.startsWith("0") && !raw.startsWith("(0")) {
            return true;
        }
        int from = Math.max(0, start - 4);
        int to = Math.min(text.length(), end + 4);
        String around = text.substring(from, to);
        if (AMAZON_ORDER.matcher(around).find() || (start > 0 && (Character.isDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '-'))
                || (end < text.length() && (Character.isDigit(text.charAt(end)) || text.charAt(end) == '-'))) {
            return true;
        }
        return digits.length() > 13;
    }

    private static final String[] SUFFIXES = STREET_SUFFIX.split("\\|");
    /** The street words of {@link #STREET}'s French alternatives, lower case ("chauss" for both spellings). */
    private static final String[] FRENCH_STREET_WORDS = {"rue", "avenue", "chauss", "boulevard", "place", "square", "drève"};

    /**
     * Whether {@link #STREET} can match somewhere in the text: its first alternative needs a street
     * suffix, white space and a digit ("straat 12"), the other two a French street word in any case.
     * Most messages have neither, and the expression, which tries every capitalised word against every
     * suffix, costs more than this scan (2% of the judging at a million messages).
     */
    static boolean mayHoldStreet(String text) {
        for (int i = 1; i < text.length(); i++) {
            if (text.charAt(i) >= '0' && text.charAt(i) <= '9' && Normalizer.isWhiteSpace(text.charAt(i - 1))) {
                int end = i - 1;
                while (end > 0 && Normalizer.isWhiteSpace(text.charAt(end - 1))) {
                    end--;
                }
                for (String suffix : SUFFIXES) {
                    if (text.startsWith(suffix, end - suffix.length())) {
                        return true;
                    }
                }
            }
        }
        // (?i) with UNICODE_CASE also takes the long s for an s
        String lower = text.toLowerCase(Locale.ROOT).replace('ſ', 's');
        for (String word : FRENCH_STREET_WORDS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean nearHouseNumber(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 40), start);
        String after = text.substring(end, Math.min(text.length(), end + 24));
        return HOUSE_NUMBER.matcher(before).find() && STREET.matcher(before + "x").find()
                || STREET_THEN_NUMBER.matcher(before).find()
                || NUMBER_FOLLOWS.matcher(after).find();
    }

    /** "Dorpsstraat 12," just before a number: the number is part of an address line. */
    private static final Pattern STREET_THEN_NUMBER = Pattern.compile("\\p{L}{3,}\\s+\\d{1,4}\\s?[a-zA-Z]?\\s*,?\\s*$");
    /** ", nr. 12" just after a number. */
    private static final Pattern NUMBER_FOLLOWS = Pattern.compile("^\\s*,?\\s*(nr\\.?|huisnummer)?\\s*\\d{1,4}\\b");

    /** ISO 13616: move the first four characters to the end, letters to numbers, remainder mod 97 is 1. */
    static boolean validIban(String candidate) {
        String iban = candidate.replace(" ", "").toUpperCase(Locale.ROOT);
        if (iban.length() < 15 || iban.length() > 34) {
            return false;
        }
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isLetter(c) ? String.valueOf(c - 'A' + 10) : String.valueOf(c));
        }
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }

    private static Match match(String kind, String text, int start, int end) {
        return new Match(kind, text.substring(start, end), Normalizer.excerpt(text, start, end, 30));
    }
}

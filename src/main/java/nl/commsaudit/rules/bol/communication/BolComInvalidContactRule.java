package nl.commsaudit.rules.bol.communication;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.commsaudit.rules.BaseRule;
import nl.commsaudit.rules.EntityType;
import nl.commsaudit.rules.Marketplace;
import nl.commsaudit.rules.SellerFacts;
import nl.commsaudit.rules.SellerRule;
import nl.commsaudit.rules.Severity;
import nl.commsaudit.rules.Violation;
import org.apache.commons.validator.routines.EmailValidator;

/**
 * BOL-COM-INVALID-CONTACT: the contact e-mail address or phone number the seller gave the platform is
 * not a valid address or number ("onjuiste contactgegevens"). E-mail syntax and top-level domain by
 * Commons Validator; phone numbers by libphonenumber in the seller's country (NL or BE), international
 * numbers in their own plan. Not flagged: empty values (unknown is not wrong).
 */
public final class BolComInvalidContactRule extends BaseRule implements SellerRule {

    public static final String ID = "BOL-COM-INVALID-CONTACT";

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final EmailValidator EMAILS = EmailValidator.getInstance(false, false);

    private final Instant asOfEnd;

    public BolComInvalidContactRule(Instant asOfEnd) {
        super(ID, Marketplace.BOL, EntityType.SELLER, Severity.HIGH, "Invalid contact e-mail address or phone number",
                Policies.CONTACT);
        this.asOfEnd = asOfEnd;
    }

    @Override
    public Optional<Violation> check(SellerFacts seller) {
        List<String> problems = new ArrayList<>();
        String email = seller.contactEmail();
        if (email != null && !email.isBlank() && !EMAILS.isValid(email.strip())) {
            problems.add("contact_email \"" + email + "\" is not a valid e-mail address");
        }
        String phone = seller.contactPhone();
        if (phone != null && !phone.isBlank() && !validPhone(phone, seller.country().name())) {
            problems.add("contact_phone \"" + phone + "\" is not a valid " + seller.country() + " phone number");
        }
        return problems.isEmpty() ? Optional.empty()
                : Optional.of(new Violation(seller.sellerId(), asOfEnd.minusSeconds(1), String.join("; ", problems)));
    }

    static boolean validPhone(String phone, String region) {
        try {
            return PHONES.isValidNumber(PHONES.parse(phone.strip(), region));
        } catch (NumberParseException e) {
            return false;
        }
    }
}

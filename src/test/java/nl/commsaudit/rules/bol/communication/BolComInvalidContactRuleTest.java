package nl.commsaudit.rules.bol.communication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import nl.commsaudit.calendar.Country;
import nl.commsaudit.rules.Marketplace;
import nl.commsaudit.rules.SellerFacts;
import nl.commsaudit.rules.Violation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BolComInvalidContactRuleTest {

    private final BolComInvalidContactRule rule = new BolComInvalidContactRule(Instant.parse("2026-11-20T23:00:00Z"));

    private static SellerFacts seller(Country country, String email, String phone) {
        return new SellerFacts("bol-1", "Shop", "123", country, Marketplace.BOL, email, phone, null);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
        "NL, info@fietsenwinkel.nl, +31 20 123 4567",
        "NL, klantenservice@shop.nl, 06-12345678",
        "NL, jan.de.vries+bol@gmail.com, 0031 6 1234 5678",
        "NL, null, null",
        "NL, '', ''",
        "BE, info@boekhandel.be, 0470 12 34 56",
        "BE, service@shop.be, +32 2 511 22 33",
        "BE, null, 02 511 22 33",
        "NL, info@shop.nl, +49 30 12345678",
    })
    void acceptsValidAndEmptyContactData(Country country, String email, String phone) {
        assertThat(rule.check(seller(country, email, phone))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "NL, info@devries-outlet, '', contact_email \"info@devries-outlet\" is not a valid e-mail address",
        "NL, info.shop.nl, '', contact_email \"info.shop.nl\" is not a valid e-mail address",
        "NL, 'jan @shop.nl', '', contact_email \"jan @shop.nl\" is not a valid e-mail address",
        "BE, '', 12345, contact_phone \"12345\" is not a valid BE phone number",
        "NL, '', 06-1234, contact_phone \"06-1234\" is not a valid NL phone number",
        "NL, '', bel maar, contact_phone \"bel maar\" is not a valid NL phone number",
    })
    void flagsInvalidContactData(Country country, String email, String phone, String evidence) {
        assertThat(rule.check(seller(country, email, phone))).get().extracting(Violation::evidence).isEqualTo(evidence);
    }
}

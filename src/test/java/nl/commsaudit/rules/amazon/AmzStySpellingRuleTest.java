package nl.commsaudit.rules.amazon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import nl.commsaudit.rules.RuleSettings;
import nl.commsaudit.rules.Violation;
import nl.commsaudit.rules.message.OrderContext;
import nl.commsaudit.rules.message.SellerMessage;
import nl.commsaudit.text.MessageText;
import nl.commsaudit.text.TextDetectors;
import org.junit.jupiter.api.Test;

class AmzStySpellingRuleTest {

    private static final TextDetectors DETECTORS = TextDetectors.load(null);
    private final AmzStySpellingRule rule = new AmzStySpellingRule(RuleSettings.defaults(), DETECTORS.spelling());

    private static SellerMessage message(String body, boolean reply) {
        return new SellerMessage("m1", "amz-1", "CUSTOMER", reply, Instant.EPOCH, MessageText.of(null, body, false), DETECTORS,
                "402-1234567-7654321", new OrderContext("402-1234567-7654321", null, "nl"), null, body, false, null);
    }

    @Test
    void flagsOnlyBlatantMisspellings() {
        assertThat(rule.check(message("Beste klant, uw bestelig 402-1234567-7654321 is verzondne en wort morgne bezorgt door de koerjer.", false)))
                .get().extracting(Violation::evidence).asString().contains("words misspelt", "verzondne");
        assertThat(rule.check(message("Dear customer, yuor oder 402-1234567-7654321 has ben shiped and wil arive tomorow.", false)))
                .isPresent();
        assertThat(rule.check(message("Beste klant, uw bestelling 402-1234567-7654321 is verzonden en wordt morgen bezorgd door de koerier.", false)))
                .isEmpty();
        assertThat(rule.check(message("Beste klant, uw bestelling 402-1234567-7654321 is verzondne en wordt morgen bezorgd door PostNL.", false)))
                .as("one slip is not blatant").isEmpty();
        assertThat(rule.check(message("Beste klant, uw bestelig is verzondne en wort morgne bezorgt door de koerjer.", true)))
                .as("replies are not checked by default").isEmpty();
    }
}

package nl.commsaudit.rules.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import nl.commsaudit.rules.RuleCatalog;
import nl.commsaudit.rules.RuleSettings;
import nl.commsaudit.rules.Rule;
import nl.commsaudit.rules.amazon.AmzMsgLateRule;
import nl.commsaudit.rules.amazon.AmzMsgWrongLanguageRule;
import nl.commsaudit.text.MessageText;
import nl.commsaudit.text.TextDetectors;
import org.junit.jupiter.api.Test;

/** Only a proactive message has an order: the audit looks up no order for a reply. */
class SellerMessageTest {

    private static final TextDetectors DETECTORS = TextDetectors.load(null);
    private static final String BODY = "Dear customer, your parcel has been shipped today.";
    private static final OrderContext ORDER = new OrderContext("402-1234567-7654321", Instant.parse("2026-09-01T10:00:00Z"), "nl");
    private static final RuleCatalog CATALOG = RuleCatalog.create(RuleSettings.defaults(), Instant.EPOCH, DETECTORS);

    private static SellerMessage message(boolean reply) {
        return new SellerMessage("m1", "amz-1", "CUSTOMER", reply, Instant.parse("2026-11-10T10:00:00Z"),
                MessageText.of("Order 402-1234567-7654321", BODY, false), DETECTORS, ORDER.orderId(), ORDER, null, BODY, false, null);
    }

    private static boolean flags(String ruleId, SellerMessage message) {
        Rule rule = CATALOG.rule(ruleId);
        return ((MessageRule) rule).check(message).isPresent();
    }

    @Test
    void aProactiveMessageHasItsOrder() {
        assertThat(message(false).order()).isEqualTo(ORDER);
        // English to a Dutch buyer, 70 days after the order was completed
        assertThat(flags(AmzMsgWrongLanguageRule.ID, message(false))).isTrue();
        assertThat(flags(AmzMsgLateRule.ID, message(false))).isTrue();
    }

    @Test
    void aReplyHasNoneAndTheOrderRulesLeaveIt() {
        assertThat(message(true).order()).isNull();
        assertThat(flags(AmzMsgWrongLanguageRule.ID, message(true))).isFalse();
        assertThat(flags(AmzMsgLateRule.ID, message(true))).isFalse();
    }
}

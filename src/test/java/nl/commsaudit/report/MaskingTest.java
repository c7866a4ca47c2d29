package nl.commsaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void masksTheShortestPhoneNumberAndAddresses() {
        // nine digits, the fewest a number can have: the guard must let it through
        assertThat(Masking.mask("bel +31 612 3456 of mail ik@shop.nl")).isEqualTo("bel +31 ***3456 of mail i***@shop.nl");
        assertThat(Masking.mask("Order 12345678, pakket 2 van 3")).isEqualTo("Order 12345678, pakket 2 van 3");
        assertThat(Masking.mask("Geen contactgegevens hier.")).isEqualTo("Geen contactgegevens hier.");
    }

    /** The guards ('@', nine digits) only skip expressions that cannot match: the same answer as without them. */
    @Test
    void guardsNeverChangeTheAnswer() {
        Random random = new Random(8);
        String[] pieces = {"06", "0", "00", "+", "31", "-", " ", " ", "@", ".", "nl", "jan", "Bel", "\n", "x", "é"};
        int changed = 0;
        for (int i = 0; i < 50_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(14);
            for (int j = 0; j < length; j++) {
                text.append(random.nextInt(3) == 0
                        ? String.valueOf(random.nextInt((int) Math.pow(10, 1 + random.nextInt(5))))
                        : pieces[random.nextInt(pieces.length)]);
            }
            String full = Masking.maskFully(text.toString());
            assertThat(Masking.mask(text.toString())).as(text.toString()).isEqualTo(full);
            if (!full.equals(text.toString())) {
                changed++;
            }
        }
        assertThat(changed).as("texts the expressions masked").isGreaterThan(1_000);
    }
}

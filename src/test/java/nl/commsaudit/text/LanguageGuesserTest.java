package nl.commsaudit.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import nl.commsaudit.rules.PrecisionRecall;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class LanguageGuesserTest {

    private final LanguageGuesser guesser = new LanguageGuesser();

    @Test
    void tellsShortTextsWithTheFullModels() {
        assertThat(guesser.guess("Uw bestelling is vandaag verzonden.")).contains("nl");
        assertThat(guesser.guess("Your order was shipped today.")).contains("en");
        assertThat(guesser.guess("Ihre Bestellung wurde heute versandt.")).contains("de");
        assertThat(guesser.guess("Votre commande a été expédiée aujourd'hui.")).contains("fr");
    }

    @Test
    void guessesAgainAfterTheModelsWereReleased() {
        assertThat(guesser.guess("Uw bestelling is vandaag verzonden.")).contains("nl");
        guesser.release();
        assertThat(guesser.guess("Your order was shipped today.")).contains("en");
    }

    @Test
    void tellsLongTextsWhichLinguaScoresOnTrigramsOnly() {
        String dutch = "Beste klant, hartelijk dank voor uw bestelling bij onze winkel. Wij hebben het pakket vandaag"
                + " aan de vervoerder meegegeven en u ontvangt morgen een e-mail met de track-and-trace code. Heeft u"
                + " vragen over de levering of het product, neem dan gerust contact met ons op.";
        String english = "Dear customer, thank you for your order with our shop. We handed the parcel to the carrier"
                + " today and you will receive an e-mail with the tracking code tomorrow. If you have any questions about"
                + " the delivery or the product, please do not hesitate to contact us.";
        String german = "Sehr geehrter Kunde, vielen Dank für Ihre Bestellung in unserem Shop. Wir haben das Paket heute"
                + " dem Versanddienstleister übergeben, und Sie erhalten morgen eine E-Mail mit der Sendungsnummer.";
        String french = "Cher client, merci pour votre commande dans notre boutique. Nous avons remis le colis au"
                + " transporteur aujourd'hui et vous recevrez demain un e-mail avec le numéro de suivi.";
        List<String> languages = List.of("nl", "en", "de", "fr");
        List<String> texts = List.of(dutch, english, german, french);
        for (int i = 0; i < texts.size(); i++) {
            String text = (texts.get(i) + " ").repeat(3).strip();
            assertThat(text.length()).isGreaterThanOrEqualTo(400);
            assertThat(guesser.guess(text)).as(text).contains(languages.get(i));
        }
        assertThat(guesser.guess("Dear customer,\n\nOrder 402-2339268-0008979: the manual was updated.\n\n"
                + "Kind regards,\nvan Dijk Fietsenwinkel")).as("short, with a Dutch shop name: not taken for Dutch").isNotEqualTo(java.util.Optional.of("nl"));
        assertThat(guesser.guess((english + " ").repeat(20))).as("only the start of a long e-mail is read").contains("en");
    }

    @Test
    void leavesTooShortTextsUnjudged() {
        assertThat(guesser.guess("Dank u wel!")).isEmpty();
        assertThat(guesser.guess(null)).isEmpty();
    }

    @Test
    void theKeyWritesEachRunOfDigitsAsOneZero() {
        assertThat(LanguageGuesser.key("Order 402-2339268-0008979 of 3 May, 12:30")).isEqualTo("Order 0-0-0 of 0 May, 0:0");
        String plain = "Geen cijfers hier";
        assertThat(LanguageGuesser.key(plain)).isSameAs(plain);
        // a digit at the edge is kept as a 0: Lingua trims before it removes digits, so " Dear" and "1 Dear"
        // may not read alike
        assertThat(LanguageGuesser.key("1 Dear customer")).isNotEqualTo(LanguageGuesser.key(" Dear customer"));
    }

    /** What the remembering relies on: texts with the same key get the same answer from Lingua. */
    @Test
    void textsWithTheSameKeyGetTheSameAnswerFromLingua() throws Exception {
        Random random = new Random(7);
        int compared = 0;
        for (String corpus : List.of("/corpus/amazon-messages.csv", "/corpus/bol-com-messages.csv")) {
            for (CSVRecord row : PrecisionRecall.corpus(corpus)) {
                String own = MessageText.of(row.get("subject"), row.get("body"), "text/html".equals(row.get("content_type"))).own();
                String text = random.nextInt(99) + " Order " + (1 + random.nextInt(999)) + ": " + own + " " + random.nextInt(99);
                if (LanguageGuesser.letters(text) < LanguageGuesser.MIN_LETTERS) {
                    continue;
                }
                String variant = otherDigits(text, random);
                assertThat(LanguageGuesser.key(variant)).isEqualTo(LanguageGuesser.key(text));
                assertThat(LanguageGuesser.detect(variant)).as(variant).isEqualTo(LanguageGuesser.detect(text));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(400);
    }

    /** Each run of digits replaced by another of 1 to 12 random digits. */
    private static String otherDigits(String text, Random random) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                while (i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)) && text.charAt(i + 1) <= '9') {
                    i++;
                }
                for (int d = 1 + random.nextInt(12); d > 0; d--) {
                    out.append((char) ('0' + random.nextInt(10)));
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    @Test
    void remembersAnswersByKeyAndForgetsTheLeastRecentlyUsed() {
        LanguageGuesser small = new LanguageGuesser(2);
        String shipped = "Uw bestelling 1100014346 is vandaag verzonden.";
        String english = "Your order 402-0573897-0015070 was shipped today.";
        String german = "Ihre Bestellung 12 wurde heute versandt.";
        assertThat(small.guess(shipped)).contains("nl");
        assertThat(small.guess("Uw bestelling 7 is vandaag verzonden.")).contains("nl");
        assertThat(small.remembered()).isOne();
        assertThat(small.guess(english)).contains("en");
        small.guess("Uw bestelling 99 is vandaag verzonden."); // the Dutch answer used again: now the most recent
        assertThat(small.guess(german)).contains("de");
        assertThat(small.remembered()).isEqualTo(2);
        assertThat(small.remembers(shipped)).isTrue();
        assertThat(small.remembers(english)).as("the least recently used is forgotten").isFalse();
        assertThat(small.remembers(german)).isTrue();
        small.release();
        assertThat(small.remembered()).isZero();
    }
}

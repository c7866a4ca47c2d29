package nl.commsaudit.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
}

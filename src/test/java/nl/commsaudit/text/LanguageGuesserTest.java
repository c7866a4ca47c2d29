package nl.commsaudit.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
            assertThat(LanguageGuesser.detect(text)).as("Lingua alone: " + text).contains(languages.get(i));
        }
        assertThat(guesser.guess("Dear customer,\n\nOrder 402-2339268-0008979: the manual was updated.\n\n"
                + "Kind regards,\nvan Dijk Fietsenwinkel")).as("short, with a Dutch shop name: not taken for Dutch").isNotEqualTo(java.util.Optional.of("nl"));
        assertThat(guesser.guess((english + " ").repeat(20))).as("only the start of a long e-mail is read").contains("en");
    }

    /** Lingua weighs the Dutch shop name as much as the English sentences; the function words do not. */
    @Test
    void aLetterClearByItsWordsIsToldByThemNotByTheModels() {
        String english = "Dear customer,\n\nEmail me at jan.devries@gmail.com for faster help.\n\nKind regards,\nMeijer Lampenhuis";
        assertThat(LanguageGuesser.detect(english)).as("Lingua alone").contains("nl");
        assertThat(guesser.guess(english)).contains("en");
    }

    /** The labelled corpora: every answer given is the language the message is written in. */
    @Test
    void agreesWithTheLabelledLanguageOfTheCorpora() throws Exception {
        int answered = 0;
        int judged = 0;
        for (String corpus : List.of("/corpus/amazon-messages.csv", "/corpus/bol-com-messages.csv")) {
            for (CSVRecord row : PrecisionRecall.corpus(corpus)) {
                String own = MessageText.of(row.get("subject"), row.get("body"), "text/html".equals(row.get("content_type"))).own();
                if (LanguageGuesser.letters(own) < LanguageGuesser.MIN_LETTERS) {
                    continue;
                }
                judged++;
                java.util.Optional<String> guess = guesser.guess(own);
                if (guess.isPresent()) {
                    assertThat(guess).as(row.get("id") + ": " + own).contains(row.get("lang"));
                    answered++;
                }
            }
        }
        assertThat(answered).isGreaterThanOrEqualTo(judged * 99 / 100).isGreaterThan(400);
    }

    @Test
    void leavesTooShortTextsUnjudged() {
        assertThat(guesser.guess("Dank u wel!")).isEmpty();
        assertThat(guesser.guess(null)).isEmpty();
    }
}

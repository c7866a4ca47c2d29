package nl.commsaudit.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FunctionWordsTest {

    private final FunctionWords words = new FunctionWords(List.of("nl", "en", "de", "fr", "es", "it", "pl", "sv"));

    @Test
    void tellsALetterThatIsClearlyInOneLanguage() {
        Map<String, String> letters = Map.of(
                "nl", "Beste klant, hartelijk dank voor uw bestelling. Wij hebben het pakket vandaag verzonden en u"
                        + " ontvangt morgen de track-and-trace code.",
                "en", "Dear customer, thank you for your order. We shipped the parcel today and you will receive the"
                        + " tracking code tomorrow.",
                "de", "Sehr geehrter Kunde, vielen Dank für Ihre Bestellung. Wir haben das Paket heute versandt, und Sie"
                        + " erhalten morgen die Sendungsnummer.",
                "fr", "Bonjour, merci pour votre commande. Nous avons envoyé le colis aujourd'hui et vous recevrez le"
                        + " numéro de suivi demain. Cordialement",
                "es", "Hola, gracias por su pedido. Estamos muy contentos de que el paquete ya está en camino. Saludos",
                "it", "Gentile cliente, grazie per il suo ordine. Il pacco è stato spedito oggi e siamo molto contenti."
                        + " Cordiali saluti",
                "pl", "Dzień dobry, dziękujemy za zamówienie. Paczka jest już w drodze i może dotrzeć jutro. Pozdrawiamy",
                "sv", "Hej, tack för din beställning. Vi har skickat paketet i dag och det är framme i morgon. Vänliga"
                        + " hälsningar");
        letters.forEach((language, letter) -> assertThat(words.clearLanguage(letter)).as(letter).contains(language));
    }

    /** Where the statistical models went wrong: a Dutch signature and product list under the seller's sentences. */
    @Test
    void readsTheSentencesNotTheDutchNamesUnderThem() {
        assertThat(words.clearLanguage("Dear customer,\n\nEmail me at jan.devries@gmail.com for faster help.\n\n"
                + "Kind regards,\nMeijer Lampenhuis")).contains("en");
        assertThat(words.clearLanguage("Votre commande 402-6754112-0036055\nBonjour,\nConcernant votre commande"
                + " 402-6754112-0036055, le mode d'emploi a été mis à jour.\nCordialement,\nDierenwinkel de Vries\n"
                + "Fietstas waterdicht 20 liter 2 € 62,77\nHardloopschoenen dames 3 € 105,93")).contains("fr");
    }

    @Test
    void leavesShortMixedAndUnlistedTextsUndecided() {
        assertThat(words.clearLanguage("Your order was shipped today.")).as("three words of the list").isEmpty();
        assertThat(words.clearLanguage("Beste klant, bedankt voor uw bestelling. Dear customer, thank you for your"
                + " order.")).as("half Dutch, half English").isEmpty();
        assertThat(words.clearLanguage("Kære kunde, tusind tak for din ordre. Pakken er sendt i dag.")).as("Danish")
                .isEmpty();
        assertThat(words.clearLanguage("")).isEmpty();
    }

    @Test
    void countsAWordOfSeveralListsForEachAndIgnoresCase() {
        int[] counts = words.counts("DE winkel, die WAS");
        // "de" is in the Dutch and French lists, "die" in the Dutch and German, "was" in the Dutch, English and German
        assertThat(counts[0]).as("nl").isEqualTo(3);
        assertThat(counts[1]).as("en").isEqualTo(1);
        assertThat(counts[2]).as("de").isEqualTo(2);
        assertThat(counts[3]).as("fr").isEqualTo(1);
    }

    @Test
    void everyLanguageNeedsItsList() {
        assertThatThrownBy(() -> new FunctionWords(List.of("nl", "da"))).hasMessageContaining("da");
    }
}

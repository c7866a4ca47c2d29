package nl.commsaudit.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataDetectorTest {

    private static final PersonalDataDetector DETECTOR = new PersonalDataDetector();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Bel me maar op 06-12345678 als je vragen hebt.|phone number|06-12345678",
        "Mijn nummer is +31 6 1234 5678.|phone number|+31 6 1234 5678",
        "Bereikbaar via 0031 6 12345678 na 18 uur.|phone number|0031 6 12345678",
        "Kantoor: 020-1234567.|phone number|020-1234567",
        "Bel 0470 12 34 56 voor een afspraak.|phone number|0470 12 34 56",
        "Of bel +32 470 12 34 56.|phone number|+32 470 12 34 56",
        "Mail naar piet.janssen@gmail.com voor de bon.|e-mail address|piet.janssen@gmail.com",
        "Schrijf naar müller.jürgen@beispiel.de bitte.|e-mail address|müller.jürgen@beispiel.de",
        "Bel (020) 123 45 67 op werkdagen.|phone number|(020) 123 45 67",
        "Ik woon op de Dorpsstraat 12 in Ergens.|street address|Dorpsstraat 12",
        "Afhalen kan op Kerkstraat 8a, prima.|street address|Kerkstraat 8a",
        "Het adres is Rue de la Loi 16, Brussel.|street address|Rue de la Loi 16",
        "Stuur het naar 1234 AB, huisnummer 12.|postcode with house number|1234 AB",
        "Terugstorten op NL91ABNA0417164300 graag.|IBAN|NL91ABNA0417164300",
        "IBAN: BE68 5390 0754 7034.|IBAN|BE68 5390 0754 7034",
    })
    void findsPersonalData(String text, String kind, String words) {
        assertThat(DETECTOR.find(text)).as(text).anySatisfy(match -> {
            assertThat(match.kind()).isEqualTo(kind);
            assertThat(match.words()).isEqualTo(words);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Besteld op 12-03-2026 en geleverd op 14.03.2026.",
        "Bestelnummer 1144556627, helaas kapot.",
        "EAN 8712345678906 staat op de doos.",
        "Prijs €39,95 voor maat 42-44, prima.",
        "Amazon order 402-1234562-7654322 kwam te laat.",
        "Mijn BSN 123456782 hoort hier niet.",
        "De jas in maat 38 past perfect, 5 sterren.",
        "NL00ABNA0123456789 is een ongeldig rekeningnummer.",
        "Modelnummer XR-2000 met 1500 watt.",
        "Ik heb 2 stuks besteld voor 24,99 per stuk.",
    })
    void passesTheTraps(String text) {
        assertThat(DETECTOR.find(text)).as(text).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void findsEveryAddressOfARunInOrder() {
        assertThat(DETECTOR.find("Cc: a.b@voorbeeld.nl,c-d@voorbeeld.be; x@y en jan@shop.com.").stream().map(Match::words))
                .containsExactly("a.b@voorbeeld.nl", "c-d@voorbeeld.be", "jan@shop.com");
        assertThat(DETECTOR.find("dubbel: a@b.nl@c.nl").stream().map(Match::words)).containsExactly("a@b.nl");
    }

    /** Pieces of street addresses and near misses: suffixes, French words in odd cases, white space, digits. */
    private static final String[] PIECES = {"Dorps", "straat", "Straat", "laan", "weg", "burg", "Kerk", "onder", " ", "  ", "\t",
        "\n", "\r\n", "\u000B", "\u00A0", "12", "3", "8a", "-", "'", ",", ".", "Rue", "RUE", "rue", "true", "de la ", "Loi",
        "Avenue", "AVENUE", "chaussée", "Chaussee", "CHAUSSÉE", "chauſſée", "ſquare", "Square", "Place", "drève", "DRÈVE",
        "Drève", "Boulevard", "boulevard", "é", "è", "x", "Ab", "Zuid", "Dorpsstraat ", "Kerkweg\t", "Zuidlaan  ", "Marktplein ",
        "onderweg ", "Rue de la Loi ", "12 rue Royale", "Chaussée de Wavre ", "Place Flagey ", "ſquare Ambiorix ", "Oude Gracht ",
        "Nieuwe Haven\n", "Lange Voorhout "};

    @org.junit.jupiter.api.Test
    void theStreetScanNeverSkipsATextTheExpressionMatches() {
        java.util.Random random = new java.util.Random(7);
        int matched = 0;
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i >= 0; i--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String t = text.toString();
            if (PersonalDataDetector.STREET.matcher(t).find()) {
                matched++;
                assertThat(PersonalDataDetector.mayHoldStreet(t)).as(t).isTrue();
            }
        }
        assertThat(matched).as("texts the expression matched").isGreaterThan(1_000);
        assertThat(PersonalDataDetector.mayHoldStreet("Uw pakket is onderweg en komt morgen tussen 9 en 12 uur.")).isFalse();
        assertThat(PersonalDataDetector.mayHoldStreet("Wij zitten op de Dorpsstraat\t 12.")).isTrue();
        assertThat(PersonalDataDetector.mayHoldStreet("Chauſſée de Wavre 1")).isTrue();
    }
}

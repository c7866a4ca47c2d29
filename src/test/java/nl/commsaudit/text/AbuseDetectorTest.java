package nl.commsaudit.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AbuseDetectorTest {

    private static final AbuseDetector DETECTOR = new AbuseDetector(Lexicon.builtIn());

    @ParameterizedTest
    @ValueSource(strings = {
        "Wat een kankerlijer ben jij zeg.",
        "Jij bent echt een tyfushoer, ga lekker ergens anders kopen.",
        "Wat een klerezooi maak je ervan.",
        "Stomme klootzak, lees eerst de beschrijving.",
        "U bent gewoon debiel als u dat niet snapt.",
        "Hou je bek en stuur het pakket terug.",
        "Jij vieze oplichter, je hebt het zelf kapot gemaakt.",
        "Wat een k@nker klant ben jij.",
        "Kankerrrr op met je retour.",
        "Je bent een k a n k e r lijer",
        "Krijg de tyfus met je klacht.",
        "Rot toch op met je gezeur.",
        "Wat een teringbende is het bij jou thuis zeker.",
        "You are a fucking idiot, read the description.",
        "Shut up and send it back, moron.",
        "You idiot, the box says 220V.",
        "Espèce de connard, lisez la description.",
        "Ik heb geen zin in kankerklanten zoals jij.",
    })
    void flagsSwearingAndInsults(String text) {
        assertThat(DETECTOR.find(text)).as(text).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Wij doneren 1 euro per bestelling aan KWF Kankerbestrijding en het kankeronderzoek.",
        "Het sap kan klotsen in de fles, dat is normaal.",
        "De pot en de asbak zijn apart verpakt.",
        "Beste mevrouw De Boer, uw pakket is onderweg.",
        "Dit theeservies komt uit Mongolië.",
        "Helaas kunnen wij uw retour niet accepteren, het product is gebruikt. Wij begrijpen dat dit vervelend is.",
        "Wij zijn geen oplichters: u krijgt uw geld binnen drie werkdagen terug.",
        "Pas op voor oplichters die zich voordoen als onze klantenservice.",
        "Het is idioot druk bij ons, excuses voor de vertraging.",
        "Uw klerenkast wordt morgen bezorgd.",
        "Mijn moeder had kanker, daarom steunen wij het KWF.",
        "This shiitake grow kit ships tomorrow.",
        "That was a stupid mistake on our side, sorry for the trouble.",
        "We zetten de tering naar de nering en verlagen de verzendkosten niet.",
    })
    void leavesInnocentTextClean(String text) {
        assertThat(DETECTOR.find(text)).as(text).isEmpty();
    }
}

package nl.commsaudit.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ThreatAndReviewTalkTest {

    private static final Lexicon LEXICON = Lexicon.builtIn();
    private static final PatternDetector THREATS = new PatternDetector(LEXICON, "threat-patterns", "threat");
    private static final ReviewTalkDetector REVIEWS = new ReviewTalkDetector(LEXICON);
    private static final PatternDetector MARKETING = new PatternDetector(LEXICON, "marketing", "promotion");

    @ParameterizedTest
    @ValueSource(strings = {
        "Ik weet waar je woont, dus pas maar op.",
        "Je gaat ervoor boeten dat je die review hebt geplaatst.",
        "Als het geld er vrijdag niet is kom ik bij je langs om het even te regelen.",
        "Ik zet je naam en adres gewoon online op Facebook.",
        "Ik sla je in elkaar als je nog één keer belt.",
        "I know where you live.",
        "I will find you and you will regret this.",
        "Je sais où tu habites.",
    })
    void findsThreats(String text) {
        assertThat(THREATS.find(text)).as(text).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Bij uitblijven van betaling dragen wij de vordering over aan een incassobureau, conform onze algemene voorwaarden.",
        "Onze koerier komt morgen tussen 9 en 12 langs om het pakket op te halen.",
        "We komen het defecte apparaat ophalen en regelen een nieuw exemplaar.",
        "If the invoice remains unpaid, we will hand it over to a collection agency as per our terms.",
    })
    void leavesLawfulStepsAlone(String text) {
        assertThat(THREATS.find(text)).as(text).isEmpty();
    }

    @Test
    void conditionalOffersAndTheirUnconditionalTwins() {
        assertThat(REVIEWS.analyze("Als u uw beoordeling aanpast, dan krijgt u het volledige bedrag terug.").conditional()).isNotNull();
        assertThat(REVIEWS.analyze("Wij sturen een vervangend exemplaar op voorwaarde dat u uw review verwijdert.").conditional()).isNotNull();
        assertThat(REVIEWS.analyze("Pas na het verwijderen van uw review kunnen wij de terugbetaling in gang zetten.").conditional()).isNotNull();
        assertThat(REVIEWS.analyze("If you update your review to 5 stars we will refund the shipping costs.").conditional()).isNotNull();
        assertThat(REVIEWS.analyze("Wij hebben het volledige bedrag teruggestort, ongeacht uw beoordeling.").conditional()).isNull();
        assertThat(REVIEWS.analyze("Wij sturen u een nieuw exemplaar. Uw review kunt u plaatsen wanneer u wilt.").conditional()).isNull();
    }

    @Test
    void steeringAndTheAllowedReconsiderRequest() {
        assertThat(REVIEWS.analyze("Wij zouden een 5 sterren review erg waarderen!").steering()).isNotNull();
        assertThat(REVIEWS.analyze("Bent u tevreden? Laat dan een beoordeling achter. Niet tevreden? Neem eerst contact met ons op.").steering()).isNotNull();
        assertThat(REVIEWS.analyze("If you are happy with your order, please leave us a positive review.").steering()).isNotNull();
        ReviewTalk reconsider = REVIEWS.analyze("Nu het probleem is opgelost, wilt u geheel vrijblijvend uw beoordeling heroverwegen?");
        assertThat(reconsider.steering()).isNull();
        assertThat(reconsider.change()).isNotNull();
        assertThat(reconsider.request()).isNull();
        assertThat(REVIEWS.analyze("U kunt via bol.com een beoordeling achterlaten over dit artikel.").steering()).isNull();
    }

    @Test
    void reviewRequestsAndTheLiteralWording() {
        ReviewTalk invoice = REVIEWS.analyze("In de bijlage vindt u de factuur van uw bestelling.\nWilt u een review achterlaten op bol.com?");
        assertThat(invoice.request()).isNotNull();
        assertThat(invoice.orderHandling()).isNotNull();
        assertThat(invoice.honestWording()).isFalse();
        ReviewTalk honest = REVIEWS.analyze("Hierbij de factuur. Wij stellen een eerlijke\nbeoordeling op bol.com zeer op prijs.");
        assertThat(honest.honestWording()).isTrue();
        ReviewTalk separate = REVIEWS.analyze("Uw bestelling is bezorgd! Zou u een momentje willen nemen om een review te schrijven?");
        assertThat(separate.request()).isNotNull();
        assertThat(separate.orderHandling()).isNull();
    }

    @Test
    void marketingButNotCompensation() {
        assertThat(MARKETING.find("Schrijf je in voor onze nieuwsbrief en ontvang 10% korting!")).isNotEmpty();
        assertThat(MARKETING.find("Met code WELKOM10 krijg je 10% korting op je volgende bestelling.")).isNotEmpty();
        assertThat(MARKETING.find("Nieuw in ons assortiment: de Vario fietstas.")).isNotEmpty();
        assertThat(MARKETING.find("Check out our new collection, 20% off your next order!")).isNotEmpty();
        assertThat(MARKETING.find("Als compensatie voor de vertraging storten wij 5 euro terug op deze bestelling.")).isEmpty();
        assertThat(MARKETING.find("Uw pakket is vandaag verzonden met PostNL, de track & trace code is 3SABCD123.")).isEmpty();
    }

    @Test
    void theHonestWordingIsLookedForOnlyInTextsWithItsWords() {
        for (String text : List.of("Laat gerust een eerlijke beoordeling achter.", "We'd love your HONEST REVIEWS!",
                "Laissez un avis honnête.", "Een eerlijke beoordelingen-site.", "honest reviewer wanted")) {
            String flat = Normalizer.flat(text);
            assertThat(ReviewTalkDetector.HONEST.chosen(flat).isEmpty()).as(text).isFalse();
        }
        assertThat(REVIEWS.analyze("Laat gerust een eerlijke beoordeling achter.").honestWording()).isTrue();
        assertThat(REVIEWS.analyze("Laissez un avis honnête, merci.").honestWording()).isTrue();
        assertThat(REVIEWS.analyze("Een eerlijke beoordelingen-site.").honestWording()).isFalse(); // the expression still decides
        assertThat(ReviewTalkDetector.HONEST.chosen(Normalizer.flat("Bedankt voor uw bestelling, laat een review achter.")).isEmpty()).isTrue();
    }
}

package nl.commsaudit.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Phrasings beyond the corpora: other word orders, other insults, threats across two sentences. */
class MoreWordingTest {

    private static final Lexicon LEXICON = Lexicon.builtIn();
    private static final AbuseDetector ABUSE = new AbuseDetector(LEXICON);
    private static final PatternDetector THREATS = new PatternDetector(LEXICON, "threat-patterns", "threat");
    private static final ReviewTalkDetector REVIEWS = new ReviewTalkDetector(LEXICON);
    private static final PatternDetector MARKETING = new PatternDetector(LEXICON, "marketing", "promotion");

    @Test
    void moreInsultsAndThreats() {
        assertThat(ABUSE.find("Wat een klojo ben jij.")).isNotEmpty();
        assertThat(ABUSE.find("Jij gestoorde, lees de beschrijving.")).isNotEmpty();
        assertThat(ABUSE.find("Het is gestoord druk bij ons.")).isEmpty();
        assertThat(THREATS.find("Je bent gewaarschuwd.")).isNotEmpty();
        assertThat(THREATS.find("Wacht maar tot ik je tegenkom.")).isNotEmpty();
        assertThat(THREATS.find("You have been warned.")).isNotEmpty();
        assertThat(THREATS.find("I'll make you pay for that review.")).isNotEmpty();
    }

    @Test
    void conditionsInOtherWordOrders() {
        assertThat(REVIEWS.analyze("Zou u uw review willen aanpassen? Dan storten wij het volledige bedrag terug.").conditional()).isNotNull();
        assertThat(REVIEWS.analyze("Mocht u uw beoordeling verwijderen, dan sturen wij een nieuw exemplaar.").conditional()).isNotNull();
        assertThat(REVIEWS.analyze("Once your review is updated, we will issue the refund.").conditional()).isNotNull();
        assertThat(REVIEWS.analyze("Wij rekenen op een mooie review!").steering()).isNotNull();
        assertThat(REVIEWS.analyze("Wij sturen een nieuw exemplaar. Dan kunt u weer verder.").conditional()).isNull();
        assertThat(MARKETING.find("Profiteer nu van onze winterdeals!")).isNotEmpty();
    }
}

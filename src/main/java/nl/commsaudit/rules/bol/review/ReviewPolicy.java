package nl.commsaudit.rules.bol.review;

/** Where the BOL-REV rules come from. */
final class ReviewPolicy {

    static final String REMOVAL = "bol-klantbeoordeling.txt: Ik ben het niet eens met een beoordeling, kan deze weggehaald worden?";

    private ReviewPolicy() {
    }
}

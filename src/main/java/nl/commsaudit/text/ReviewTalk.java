package nl.commsaudit.text;

/**
 * What a message says about reviews. Each field is the first match of its kind, or {@code null}.
 *
 * @param request       a request to leave a review
 * @param change        a request to change or remove an existing review
 * @param conditional   a benefit tied to placing, changing or removing a review
 * @param steering      a score, stars, a positive review, or a review only if satisfied
 * @param honestWording whether the text literally asks for an "eerlijke beoordeling" / "honest review"
 * @param orderHandling content that makes the message needed for the order (invoice, shipping, return,
 *                      an answer), outside the review request itself, or {@code null}
 */
public record ReviewTalk(Match request, Match change, Match conditional, Match steering, boolean honestWording,
        Match orderHandling) {
}

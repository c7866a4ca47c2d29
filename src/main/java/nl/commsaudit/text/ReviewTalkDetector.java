package nl.commsaudit.text;

import java.util.List;

/**
 * Recognises review talk in Dutch, English and French: a request to leave a review, a request to
 * change or remove one, a benefit made conditional on a review, and steering of its score or content.
 * The allowed cases of the policy stay clean: pointing to the possibility of a review, the same
 * solution offered unconditionally ("ongeacht uw beoordeling"), and a reconsider request "geheel
 * vrijblijvend" after a solution. Patterns live in {@code lexicons/<lang>/review-*.txt}.
 */
public final class ReviewTalkDetector {

    /**
     * The honest-review wording, guarded by its words like the lexicons' lists: most texts lack them, and
     * the expression would be tried at every position.
     */
    static final LexiconPattern HONEST = new LexiconPattern(List.of("\\b(eerlijke beoordeling|honest reviews?|avis honnete)\\b"));

    private final LexiconPattern request;
    private final LexiconPattern change;
    private final LexiconPattern conditional;
    private final LexiconPattern unconditional;
    private final LexiconPattern steering;
    private final LexiconPattern satisfied;
    private final LexiconPattern free;
    private final LexiconPattern orderHandling;
    private final LexiconPattern pointer;
    private final LexiconPattern ask;

    public ReviewTalkDetector(Lexicon lexicon) {
        this.request = lexicon.alternation("review-request");
        this.change = lexicon.alternation("review-change");
        this.conditional = lexicon.alternation("review-conditional");
        this.unconditional = lexicon.alternation("review-unconditional");
        this.steering = lexicon.alternation("review-steering");
        this.satisfied = lexicon.alternation("review-satisfied");
        this.free = lexicon.alternation("review-free");
        this.orderHandling = lexicon.alternation("order-handling");
        this.pointer = lexicon.alternation("review-pointer");
        this.ask = lexicon.alternation("review-ask");
    }

    public ReviewTalk analyze(String text) {
        String lines = Normalizer.lines(text);
        Match changeMatch = first(change, lines, "change request", null);
        Match requestMatch = firstRequest(lines);
        Match conditionalMatch = first(conditional, lines, "conditional review", unconditional);
        Match steeringMatch = first(steering, lines, "steering", null);
        if (steeringMatch == null) {
            steeringMatch = first(satisfied, lines, "review only if satisfied", free);
        }
        String flat = Normalizer.flat(text);
        boolean honest = HONEST.matcher(flat).find();
        Match handling = null;
        LexiconMatcher matcher = orderHandling.matcher(lines);
        while (matcher.find() && handling == null) {
            if (requestMatch == null || !sentence(lines, matcher.start(), matcher.end()).contains(requestMatch.words())) {
                handling = new Match("order handling", matcher.group(), Normalizer.excerpt(lines, matcher.start(), matcher.end(), 40));
            }
        }
        return new ReviewTalk(requestMatch, changeMatch, conditionalMatch, steeringMatch, honest, handling);
    }

    /**
     * A request to leave a review: not in a sentence that asks to change or remove one, nor in one that
     * only points to the possibility ("u kunt een beoordeling achterlaten als u wilt").
     */
    private Match firstRequest(String lines) {
        LexiconMatcher matcher = request.matcher(lines);
        while (matcher.find()) {
            String sentence = sentence(lines, matcher.start(), matcher.end());
            boolean onlyPointer = pointer.matcher(sentence).find() && !ask.matcher(sentence).find();
            if (!change.matcher(sentence).find() && !onlyPointer) {
                return new Match("review request", matcher.group(), Normalizer.excerpt(lines, matcher.start(), matcher.end(), 40));
            }
        }
        return null;
    }

    /** The first match whose sentence does not contain the {@code unless} wording. */
    private static Match first(LexiconPattern pattern, String lines, String kind, LexiconPattern unless) {
        LexiconMatcher matcher = pattern.matcher(lines);
        while (matcher.find()) {
            if (unless == null || !unless.matcher(sentence(lines, matcher.start(), matcher.end())).find()) {
                return new Match(kind, matcher.group(), Normalizer.excerpt(lines, matcher.start(), matcher.end(), 40));
            }
        }
        return null;
    }

    /** The sentence (or line) around a span. */
    static String sentence(String text, int start, int end) {
        int from = start;
        while (from > 0 && ".!?\n".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < text.length() && ".!?\n".indexOf(text.charAt(to)) < 0) {
            to++;
        }
        return text.substring(from, Math.min(text.length(), to + 1));
    }
}

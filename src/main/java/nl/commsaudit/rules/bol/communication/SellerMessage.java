package nl.commsaudit.rules.bol.communication;

import java.time.Instant;
import java.util.List;
import nl.commsaudit.text.Match;
import nl.commsaudit.text.MessageText;
import nl.commsaudit.text.ReviewTalk;
import nl.commsaudit.text.TextDetectors;

/**
 * A message sent by a seller, as the message rules see it: its facts, its text (own words without
 * quotes) and the detectors' results, each computed once on first use and shared by the rules.
 */
public final class SellerMessage {

    private final String messageId;
    private final String sellerId;
    private final String recipient;
    private final boolean reply;
    private final Instant sentAt;
    private final MessageText text;
    private final TextDetectors detectors;

    private List<Match> abuse;
    private List<Match> threats;
    private List<Match> marketing;
    private ReviewTalk reviewTalk;

    public SellerMessage(String messageId, String sellerId, String recipient, boolean reply, Instant sentAt,
            MessageText text, TextDetectors detectors) {
        this.messageId = messageId;
        this.sellerId = sellerId;
        this.recipient = recipient;
        this.reply = reply;
        this.sentAt = sentAt;
        this.text = text;
        this.detectors = detectors;
    }

    public String messageId() {
        return messageId;
    }

    public String sellerId() {
        return sellerId;
    }

    public Instant sentAt() {
        return sentAt;
    }

    /** Whether it answers an earlier message ({@code in_reply_to} set). */
    public boolean reply() {
        return reply;
    }

    public boolean toCustomer() {
        return "CUSTOMER".equals(recipient);
    }

    public MessageText text() {
        return text;
    }

    public List<Match> abuse() {
        if (abuse == null) {
            abuse = detectors.abuse().find(text.own());
        }
        return abuse;
    }

    public List<Match> threats() {
        if (threats == null) {
            threats = detectors.threats().find(text.own());
        }
        return threats;
    }

    public List<Match> marketing() {
        if (marketing == null) {
            marketing = detectors.marketing().find(text.own());
        }
        return marketing;
    }

    public ReviewTalk reviewTalk() {
        if (reviewTalk == null) {
            reviewTalk = detectors.reviewTalk().analyze(text.own());
        }
        return reviewTalk;
    }

    /** A review request in a message that is needed anyway: an answer, or one about the order's handling. */
    public boolean needed() {
        return reply || reviewTalk().orderHandling() != null;
    }
}

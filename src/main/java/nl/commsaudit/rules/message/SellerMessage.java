package nl.commsaudit.rules.message;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.commsaudit.text.Emoji;
import nl.commsaudit.text.HtmlLint;
import nl.commsaudit.text.LinkPolicy;
import nl.commsaudit.text.Match;
import nl.commsaudit.text.MessageText;
import nl.commsaudit.text.ReviewTalk;
import nl.commsaudit.text.TextDetectors;
import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkSpan;
import org.nibor.autolink.LinkType;

/**
 * A message sent by a seller, as the message rules see it: its facts, its text (own words without
 * quotes), its order, and the detectors' results, each computed once on first use and shared by the
 * rules of both marketplaces.
 */
public final class SellerMessage {

    private static final LinkExtractor URLS = LinkExtractor.builder()
            .linkTypes(java.util.EnumSet.of(LinkType.URL, LinkType.WWW)).build();

    private final String messageId;
    private final String sellerId;
    private final String recipient;
    private final boolean reply;
    private final Instant sentAt;
    private final MessageText text;
    private final TextDetectors detectors;
    private final String orderId;
    private final OrderContext order;
    private final List<String> attachments;
    private final String body;
    private final boolean html;
    private final LinkPolicy links;

    private List<Match> abuse;
    private List<Match> threats;
    private List<Match> marketing;
    private ReviewTalk reviewTalk;
    private List<Match> personalData;
    private Map<HtmlLint.Kind, List<Match>> lint;
    private Optional<String> language;

    /** A message without order context (the bol.com rules need none). */
    public SellerMessage(String messageId, String sellerId, String recipient, boolean reply, Instant sentAt,
            MessageText text, TextDetectors detectors) {
        this(messageId, sellerId, recipient, reply, sentAt, text, detectors, null, null, null, "", false, null);
    }

    public SellerMessage(String messageId, String sellerId, String recipient, boolean reply, Instant sentAt,
            MessageText text, TextDetectors detectors, String orderId, OrderContext order, String attachments, String body,
            boolean html, LinkPolicy links) {
        this.messageId = messageId;
        this.sellerId = sellerId;
        this.recipient = recipient;
        this.reply = reply;
        this.sentAt = sentAt;
        this.text = text;
        this.detectors = detectors;
        this.orderId = orderId;
        this.order = order;
        this.attachments = attachments == null || attachments.isBlank() ? List.of()
                : Arrays.stream(attachments.split(";")).map(String::strip).filter(a -> !a.isEmpty()).toList();
        this.body = body == null ? "" : body;
        this.html = html;
        this.links = links == null ? new LinkPolicy(LinkPolicy.DEFAULT_ALLOWED) : links;
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

    /** Starts a conversation: {@code in_reply_to} is empty. */
    public boolean proactive() {
        return !reply;
    }

    public boolean toCustomer() {
        return "CUSTOMER".equals(recipient);
    }

    public MessageText text() {
        return text;
    }

    /** The message's own {@code order_id}, or {@code null}. */
    public String orderId() {
        return orderId;
    }

    /**
     * The staged order a proactive message is about, or {@code null} when unknown. A reply's order is not
     * looked up (always {@code null}): the rules that read the order judge proactive messages only
     * (AMZ-MSG-LATE, -NO-ORDER-ID, -WRONG-LANGUAGE), and replies are two thirds of the messages that
     * name an order.
     */
    public OrderContext order() {
        return reply ? null : order;
    }

    public List<String> attachments() {
        return attachments;
    }

    public boolean html() {
        return html;
    }

    public LinkPolicy links() {
        return links;
    }

    public TextDetectors detectors() {
        return detectors;
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

    /** E-mail addresses and phone numbers in the seller's own words (several rules ask; found once). */
    public List<Match> personalData() {
        if (personalData == null) {
            personalData = detectors.personalData().find(text.own());
        }
        return personalData;
    }

    public ReviewTalk reviewTalk() {
        if (reviewTalk == null) {
            reviewTalk = detectors.reviewTalk().analyze(text.own());
        }
        return reviewTalk;
    }

    /** The HTML linter's findings of one kind. */
    public List<Match> lint(HtmlLint.Kind kind) {
        if (lint == null) {
            lint = HtmlLint.lint(body, html, text.document(), detectors.vagueLinkTexts(), links);
        }
        return lint.getOrDefault(kind, List.of());
    }

    /** The language of the seller's own words, when there are enough of them to tell. */
    public Optional<String> language() {
        if (language == null) {
            language = detectors.languages().guess(text.own());
        }
        return language;
    }

    /** Every link target: anchors of an HTML body and URLs written as text. */
    public List<String> linkTargets() {
        List<String> targets = new ArrayList<>();
        text.links().forEach(link -> targets.add(link.href()));
        for (LinkSpan span : URLS.extractLinks(text.own())) {
            String url = text.own().substring(span.getBeginIndex(), span.getEndIndex());
            if (!targets.contains(url)) {
                targets.add(url);
            }
        }
        return targets;
    }

    /** A review request in a message that is needed anyway: an answer, or one about the order's handling. */
    public boolean needed() {
        return reply || reviewTalk().orderHandling() != null;
    }
}

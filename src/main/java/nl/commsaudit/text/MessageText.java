package nl.commsaudit.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/**
 * The text of one message as the detectors read it. HTML bodies are turned into text with jsoup
 * (block elements and {@code <br>} become line breaks); link targets and image facts are kept for the
 * rules that need them. The seller's <em>own</em> text leaves out what is recognisably quoted:
 * {@code > } lines, {@code <blockquote>} and mail-client quote blocks, everything below a reply header
 * such as "Op 3 maart 2026 schreef Jan:" or "On Mon, John wrote:", and a reply subject ("Re: ...",
 * which repeats the customer's subject).
 */
public final class MessageText {

    // compiled once: these run on every message
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    /** Spaces within a line of extracted text: the class {@code [ \t\x0B\f\u00A0]} (no {@code \r}). */
    static final String TIDY_SPACE = " \t\u000B\f\u00A0";

    /** A link in the body: its target and the text a reader sees. */
    public record Link(String href, String text, boolean wrapsImage) {
    }

    /** An image in the body, with the attributes the style rules judge. */
    public record Image(String src, String alt, String width, String height, String style) {
    }

    private static final Pattern REPLY_HEADER = Pattern.compile(
            "^\\s*(op .{3,120}(schreef|heeft .{0,40}geschreven).{0,120}:|on .{3,120}wrote.{0,10}:|le .{3,120}a [ée]crit.{0,10}:"
                    + "|-{2,}\\s*(original message|oorspronkelijk bericht|origineel bericht|message d'origine)\\s*-{2,}"
                    + "|(van|from|de)\\s*:.{1,120}@.{1,120})\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REPLY_SUBJECT = Pattern.compile("^\\s*(re|antw|aw|fw|fwd|tr)\\s*:", Pattern.CASE_INSENSITIVE);
    /** Quoted mail in an HTML body: left out of the seller's own text (the document itself is not changed). */
    private static final Evaluator QUOTE_BLOCK = QueryParser.parse(
            "blockquote, .gmail_quote, div[type=cite], .moz-cite-prefix, #divRplyFwdMsg, #appendonsend");
    private static final Set<String> BLOCK = Set.of("p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3",
            "h4", "h5", "h6", "blockquote", "section", "article", "header", "footer", "pre", "hr");

    private final String own;
    private final String all;
    private final List<Link> links;
    private final List<Image> images;
    private final Document document;

    private MessageText(String own, String all, List<Link> links, List<Image> images, Document document) {
        this.own = own;
        this.all = all;
        this.links = links;
        this.images = images;
        this.document = document;
    }

    /**
     * @param subject the subject, may be null
     * @param body    the body as exported
     * @param html    whether the content type is {@code text/html}
     */
    public static MessageText of(String subject, String body, boolean html) {
        String text = body == null ? "" : body;
        List<Link> links = new ArrayList<>();
        List<Image> images = new ArrayList<>();
        String allBody;
        String ownBody;
        Document document;
        if (html) {
            document = Jsoup.parse(text);
            String[] texts = texts(document, links, images);
            allBody = texts[0];
            ownBody = texts[1];
        } else {
            document = null;
            allBody = text;
            ownBody = text;
        }
        String ownSubject = subject == null || REPLY_SUBJECT.matcher(subject).find() ? "" : subject.strip();
        String own = withoutQuotes(ownBody);
        return new MessageText(join(ownSubject, own), join(subject == null ? "" : subject.strip(), allBody), links, images,
                document);
    }

    private static String join(String subject, String body) {
        return subject.isEmpty() ? body : subject + "\n" + body;
    }

    /** Drops {@code >} lines and everything from a reply header on. */
    static String withoutQuotes(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String line : LINE_BREAK.split(text, -1)) {
            if (mayBeReplyHeader(line) && REPLY_HEADER.matcher(line).matches()) {
                break;
            }
            if (line.stripLeading().startsWith(">")) {
                continue;
            }
            out.append(line).append('\n');
        }
        return out.toString().strip();
    }

    /**
     * Whether a line can be a {@link #REPLY_HEADER} at all: after leading white space (the expression's
     * {@code \s}) it begins with a letter or sign one of its alternatives begins with ("op", "on", "le",
     * "--", "van", "from", "de"; ASCII case-insensitive as the expression). Most lines do not, and the
     * expression is not cheap.
     */
    static boolean mayBeReplyHeader(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Normalizer.isWhiteSpace(c)) {
                continue;
            }
            return switch (c) {
                case 'o', 'O', 'l', 'L', '-', 'v', 'V', 'f', 'F', 'd', 'D' -> true;
                default -> false;
            };
        }
        return false;
    }

    /**
     * The body's text in one walk over the document: everything, and the same without quote blocks;
     * block elements on lines of their own. The same walk collects the links ({@code a[href]}) and
     * images, in document order.
     */
    private static String[] texts(Document document, List<Link> links, List<Image> images) {
        Element body = document.body();
        StringBuilder all = new StringBuilder();
        var walk = new NodeVisitor() {
            /**
             * The text without quote blocks: the same as all of it until a quote block begins (most
             * e-mails have none), so only then copied and written apart; {@code null} until then.
             */
            private StringBuilder own;
            /** The depth of the quote block being walked through, or -1. */
            private int quoteDepth = -1;
            /** The depth of the body, while the walk is in it, or -1. */
            private int bodyDepth = -1;

            private void append(String text) {
                all.append(text);
                if (own != null && quoteDepth < 0) {
                    own.append(text);
                }
            }

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element element) {
                    collect(element, links, images);
                    if (element == body) {
                        bodyDepth = depth;
                    }
                }
                if (bodyDepth < 0) {
                    return;
                }
                if (node instanceof Element element && quoteDepth < 0 && maybeQuote(element) && element.is(QUOTE_BLOCK)) {
                    quoteDepth = depth;
                    if (own == null) {
                        own = new StringBuilder(all);
                    }
                }
                String text = node instanceof TextNode textNode ? textNode.text()
                        : node instanceof Element element && BLOCK.contains(element.normalName()) ? "\n" : null;
                if (text != null) {
                    append(text);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (bodyDepth < 0) {
                    return;
                }
                if (node instanceof Element element && BLOCK.contains(element.normalName())
                        && !element.normalName().equals("br")) {
                    append("\n");
                }
                if (depth == quoteDepth) {
                    quoteDepth = -1;
                }
                if (depth == bodyDepth) {
                    bodyDepth = -1;
                }
            }
        };
        NodeTraversor.traverse(walk, document);
        if (body == null) {
            return new String[] {"", ""};
        }
        String allText = tidy(all);
        return new String[] {allText, walk.own == null ? allText : tidy(walk.own)};
    }

    private static void collect(Element element, List<Link> links, List<Image> images) {
        String name = element.normalName();
        if (name.equals("a") && element.hasAttr("href")) {
            links.add(new Link(element.attr("href").strip(), element.text().strip(), !element.select("img").isEmpty()));
        } else if (name.equals("img")) {
            images.add(new Image(element.attr("src").strip(), element.hasAttr("alt") ? element.attr("alt") : null,
                    element.attr("width"), element.attr("height"), element.attr("style")));
        }
    }

    /**
     * Whether the element can be a {@link #QUOTE_BLOCK} at all: a blockquote, or an element with
     * attributes (every other alternative asks for a class, an id or a type); most elements of an e-mail
     * have none, and the selector is not cheap.
     */
    private static boolean maybeQuote(Element element) {
        return element.attributesSize() > 0 || "blockquote".equals(element.normalName());
    }

    private static String tidy(CharSequence text) {
        // [ \t\x0B\f\u00A0]+ to one space, then " ?\n[\n ]*" to one line break
        return Normalizer.collapseLines(text, TIDY_SPACE).strip();
    }

    /** The seller's own words: subject (unless a reply subject) and body without quoted text. */
    public String own() {
        return own;
    }

    /** Everything, quotes included. */
    public String all() {
        return all;
    }

    public List<Link> links() {
        return links;
    }

    public List<Image> images() {
        return images;
    }

    /** The parsed HTML body, unchanged (quotes included), for the style checks; {@code null} for plain text. */
    public Document document() {
        return document;
    }

    /** Own text with all white space, line breaks included, collapsed to single spaces, in lower case. */
    public String ownFlat() {
        return Normalizer.collapse(own, Normalizer.WHITE_SPACE).toLowerCase(Locale.ROOT);
    }
}

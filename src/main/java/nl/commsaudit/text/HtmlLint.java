package nl.commsaudit.text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Amazon's style and content rules for e-mail bodies, checked on the HTML with jsoup (a plain-text body
 * gets the checks that apply to text: line breaks). Each finding names the element, e.g.
 * {@code <img src="http://…" width="1" height="1">}. Knows nothing of rules.
 */
public final class HtmlLint {

    // compiled once: these run on every e-mail
    private static final Pattern QUERY = Pattern.compile("[?#].*$");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N} ]");

    /** What is checked. */
    public enum Kind {
        TRACKING_PIXEL, LOGO_LINK, GIF, LINK_TEXT, IMG_ALT, INSECURE_IMAGE, LINE_BREAKS, CENTERED, FONT_SIZES, FONT,
        MARGIN, IMAGE_WIDTH, OPT_OUT_LINK
    }

    private static final Pattern CSS = Pattern.compile("([a-z-]+)\\s*:\\s*([^;]+)");
    private static final Pattern LENGTH = Pattern.compile("(-?\\d+(?:\\.\\d+)?)\\s*(px|%|em|rem|pt)?");
    private static final Pattern THREE_NEWLINES = Pattern.compile("\\n[ \\t]*\\n[ \\t]*\\n");
    private static final Pattern OPT_OUT = Pattern.compile("(afmeld|uitschrijv|unsubscrib|opt[- ]?out|desabonn|désabonn|desinscri|désinscri|abmeld)",
            Pattern.CASE_INSENSITIVE);
    private static final double WIDTH = 600;

    private HtmlLint() {
    }

    /**
     * @param parsed         the body already parsed by jsoup ({@link MessageText#document()}), not changed
     *                       here; {@code null} to parse it here
     * @param vagueLinkTexts link texts that do not explain the link, flat ("klik hier", "here")
     * @param links          which link targets are allowed
     */
    public static Map<Kind, List<Match>> lint(String body, boolean html, Document parsed, Set<String> vagueLinkTexts,
            LinkPolicy links) {
        Map<Kind, List<Match>> found = new EnumMap<>(Kind.class);
        if (!html) {
            Matcher breaks = THREE_NEWLINES.matcher(body.replace("\r\n", "\n"));
            if (breaks.find()) {
                add(found, Kind.LINE_BREAKS, "three or more line breaks in a row", body, breaks.start(), breaks.end());
            }
            return found;
        }
        Document document = parsed != null ? parsed : Jsoup.parse(body);
        // one walk over the elements, each element's style read once; line-break findings are kept
        // apart so that the <br> runs come before the empty paragraphs, as the checks are listed
        Set<String> sizes = new LinkedHashSet<>();
        List<Match> brRuns = new ArrayList<>();
        List<Match> emptyBlocks = new ArrayList<>();
        for (Element element : document.getAllElements()) {
            String name = element.normalName();
            Map<String, String> css = css(element);
            switch (name) {
                case "img" -> image(element, css, found);
                case "a" -> {
                    if (element.hasAttr("href")) {
                        link(element, vagueLinkTexts, links, found);
                    }
                }
                case "br" -> brRun(element, brRuns);
                case "p", "div" -> {
                    if (element.children().isEmpty() && element.text().replace('\u00A0', ' ').isBlank()) {
                        emptyBlocks.add(evidence(element));
                    }
                }
                default -> { }
            }
            String align = element.attr("align").toLowerCase(Locale.ROOT);
            if (name.equals("center") || align.equals("center") || css.getOrDefault("text-align", "").contains("center")) {
                add(found, Kind.CENTERED, element);
            }
            if (name.equals("font") || css.containsKey("font-family") || css.containsKey("color")
                    || css.containsKey("line-height") || css.containsKey("font")) {
                add(found, Kind.FONT, element);
            }
            if (css.containsKey("font-size")) {
                sizes.add(css.get("font-size").strip());
            }
            if (name.equals("font") && element.hasAttr("size")) {
                sizes.add("font size " + element.attr("size"));
            }
            for (Map.Entry<String, String> property : css.entrySet()) {
                if ((property.getKey().startsWith("margin") || property.getKey().startsWith("padding"))
                        && tooWide(property.getValue())) {
                    add(found, Kind.MARGIN, element);
                    break;
                }
            }
        }
        if (sizes.size() > 3) {
            found.computeIfAbsent(Kind.FONT_SIZES, k -> new ArrayList<>())
                    .add(new Match(sizes.size() + " font sizes:", String.join(", ", sizes), ""));
        }
        brRuns.addAll(emptyBlocks);
        if (!brRuns.isEmpty()) {
            found.put(Kind.LINE_BREAKS, brRuns);
        }
        return found;
    }

    private static void image(Element img, Map<String, String> css, Map<Kind, List<Match>> found) {
        String src = img.attr("src").strip();
        double width = size(img.attr("width"), css.get("width"));
        double height = size(img.attr("height"), css.get("height"));
        boolean hidden = css.getOrDefault("display", "").contains("none") || css.getOrDefault("visibility", "").contains("hidden");
        if ((width >= 0 && width <= 1 && height >= 0 && height <= 1) || hidden || width == 0 || height == 0) {
            add(found, Kind.TRACKING_PIXEL, img);
        }
        if (!img.hasAttr("alt") || img.attr("alt").isBlank()) {
            add(found, Kind.IMG_ALT, img);
        }
        if (src.toLowerCase(Locale.ROOT).startsWith("http:")) {
            add(found, Kind.INSECURE_IMAGE, img);
        }
        if (QUERY.matcher(src.toLowerCase(Locale.ROOT)).replaceAll("").endsWith(".gif")) {
            add(found, Kind.GIF, img);
        }
        if (width > WIDTH * 0.8 || percent(img.attr("width"), css.get("width")) > 80) {
            add(found, Kind.IMAGE_WIDTH, img);
        }
    }

    private static void link(Element a, Set<String> vagueLinkTexts, LinkPolicy links, Map<Kind, List<Match>> found) {
        String href = a.attr("href");
        boolean wrapsImage = !a.select("img").isEmpty();
        String shown = a.text();
        if (wrapsImage && links.problem(href) != null) {
            add(found, Kind.LOGO_LINK, a);
        }
        String text = NOT_WORD.matcher(Normalizer.flat(shown)).replaceAll("").strip();
        if (text.isEmpty() && !wrapsImage || vagueLinkTexts.contains(text)) {
            add(found, Kind.LINK_TEXT, a);
        }
        if (OPT_OUT.matcher(href).find() || OPT_OUT.matcher(shown).find()) {
            add(found, Kind.OPT_OUT_LINK, a);
        }
    }

    /** A {@code <br>} that starts a run of three or more (blank text between them does not break the run). */
    private static void brRun(Element br, List<Match> found) {
        int run = 1;
        Node next = br.nextSibling();
        while (next != null && (next instanceof Element e && e.normalName().equals("br")
                || next instanceof TextNode t && t.isBlank())) {
            if (next instanceof Element) {
                run++;
            }
            next = next.nextSibling();
        }
        Node previous = br.previousSibling();
        while (previous instanceof TextNode t && t.isBlank()) {
            previous = previous.previousSibling();
        }
        boolean startOfRun = !(previous instanceof Element e && e.normalName().equals("br"));
        if (run >= 3 && startOfRun) {
            found.add(new Match("line breaks", run + " <br> in a row", ""));
        }
    }

    private static boolean tooWide(String value) {
        Matcher length = LENGTH.matcher(value);
        while (length.find()) {
            double number = Double.parseDouble(length.group(1));
            String unit = length.group(2) == null ? "px" : length.group(2);
            if (unit.equals("%") && number > 20 || unit.equals("px") && number > WIDTH * 0.2) {
                return true;
            }
        }
        return false;
    }

    /** Pixels from an attribute or CSS value; -1 when not given in pixels. */
    private static double size(String attribute, String css) {
        for (String value : new String[] {attribute, css}) {
            if (value != null && !value.isBlank()) {
                Matcher length = LENGTH.matcher(value.strip());
                if (length.lookingAt() && (length.group(2) == null || length.group(2).equals("px"))) {
                    return Double.parseDouble(length.group(1));
                }
            }
        }
        return -1;
    }

    private static double percent(String attribute, String css) {
        for (String value : new String[] {attribute, css}) {
            if (value != null && value.strip().endsWith("%")) {
                try {
                    return Double.parseDouble(value.strip().replace("%", "").strip());
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
        }
        return -1;
    }

    private static Map<String, String> css(Element element) {
        String style = element.attr("style");
        if (style.isEmpty()) {
            return Map.of(); // most elements
        }
        Map<String, String> css = new java.util.LinkedHashMap<>();
        Matcher declaration = CSS.matcher(style.toLowerCase(Locale.ROOT));
        while (declaration.find()) {
            css.put(declaration.group(1), declaration.group(2).strip());
        }
        return css;
    }

    /** The element as evidence: a link with its text or image, an image whole, anything else by its start tag. */
    private static void add(Map<Kind, List<Match>> found, Kind kind, Element element) {
        found.computeIfAbsent(kind, k -> new ArrayList<>()).add(evidence(element));
    }

    private static Match evidence(Element element) {
        String html = switch (element.normalName()) {
            case "a", "img" -> element.outerHtml();
            default -> "<" + element.normalName() + element.attributes().html() + ">";
        };
        return new Match(element.normalName(), shorten(html), "");
    }

    private static void add(Map<Kind, List<Match>> found, Kind kind, String what, String text, int start, int end) {
        found.computeIfAbsent(kind, k -> new ArrayList<>()).add(new Match(what, what, Normalizer.excerpt(text, start, end, 30)));
    }

    private static String shorten(String html) {
        String flat = Normalizer.collapse(html, Normalizer.WHITE_SPACE).strip();
        return flat.length() <= 160 ? flat : flat.substring(0, 157) + "…";
    }
}

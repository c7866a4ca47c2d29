package nl.commsaudit.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The style checks of one e-mail in one walk: every kind, its evidence, and the order of the line-break
 * findings (runs of {@code <br>} first, then empty paragraphs, whatever their order in the document).
 * The rules' own tests judge the same checks through the rules.
 */
class HtmlLintTest {

    private static final LinkPolicy LINKS = new LinkPolicy(LinkPolicy.DEFAULT_ALLOWED);
    private static final Set<String> VAGUE = Set.of("klik hier");

    private static Map<HtmlLint.Kind, List<Match>> lint(String html) {
        return HtmlLint.lint(html, true, null, VAGUE, LINKS);
    }

    private static List<String> words(Map<HtmlLint.Kind, List<Match>> found, HtmlLint.Kind kind) {
        return found.getOrDefault(kind, List.of()).stream().map(Match::words).toList();
    }

    @Test
    void imagesAndLinks() {
        Map<HtmlLint.Kind, List<Match>> found = lint("<html><body><p>Beste klant,</p>"
                + "<img src=\"https://shop.example/open.png\" width=\"1\" height=\"1\" alt=\"\">"
                + "<img src=\"http://shop.example/banner.gif?v=2\" style=\"width: 700px\" alt=\"Banner\">"
                + "<a href=\"https://shop.example\"><img src=\"https://shop.example/logo.png\" alt=\"Logo\" width=\"80\"></a>"
                + "<a href=\"https://www.postnl.nl/track\">Klik hier</a>"
                + "<a href=\"https://shop.example/afmelden\">Geen mails meer</a></body></html>");

        assertThat(words(found, HtmlLint.Kind.TRACKING_PIXEL)).containsExactly(
                "<img src=\"https://shop.example/open.png\" width=\"1\" height=\"1\" alt=\"\">");
        assertThat(words(found, HtmlLint.Kind.IMG_ALT)).hasSize(1); // the pixel's empty alt; the others have one
        assertThat(words(found, HtmlLint.Kind.INSECURE_IMAGE)).singleElement().asString().contains("http://shop.example/banner.gif");
        assertThat(words(found, HtmlLint.Kind.GIF)).singleElement().asString().contains("banner.gif?v=2");
        assertThat(words(found, HtmlLint.Kind.IMAGE_WIDTH)).singleElement().asString().contains("width: 700px");
        assertThat(words(found, HtmlLint.Kind.LOGO_LINK)).singleElement().asString().startsWith("<a href=\"https://shop.example\">");
        assertThat(words(found, HtmlLint.Kind.LINK_TEXT)).singleElement().asString().contains("Klik hier");
        assertThat(words(found, HtmlLint.Kind.OPT_OUT_LINK)).singleElement().asString().contains("afmelden");
    }

    @Test
    void styleOfElements() {
        Map<HtmlLint.Kind, List<Match>> found = lint("<html><body>"
                + "<div style=\"text-align: center; font-size: 12px\">Welkom</div>"
                + "<p style=\"font-family: Comic Sans MS; font-size: 14px\">Tekst</p>"
                + "<p style=\"margin-left: 200px; font-size: 16px\">Ingesprongen</p>"
                + "<font size=\"5\">Groot</font><center>Midden</center><p>Gewoon</p></body></html>");

        assertThat(words(found, HtmlLint.Kind.CENTERED)).containsExactly(
                "<div style=\"text-align: center; font-size: 12px\">", "<center>");
        assertThat(words(found, HtmlLint.Kind.FONT)).containsExactly(
                "<p style=\"font-family: Comic Sans MS; font-size: 14px\">", "<font size=\"5\">");
        assertThat(words(found, HtmlLint.Kind.MARGIN)).containsExactly("<p style=\"margin-left: 200px; font-size: 16px\">");
        assertThat(words(found, HtmlLint.Kind.FONT_SIZES)).containsExactly("12px, 14px, 16px, font size 5");
    }

    @Test
    void lineBreakRunsComeBeforeEmptyParagraphs() {
        Map<HtmlLint.Kind, List<Match>> found = lint("<html><body><p> </p><p>Hallo</p>"
                + "<div>regel<br><br>\n<br>na drie</div><div>twee<br><br>niet genoeg</div><div>\u00A0</div></body></html>");

        assertThat(words(found, HtmlLint.Kind.LINE_BREAKS)).containsExactly("3 <br> in a row", "<p>", "<div>");
    }

    @Test
    void aCleanMailHasNoFindings() {
        assertThat(lint("<html><body><p>Beste klant,</p><p>Uw bestelling is verzonden. Met de"
                + " <a href=\"https://www.postnl.nl/track\">track-and-tracecode</a> volgt u haar.</p>"
                + "<p>Met vriendelijke groet,<br>Jan</p></body></html>")).isEmpty();
    }
}

package nl.commsaudit.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessageTextTest {

    @Test
    void quotedLinesAndEverythingBelowAReplyHeaderAreNotTheSellersOwnText() {
        MessageText text = MessageText.of("Re: Jullie zijn oplichters", """
                Beste klant,
                > Jullie zijn kankerlijers!
                Wij helpen u graag.

                Op 3 nov. 2026 om 10:14 schreef Jan <jan@example.nl>:
                Klootzakken, waar is mijn pakket?
                """, false);
        assertThat(text.own()).isEqualTo("Beste klant,\nWij helpen u graag.");
        assertThat(text.all()).contains("kankerlijers", "Klootzakken", "Re: Jullie zijn oplichters");
    }

    @Test
    void htmlBecomesTextWithLinksAndImagesKept() {
        MessageText text = MessageText.of("Uw bestelling", """
                <html><body><p>Beste klant,</p><p>Volg uw pakket <a href="https://jouw.postnl.nl/t/3S">hier</a>.<br>Groet</p>
                <blockquote>Waar blijft het, idioot?</blockquote>
                <a href="https://shop.example"><img src="http://shop.example/logo.png" width="600"></a></body></html>
                """, true);
        assertThat(text.own()).isEqualTo("Uw bestelling\nBeste klant,\nVolg uw pakket hier.\nGroet");
        assertThat(text.all()).contains("idioot");
        assertThat(text.links()).extracting(MessageText.Link::href).containsExactly("https://jouw.postnl.nl/t/3S", "https://shop.example");
        assertThat(text.links().get(1).wrapsImage()).isTrue();
        assertThat(text.images()).singleElement().satisfies(image -> {
            assertThat(image.src()).isEqualTo("http://shop.example/logo.png");
            assertThat(image.alt()).isNull();
            assertThat(image.width()).isEqualTo("600");
        });
        assertThat(MessageText.of(null, "eerlijke<br>\n beoordeling", true).ownFlat()).isEqualTo("eerlijke beoordeling");
    }

    @Test
    void everyKindOfQuoteBlockIsLeftOutOfTheSellersOwnText() {
        String[] quotes = {
            "<blockquote>QUOTED</blockquote>",
            "<div class=\"gmail_quote\"><p>QUOTED</p></div>",
            "<div type=\"cite\">QUOTED</div>",
            "<p class=\"moz-cite-prefix\">QUOTED</p>",
            "<div id=\"divRplyFwdMsg\">QUOTED</div>",
            "<span id=\"appendonsend\">QUOTED</span>",
        };
        for (String quote : quotes) {
            MessageText text = MessageText.of(null, "<p style=\"margin:0\">Beste klant,</p>" + quote + "<p>Groet</p>", true);
            assertThat(text.own()).as(quote).isEqualTo("Beste klant,\nGroet");
            assertThat(text.all()).as(quote).contains("QUOTED");
        }
        // attributes alone do not make a quote
        MessageText styled = MessageText.of(null, "<div class=\"footer\" id=\"x\" type=\"note\">Groet</div>", true);
        assertThat(styled.own()).isEqualTo("Groet");
    }

    @Test
    void anAnalystExtendsALexiconWithoutARebuild(@TempDir Path overrides) throws Exception {
        assertThat(new AbuseDetector(Lexicon.builtIn()).find("U bent een sufkop.")).isEmpty();
        Files.createDirectories(overrides.resolve("nl"));
        Files.writeString(overrides.resolve("nl/abuse-addressed.txt"), "# extra\nsufkop\n");
        assertThat(new AbuseDetector(new Lexicon(overrides)).find("U bent een sufkop.")).singleElement()
                .extracting(Match::words).isEqualTo("sufkop");
        assertThat(new AbuseDetector(new Lexicon(overrides)).find("Wat een klootzak.")).isNotEmpty(); // built-ins stay
    }
}

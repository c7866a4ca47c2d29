package nl.commsaudit.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class LexiconPatternTest {

    @Test
    void readsTheWordsAPatternCannotMatchWithout() {
        assertThat(LexiconPattern.anchors("\\b(change|update|edit)\\b[^.]{0,30}\\b(your|the) review")).containsExactly("review");
        assertThat(LexiconPattern.anchors("\\b(change|update|edit)\\b[^.]{0,30}")).containsExactly("change", "update", "edit");
        assertThat(LexiconPattern.anchors("\\b(?:(?:reviews?|ratings?)|feedback)\\b")).containsExactly("review", "rating", "feedback");
        assertThat(LexiconPattern.anchors("\\bkortingscode\\b")).containsExactly("kortingscode");
        assertThat(LexiconPattern.anchors("\\b(u kunt|je kunt) een")).containsExactly("u kunt", "je kunt");
        assertThat(LexiconPattern.anchors("\\b(we )?sturen")).containsExactly("sturen"); // an optional group anchors nothing
        assertThat(LexiconPattern.anchors("\\b(wij|we) (weten|weet) waar (je|u) woont")).containsExactly("woont");
        assertThat(LexiconPattern.anchors("\\b\\d+ ?(%|procent) korting\\b")).containsExactly("korting");
        assertThat(LexiconPattern.anchors("k[o0]rting|discount")).containsExactly("rting", "discount");
        assertThat(LexiconPattern.anchors("^(hi|hey)\\b.{0,40}$")).containsExactly("hi", "hey");
        assertThat(LexiconPattern.anchors("\\b\\w+ing\\b")).containsExactly("ing");
        assertThat(LexiconPattern.anchors("\\b\\w+\\b")).isNull();
        assertThat(LexiconPattern.anchors("(?i)korting")).isNull();
    }

    @Test
    void readsEveryElementAMatchMustContain() {
        assertThat(LexiconPattern.required("\\b(wij|we) (weten|weet) waar (je|u) woont"))
                .as("(je|u) anchors nothing: a one-letter word is no anchor")
                .containsExactly(List.of("wij", "we"), List.of("weten", "weet"), List.of("waar"), List.of("woont"));
        assertThat(LexiconPattern.required("\\b(we )?sturen (een|de) (kortingscode|voucher)"))
                .containsExactly(List.of("sturen"), List.of("een", "de"), List.of("kortingscode", "voucher"));
        assertThat(LexiconPattern.required("korting|discount")).as("alternatives: one list").containsExactly(List.of("korting", "discount"));
        assertThat(LexiconPattern.required("\\b\\w+\\b")).isNull();
    }

    /** The automaton only skips texts the expression cannot match: on every corpus text, the answers agree. */
    @Test
    void givesTheAnswersOfTheRegularExpressionOnEveryCorpusText() throws Exception {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/corpus"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                try (Reader reader = Files.newBufferedReader(file)) {
                    for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                        for (String value : record) {
                            if (value.length() > 20) {
                                texts.add(Normalizer.lines(value));
                            }
                        }
                    }
                }
            }
        }
        assertThat(texts).hasSizeGreaterThan(400);
        Set<String> lists = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/lexicons/nl"))) {
            files.map(f -> f.getFileName().toString().replace(".txt", "")).forEach(lists::add);
        }
        Lexicon lexicon = Lexicon.builtIn();
        int guarded = 0;
        for (String list : lists) {
            LexiconPattern pattern = lexicon.alternation(list);
            guarded += pattern.prefiltered() ? 1 : 0;
            for (String text : texts) {
                List<String> fast = new ArrayList<>();
                var matcher = pattern.matcher(text);
                while (matcher.find()) {
                    fast.add(matcher.start() + "-" + matcher.end() + ":" + matcher.group());
                }
                List<String> full = new ArrayList<>();
                var plain = pattern.pattern().matcher(text);
                while (plain.find()) {
                    full.add(plain.start() + "-" + plain.end() + ":" + plain.group());
                }
                assertThat(fast).as(list + " on: " + text).isEqualTo(full);
            }
        }
        assertThat(guarded).as("lists guarded by an automaton").isGreaterThan(lists.size() / 2);
        System.out.println("lexicon lists guarded by an automaton: " + guarded + " of " + lists.size());
    }

    @Test
    void runsOnlyThePatternsWhoseAnchorsTheTextHolds() {
        LexiconPattern list = new LexiconPattern(List.of(
                "\\b(wij|we) (weten|weet) waar (je|u) woont\\b",
                "\\b(je|u) (gaat|zult) (hiervoor )?boeten\\b",
                "(?i)korting",
                "\\bmaak (je|jou) (af|kapot)\\b"));
        String text = "wij weten waar je woont, en je gaat ervoor bezuren.";
        assertThat(list.chosen(text).stream().boxed().toList())
                .as("woont is there, boeten and maak are not; a pattern without anchors always runs")
                .containsExactly(0, 2);
        var matcher = list.matcher(text);
        assertThat(matcher.find()).isTrue();
        assertThat(matcher.group()).isEqualTo("wij weten waar je woont");
        assertThat(list.chosen("Bedankt voor uw bestelling").stream().boxed().toList()).containsExactly(2);
        assertThat(list.matcher("je gaat hiervoor boeten").find()).isTrue();
    }

    @Test
    void aListCompiledAfterTextsWereScannedFindsItsWords() {
        String text = "Uw pakket gaat vandaag met de koerier mee, zaterdag bezorgd.";
        LexiconPattern first = new LexiconPattern(List.of("\\bkoerier\\b"));
        assertThat(first.matcher(text).find()).isTrue(); // the automaton is built for the words so far
        // the words of a list compiled later ("zaterdagbezorging" is new to the automaton) are found too
        LexiconPattern later = new LexiconPattern(List.of("\\bzaterdag bezorgd\\b", "\\bzaterdagbezorging\\b"));
        assertThat(later.chosen(text).stream().boxed().toList()).containsExactly(0);
        assertThat(later.matcher("Kies voor zaterdagbezorging!").find()).isTrue();
    }

    @Test
    void readsTheBeginningsOfAPattern() {
        assertThat(words("\\b(laat|geef|zou(den)? (u|je))\\b[^.!?\\n]{0,80}\\breview"))
                .containsExactly("laat", "geef", "zou");
        assertThat(words("\\breviews?\\b|\\b(5|vijf) ?sterren")).containsExactly("review", "5", "vijf");
        assertThat(words("\\b(?:track ?(&|en) ?trace|pakbon)\\b")).containsExactly("track", "pakbon");
        assertThat(words("\\b((wij|we) weten|ik weet) waar")).containsExactly("wij", "we", "ik weet");
        assertThat(LexiconPattern.starts("\\b(een )?negatieve review")).as("an optional first element").isNull();
        assertThat(LexiconPattern.starts("[^.]{0,20}korting")).as("a class first").isNull();
        assertThat(LexiconPattern.starts("\\w+ korting")).isNull();
        assertThat(LexiconPattern.starts("(?<=\\s)korting")).isNull();
        assertThat(LexiconPattern.starts("(?i)korting")).isNull();
        assertThat(LexiconPattern.starts("korting|\\d+ euro")).as("one alternative unknown: all unknown").isNull();
    }

    @Test
    void aBeginningAfterAWordBoundaryIsLookedForWhereAWordBegins() {
        assertThat(LexiconPattern.starts("\\b(laat|geef)\\b|korting|\\b€ ?5|(\\bgratis|\\d+ euro)")).isNull();
        assertThat(LexiconPattern.starts("\\b(laat|geef)\\b|korting|\\b€ ?5|(\\bgratis|extra)")).containsExactly(
                new LexiconPattern.Start("laat", true), new LexiconPattern.Start("geef", true),
                new LexiconPattern.Start("korting", false), new LexiconPattern.Start("€", false),
                new LexiconPattern.Start("gratis", true), new LexiconPattern.Start("extra", false));
        LexiconPattern list = new LexiconPattern(List.of("\\bkorting\\b", "prijs"));
        List<String> found = new ArrayList<>();
        var matcher = list.matcher("kortingscode: korting op de inkoopprijs, geen prijskorting");
        while (matcher.find()) {
            found.add(matcher.start() + ":" + matcher.group());
        }
        assertThat(found).containsExactly("14:korting", "34:prijs", "46:prijs");
    }

    private static List<String> words(String regex) {
        return LexiconPattern.starts(regex).stream().map(LexiconPattern.Start::word).toList();
    }

    /** Tried only where a beginning occurs, the matches are those of a search from every position. */
    @Test
    void triesThePatternsOnlyWhereTheyCanBegin() {
        LexiconPattern list = new LexiconPattern(List.of("\\b(laat|geef)\\b[^.!?\\n]{0,40}\\breview", "\\bregarding (your|the)\\b"));
        String text = "we laat ons weten. geeft u een review? geef ons een review, laat een review. "
                + "inlaat review. regarding your order; regarding the review";
        List<String> found = new ArrayList<>();
        var matcher = list.matcher(text);
        while (matcher.find()) {
            found.add(matcher.start() + ":" + matcher.group());
        }
        // "laat ons weten." ends its sentence, "geeft" is no "geef", the match from "geef" runs on to the last
        // "review" before the full stop, "inlaat" does not begin at a word boundary
        assertThat(found).containsExactly("39:geef ons een review, laat een review", "92:regarding your",
                "114:regarding the");
        List<String> plain = new ArrayList<>();
        var full = list.pattern().matcher(text);
        while (full.find()) {
            plain.add(full.start() + ":" + full.group());
        }
        assertThat(found).isEqualTo(plain);
    }
}

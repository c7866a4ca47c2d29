package nl.commsaudit.text;

import java.nio.file.Path;

/**
 * The text detectors of one run, built once from the lexicons (with a job definition's override
 * folder, if any) and shared by all rules. Thread-safe.
 */
public final class TextDetectors {

    private final AbuseDetector abuse;
    private final PatternDetector threats;
    private final ReviewTalkDetector reviewTalk;
    private final PatternDetector marketing;
    private final PersonalDataDetector personalData;
    private final Lexicon lexicon;
    private final LanguageGuesser languages = new LanguageGuesser();
    private final SpellingChecker spelling = new SpellingChecker();
    private final java.util.Set<String> vagueLinkTexts;

    public TextDetectors(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.vagueLinkTexts = lexicon.words("link-text-vague");
        this.personalData = new PersonalDataDetector();
        this.abuse = new AbuseDetector(lexicon);
        this.threats = new PatternDetector(lexicon, "threat-patterns", "threat");
        this.reviewTalk = new ReviewTalkDetector(lexicon);
        this.marketing = new PatternDetector(lexicon, "marketing", "promotion");
    }

    /** @param lexiconOverrides a folder with extra lexicon entries, or {@code null} */
    public static TextDetectors load(Path lexiconOverrides) {
        return new TextDetectors(new Lexicon(lexiconOverrides));
    }

    public AbuseDetector abuse() {
        return abuse;
    }

    public PatternDetector threats() {
        return threats;
    }

    public ReviewTalkDetector reviewTalk() {
        return reviewTalk;
    }

    public PatternDetector marketing() {
        return marketing;
    }

    public PersonalDataDetector personalData() {
        return personalData;
    }

    public SpellingChecker spelling() {
        return spelling;
    }

    public LanguageGuesser languages() {
        return languages;
    }

    /** Link texts that do not explain the link ("klik hier", "here"), flat. */
    public java.util.Set<String> vagueLinkTexts() {
        return vagueLinkTexts;
    }

    /** The lexicons themselves, for rules with a list of their own. */
    public Lexicon lexicon() {
        return lexicon;
    }
}

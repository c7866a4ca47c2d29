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
    /** The thread of {@link #warmUp}, or {@code null}. */
    private volatile Thread warmUp;

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

    /**
     * Loads the language models and spelling dictionaries on a background thread, so that the several
     * seconds of CPU this takes (Lingua's n-gram models, LanguageTool's word lists) overlap the staging
     * of sellers and orders, which use one core, instead of stalling the message pass when its first
     * Amazon message needs them. Returns at once; a detector asked before it is ready waits for the
     * same load instead of doing it twice.
     *
     * @param languages whether a rule will ask a text's language
     * @param spelling whether a rule will check spelling (it asks the language too)
     */
    public void warmUp(boolean languages, boolean spelling) {
        if (!languages && !spelling) {
            return;
        }
        Thread thread = new Thread(() -> {
            this.languages.loadModels(); // the spelling rule asks the language first
            if (spelling) {
                this.spelling.unknownWords("bedankt voor uw bestelling", "nl");
                this.spelling.unknownWords("thank you for your order", "en");
            }
        }, "detector-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        warmUp = thread;
        thread.start();
    }

    /**
     * Unloads the language models (about 250 MB of heap at 8 languages) and forgets the spellers'
     * remembered answers, for the steps after the message pass, which do not use them. A later
     * question loads them again. While the warm-up is still loading them (a message pass shorter than the
     * loading), they stay: unloading would race with the loading.
     */
    public void releaseModels() {
        Thread loading = warmUp;
        if (loading != null && loading.isAlive()) {
            return;
        }
        languages.release();
        spelling.release();
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

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
    /** The thread of {@link #preload}, or {@code null}: at most one per JVM. */
    private static volatile Thread preload;

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
        Thread early = preload;
        warmUp = load("detector-warm-up", () -> {
            if (early != null) {
                joinQuietly(early); // the same models are being built already: wait for them, not build them twice
            }
            load(this.languages, this.spelling, spelling);
        });
    }

    /**
     * Starts building the language models and spelling dictionaries before any run's detectors exist,
     * on a background thread. Both are kept JVM-wide (Lingua's models in static maps, LanguageTool's
     * speller with its language), so a run's {@link #warmUp} then finds them built. A single audit
     * calls this before Spring starts: the seconds of start-up run on one core, and the loading (some
     * 8 CPU-seconds, most of it LanguageTool compiling the Dutch word list) gets the other instead of
     * competing with the staging of sellers and orders. At most once per JVM.
     *
     * @param spelling whether the spelling dictionaries are needed too (the language models always are
     *                 when this is called)
     */
    public static synchronized void preload(boolean spelling) {
        if (preload == null) {
            preload = load("detector-preload", () -> load(new LanguageGuesser(), new SpellingChecker(), spelling));
        }
    }

    private static void load(LanguageGuesser languages, SpellingChecker checker, boolean spelling) {
        languages.loadModels(); // the spelling rule asks the language first
        if (spelling) {
            checker.unknownWords("bedankt voor uw bestelling", "nl");
            checker.unknownWords("thank you for your order", "en");
        }
    }

    private static Thread load(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
        return thread;
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Unloads the language models (about 250 MB of heap at 8 languages) and forgets the spellers'
     * remembered answers, for the steps after the message pass, which do not use them. A later
     * question loads them again. While the warm-up is still loading them (a message pass shorter than the
     * loading), they stay: unloading would race with the loading.
     */
    public void releaseModels() {
        Thread loading = warmUp;
        Thread early = preload;
        if (loading != null && loading.isAlive() || early != null && early.isAlive()) {
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

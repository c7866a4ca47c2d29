package nl.commsaudit.text;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The anchor words of every {@link LexiconPattern} of the JVM in one Aho-Corasick automaton, so that a
 * message is scanned once for all lists instead of once per list. The automaton is hankcs'
 * double-array trie (com.hankcs:aho-corasick-double-array-trie, which LanguageTool uses as well): its
 * transitions are array lookups, where org.ahocorasick's trie, used before, looked up every character
 * of a text in a hash map of boxed characters (1.6-2.5 times the time on the same texts, same matches;
 * the scan was a tenth of the judging CPU at a million messages). {@link #present} answers which
 * anchors a text holds, as a set of anchor numbers; each thread remembers its last few answers by text
 * identity, as the detectors ask about the same normalised text one after the other. For the words
 * registered as a pattern's beginnings ({@link #registerStart}) the scan also keeps where they begin:
 * the only places where such a pattern can match ({@link LexiconMatcher}).
 *
 * <p>Anchors are registered when a list is compiled (at start-up); the automaton is built anew at the
 * first scan after a registration and is immutable in between, so scanning is thread-safe. (Rebuilt at
 * every registration, as before, it was built once for every list compiled: 2.5 s of each run's
 * start without tiered compilation.)
 */
final class Anchors {

    /**
     * @param trie {@code null} while no word is registered
     * @param kinds by a word's number: a word, a beginning (kept where a word begins), or a beginning
     *              that may begin a match inside a word
     */
    private record Automaton(AhoCorasickDoubleArrayTrie<Integer> trie, byte[] kinds) {

        /** Each word's kind by its number: {@link #WORD}, {@link #START_AT_WORD_START} or {@link #START_ANYWHERE}. */
        static byte[] kinds(int words, BitSet starts, BitSet anywhere) {
            byte[] kinds = new byte[words];
            for (int id = 0; id < words; id++) {
                kinds[id] = !starts.get(id) ? WORD : anywhere.get(id) ? START_ANYWHERE : START_AT_WORD_START;
            }
            return kinds;
        }
    }

    private static final byte WORD = 0;
    private static final byte START_AT_WORD_START = 1;
    private static final byte START_ANYWHERE = 2;

    /**
     * What a scan found: the numbers of the words present, and for the beginnings, each occurrence as
     * its number and the index it begins at ({@code count} of them, in the order found).
     */
    record Scan(BitSet present, int[] startIds, int[] startsAt, int count) {
    }

    private static volatile Automaton automaton = new Automaton(null, new byte[0]);
    /** The registered words and their numbers; guarded by the class. */
    private static final Map<String, Integer> IDS = new HashMap<>();
    /** The numbers of the words registered as beginnings; guarded by the class. */
    private static final BitSet STARTS = new BitSet();
    /** Of those, the numbers of the words that may begin a match inside a word; guarded by the class. */
    private static final BitSet ANYWHERE = new BitSet();
    /** Whether words were registered since the automaton was built. */
    private static volatile boolean stale;

    /** The last few scans of each thread, with the automaton that made each. */
    private static final RecentAnswers<Remembered> RECENT = new RecentAnswers<>(4);

    private record Remembered(Automaton automaton, Scan scan) {
    }

    private Anchors() {
    }

    /** The numbers of the words, registering those not yet known. */
    static synchronized int[] register(Collection<String> words) {
        int[] numbers = new int[words.size()];
        int i = 0;
        for (String word : words) {
            Integer id = IDS.get(word);
            if (id == null) {
                id = IDS.size();
                IDS.put(word, id);
                stale = true;
            }
            numbers[i++] = id;
        }
        return numbers;
    }

    /**
     * As {@link #register}, for a word that begins a pattern's matches: the scan keeps where it occurs;
     * with {@code atWordStart}, only where a word begins (the pattern asks {@code \b} there), unless it is
     * also registered without.
     */
    static synchronized int registerStart(String word, boolean atWordStart) {
        int number = register(List.of(word))[0];
        if (!STARTS.get(number) || !atWordStart && !ANYWHERE.get(number)) {
            STARTS.set(number);
            ANYWHERE.set(number, !atWordStart);
            stale = true;
        }
        return number;
    }

    /** A word character as {@code \b} of java.util.regex sees it (without the Unicode flag). */
    static boolean isWordCharacter(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    /** The automaton of all words registered so far, built if words came since. */
    private static Automaton automaton() {
        if (stale) {
            synchronized (Anchors.class) {
                if (stale) {
                    AhoCorasickDoubleArrayTrie<Integer> trie = new AhoCorasickDoubleArrayTrie<>();
                    trie.build(new java.util.TreeMap<>(IDS));
                    automaton = new Automaton(trie, Automaton.kinds(IDS.size(), STARTS, ANYWHERE));
                    stale = false;
                }
            }
        }
        return automaton;
    }

    /** The numbers of the registered words that occur in the text (anywhere, also inside words). */
    static BitSet present(CharSequence text) {
        return scan(text).present();
    }

    /** The registered words in the text (anywhere, also inside words), and where the beginnings begin. */
    static Scan scan(CharSequence text) {
        Automaton current = automaton();
        if (!(text instanceof String)) {
            return scan(current, text); // only an immutable text can be remembered by identity
        }
        Remembered remembered = RECENT.get(text);
        if (remembered == null || remembered.automaton() != current) {
            remembered = new Remembered(current, scan(current, text));
            RECENT.put(text, remembered);
        }
        return remembered.scan();
    }

    private static Scan scan(Automaton current, CharSequence text) {
        if (current.trie() == null) {
            return new Scan(new BitSet(), new int[0], new int[0], 0);
        }
        Hits hits = new Hits(text, current.kinds());
        current.trie().parseText(text, hits);
        return new Scan(BitSet.valueOf(hits.present), hits.ids, hits.at, hits.count);
    }

    /** Collects a scan's hits. */
    private static final class Hits implements AhoCorasickDoubleArrayTrie.IHit<Integer> {
        private final CharSequence text;
        private final byte[] kinds;
        /** The words present, as the bits of a {@link BitSet} (short words hit often: no bounds check per hit). */
        final long[] present;
        int[] ids = new int[16];
        int[] at = new int[16];
        int count;

        Hits(CharSequence text, byte[] kinds) {
            this.text = text;
            this.kinds = kinds;
            this.present = new long[(kinds.length + 63) >>> 6];
        }

        @Override
        public void hit(int begin, int end, Integer boxed) {
            int id = boxed;
            present[id >>> 6] |= 1L << id;
            byte kind = kinds[id];
            if (kind != WORD && (begin == 0 || kind == START_ANYWHERE || !isWordCharacter(text.charAt(begin - 1)))) {
                if (count == ids.length) {
                    ids = java.util.Arrays.copyOf(ids, count * 2);
                    at = java.util.Arrays.copyOf(at, count * 2);
                }
                ids[count] = id;
                at[count++] = begin;
            }
        }
    }
}

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
     * @param starts the numbers of the words registered as beginnings
     * @param anywhere of those, the words that may begin a match inside a word
     */
    private record Automaton(AhoCorasickDoubleArrayTrie<Integer> trie, Map<String, Integer> ids, BitSet starts,
            BitSet anywhere) {
    }

    /**
     * What a scan found: the numbers of the words present, and for the beginnings, each occurrence as
     * its number and the index it begins at ({@code count} of them, in the order found).
     */
    record Scan(BitSet present, int[] startIds, int[] startsAt, int count) {
    }

    private static volatile Automaton automaton = new Automaton(null, Map.of(), new BitSet(), new BitSet());
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
                    automaton = new Automaton(trie, Map.copyOf(IDS), (BitSet) STARTS.clone(), (BitSet) ANYWHERE.clone());
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
        BitSet found = new BitSet(current.ids().size());
        if (current.trie() == null) {
            return new Scan(found, new int[0], new int[0], 0);
        }
        Hits hits = new Hits(text, found, current.starts(), current.anywhere());
        current.trie().parseText(text, hits);
        return new Scan(found, hits.ids, hits.at, hits.count);
    }

    /** Collects a scan's hits. */
    private static final class Hits implements AhoCorasickDoubleArrayTrie.IHit<Integer> {
        private final CharSequence text;
        private final BitSet present;
        private final BitSet starts;
        private final BitSet anywhere;
        int[] ids = new int[16];
        int[] at = new int[16];
        int count;

        Hits(CharSequence text, BitSet present, BitSet starts, BitSet anywhere) {
            this.text = text;
            this.present = present;
            this.starts = starts;
            this.anywhere = anywhere;
        }

        @Override
        public void hit(int begin, int end, Integer id) {
            present.set(id);
            if (starts.get(id) && (begin == 0 || anywhere.get(id) || !isWordCharacter(text.charAt(begin - 1)))) {
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

package nl.commsaudit.text;

import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.ahocorasick.trie.PayloadTrie;

/**
 * The anchor words of every {@link LexiconPattern} of the JVM in one Aho-Corasick automaton
 * (org.ahocorasick: any of thousands of words in one pass over a text), so that a message is scanned
 * once for all lists instead of once per list. {@link #present} answers which anchors a text holds, as
 * a set of anchor numbers; each thread remembers its last few answers by text identity, as the
 * detectors ask about the same normalised text one after the other.
 *
 * <p>Anchors are registered when a list is compiled (at start-up); the automaton is rebuilt then and
 * is immutable in between, so scanning is thread-safe.
 */
final class Anchors {

    private record Automaton(PayloadTrie<Integer> trie, Map<String, Integer> ids) {
    }

    private static volatile Automaton automaton = new Automaton(PayloadTrie.<Integer>builder().build(), Map.of());

    private static final int REMEMBERED = 4;

    /** Per thread: the last texts asked about (by identity), the automaton used, and the answers. */
    private static final class Memory {
        final Object[] texts = new Object[REMEMBERED];
        final Automaton[] automata = new Automaton[REMEMBERED];
        final BitSet[] answers = new BitSet[REMEMBERED];
        int next;
    }

    private static final ThreadLocal<Memory> MEMORY = ThreadLocal.withInitial(Memory::new);

    private Anchors() {
    }

    /** The numbers of the words, registering those not yet known. */
    static synchronized int[] register(Collection<String> words) {
        Automaton current = automaton;
        Map<String, Integer> ids = new HashMap<>(current.ids());
        int[] numbers = new int[words.size()];
        int i = 0;
        boolean added = false;
        for (String word : words) {
            Integer id = ids.get(word);
            if (id == null) {
                id = ids.size();
                ids.put(word, id);
                added = true;
            }
            numbers[i++] = id;
        }
        if (added) {
            PayloadTrie.PayloadTrieBuilder<Integer> builder = PayloadTrie.builder();
            ids.forEach(builder::addKeyword);
            automaton = new Automaton(builder.build(), Map.copyOf(ids));
        }
        return numbers;
    }

    /** The numbers of the registered words that occur in the text (anywhere, also inside words). */
    static BitSet present(CharSequence text) {
        Automaton current = automaton;
        if (!(text instanceof String)) {
            return scan(current, text); // only an immutable text can be remembered by identity
        }
        Memory memory = MEMORY.get();
        for (int i = 0; i < REMEMBERED; i++) {
            if (memory.texts[i] == text && memory.automata[i] == current) {
                return memory.answers[i];
            }
        }
        BitSet found = scan(current, text);
        int slot = memory.next;
        memory.texts[slot] = text;
        memory.automata[slot] = current;
        memory.answers[slot] = found;
        memory.next = (slot + 1) % REMEMBERED;
        return found;
    }

    private static BitSet scan(Automaton current, CharSequence text) {
        BitSet found = new BitSet(current.ids().size());
        current.trie().parseText(text, emit -> {
            found.set(emit.getPayload());
            return true;
        });
        return found;
    }
}

package nl.commsaudit.text;

/**
 * Per thread, the answers for the last few objects asked about, by identity (not {@code equals}): the
 * detectors and rules of one message ask about the same text object one after the other, and comparing
 * by identity costs nothing where comparing long texts would. The oldest answer goes first.
 */
final class RecentAnswers<V> {

    private final int size;
    private final ThreadLocal<Slots> slots;

    private static final class Slots {
        final Object[] keys;
        final Object[] values;
        int next;

        Slots(int size) {
            keys = new Object[size];
            values = new Object[size];
        }
    }

    RecentAnswers(int size) {
        this.size = size;
        this.slots = ThreadLocal.withInitial(() -> new Slots(size));
    }

    /** The answer remembered for this very object, or {@code null}. */
    @SuppressWarnings("unchecked")
    V get(Object key) {
        Slots remembered = slots.get();
        for (int i = 0; i < size; i++) {
            if (remembered.keys[i] == key) {
                return (V) remembered.values[i];
            }
        }
        return null;
    }

    /** Remembers the answer for the object, in place of its earlier answer or else of the oldest. */
    void put(Object key, V value) {
        Slots remembered = slots.get();
        for (int i = 0; i < size; i++) {
            if (remembered.keys[i] == key) {
                remembered.values[i] = value;
                return;
            }
        }
        int slot = remembered.next;
        remembered.keys[slot] = key;
        remembered.values[slot] = value;
        remembered.next = (slot + 1) % size;
    }
}

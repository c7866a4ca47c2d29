package nl.commsaudit.job;

/**
 * A test aid for the crash-and-restart tests, off unless the JVM is started with
 * {@code -Dcomms-audit.hang-at=STEP:N}: when step STEP reaches item N (for a chunked step: when it reads
 * row N + 1, so that the chunks before it have been committed; for {@code workbooks}: after the N-th
 * seller workbook; in a partitioned step, in each partition), it prints {@code hanging at STEP:N} on stdout and stops moving, so that the test can
 * kill the process with SIGKILL at a known place. Never set in production.
 */
final class HangPoint {

    static final String PROPERTY = "comms-audit.hang-at";

    private static final String STEP;
    private static final long COUNT;

    static {
        String value = System.getProperty(PROPERTY, "");
        int colon = value.lastIndexOf(':');
        STEP = colon > 0 ? value.substring(0, colon) : null;
        COUNT = colon > 0 ? Long.parseLong(value.substring(colon + 1)) : -1;
    }

    private HangPoint() {
    }

    /** Called as a step goes: {@code count} items done in {@code step}. */
    static void reached(String step, long count) {
        if (STEP == null || count != COUNT || !(STEP.equals(step) || StepFactory.isPartitionOf(step, STEP))) {
            return;
        }
        System.out.println("hanging at " + step + ":" + count);
        System.out.flush();
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}

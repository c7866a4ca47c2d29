package nl.commsaudit.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HeapPeakTest {

    @Test
    void theSummaryLineNamesTheHeapLimitTheOperatorSet() {
        HeapPeak.start();
        byte[][] garbage = new byte[64][];
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = new byte[1 << 20];
        }
        System.gc(); // a collection, so that its "before" figures count
        String line = JobSummary.peakHeap();
        Matcher matcher = Pattern.compile("peak heap used: (\\d+) MB of a (\\d+) MB heap \\(-Xmx\\)").matcher(line);
        assertTrue(matcher.matches(), line);
        long peak = Long.parseLong(matcher.group(1));
        long limit = Long.parseLong(matcher.group(2));
        assertTrue(peak >= garbage.length, line);
        assertTrue(peak <= limit, line);
        // Runtime.maxMemory() may leave out a survivor space; the limit printed is -Xmx itself
        assertTrue(limit >= Runtime.getRuntime().maxMemory() >> 20, line);
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(a -> a.startsWith("-Xmx")).reduce((a, b) -> b)
                .ifPresent(xmx -> assertEquals(megabytes(xmx.substring(4)), limit, line));
    }

    private static long megabytes(String size) {
        char unit = Character.toLowerCase(size.charAt(size.length() - 1));
        long number = Character.isDigit(unit) ? Long.parseLong(size) : Long.parseLong(size.substring(0, size.length() - 1));
        return switch (unit) {
            case 'g' -> number << 10;
            case 'm' -> number;
            case 'k' -> number >> 10;
            default -> number >> 20;
        };
    }
}

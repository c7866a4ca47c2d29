package nl.commsaudit.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import nl.commsaudit.ingest.ExportTable;
import nl.commsaudit.job.HeapPeak;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;

/**
 * The floor of any audit (design-notes.md, "Performance budget"): read every row of the six CSV files of an export
 * with Commons CSV and parse every {@code text/html} message body with jsoup, nothing else, one thread.
 * <pre>
 * java -cp target/comms-audit.jar -Dloader.main=nl.commsaudit.bench.Baseline \
 *      org.springframework.boot.loader.launch.PropertiesLauncher bench/export-100000
 * </pre>
 * Prints rows, HTML bodies, wall seconds, rows/s, peak heap used and peak RSS; the last line is machine-readable
 * ({@code baseline: rows=... html=... seconds=... peak-heap-mb=... peak-rss-mb=...}) for {@link Benchmark}.
 */
public final class Baseline {

    private Baseline() {
    }

    public static void main(String[] args) throws IOException {
        HeapPeak.start();
        if (args.length != 1) {
            System.err.println("usage: Baseline <export folder>");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        long start = System.nanoTime();
        long rows = 0;
        long html = 0;
        long sink = 0; // keeps the parsed documents observable
        for (ExportTable table : ExportTable.values()) {
            Path file = folder.resolve(table.fileName());
            if (!Files.exists(file)) {
                continue;
            }
            try (Reader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8), 1 << 20);
                    CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                boolean messages = table == ExportTable.MESSAGES;
                int body = messages ? parser.getHeaderMap().get("body") : -1;
                int type = messages ? parser.getHeaderMap().getOrDefault("content_type", -1) : -1;
                for (CSVRecord record : parser) {
                    rows++;
                    if (messages && type >= 0 && type < record.size() && "text/html".equalsIgnoreCase(record.get(type))) {
                        html++;
                        sink += Jsoup.parse(record.get(body)).childNodeSize();
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peakHeap = HeapPeak.bytes();
        long peakRss = peakRssKb();
        System.out.printf(Locale.ROOT, "baseline: %,d rows, %,d HTML bodies parsed (%d), %.1f s, %,.0f rows/s%n", rows, html,
                sink, seconds, rows / seconds);
        System.out.printf(Locale.ROOT, "peak heap used: %d MB%n", peakHeap >> 20);
        System.out.printf(Locale.ROOT, "peak RSS: %s%n", peakRss < 0 ? "n/a" : (peakRss >> 10) + " MB");
        System.out.printf(Locale.ROOT, "baseline: rows=%d html=%d seconds=%.3f peak-heap-mb=%d peak-rss-mb=%d%n", rows, html, seconds,
                peakHeap >> 20, peakRss < 0 ? -1 : peakRss >> 10);
    }

    /** VmHWM of this process in kB, -1 where /proc is not available. */
    static long peakRssKb() {
        return Benchmark.vmHwmKb(Path.of("/proc/self/status"));
    }
}

package nl.commsaudit.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.commsaudit.bench.ExportGenerator.Options;
import nl.commsaudit.bench.ExportGenerator.Sizes;

/**
 * Generates (or reuses) an export and runs, each in its own JVM: the {@link Baseline} (Commons CSV over every row,
 * jsoup over every HTML body), the audit with {@code --workbooks=false} and the audit with workbooks. Measures wall
 * time, samples the child's peak RSS (VmHWM in /proc/&lt;pid&gt;/status) every 200 ms, reads the peak heap the child
 * prints ({@code peak heap used: N MB}) and prints one table with the audit/baseline throughput ratio.
 * <pre>
 * bench/benchmark --messages 100000 [--export DIR] [--as-of 2026-11-20] [--xmx 800m]
 *                 [--jvm "-XX:+UseParallelGC -XX:-TieredCompilation -XX:MetaspaceSize=128m"]
 *                 [--runs baseline,audit,workbooks]
 *                 [--timeout-minutes M] [--jar target/comms-audit.jar] [--out DIR] [size options of ExportGenerator]
 * </pre>
 * Not a unit test: run it by hand on a quiet machine.
 */
public final class Benchmark {

    private static final Pattern VM_HWM = Pattern.compile("VmHWM:\\s+(\\d+)\\s+kB");
    private static final Pattern PEAK_HEAP = Pattern.compile("peak heap used:\\s*([\\d.,]+)\\s*MB");
    private static final Pattern BASELINE_ROWS = Pattern.compile("baseline: rows=(\\d+)");
    private static final Pattern AUDIT_ROWS = Pattern.compile("total \\(input rows\\)\\s+\\S+\\s+([\\d,]+)");
    private static final String LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";

    private Benchmark() {
    }

    record Run(String name, String status, long rows, double seconds, String peakHeapMb, long peakRssKb) {
        double rowsPerSecond() {
            return seconds > 0 ? rows / seconds : 0;
        }
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parseOrExit("bench/benchmark", args,
                Set.of("export", "out", "as-of", "xmx", "jvm", "jar", "runs", "timeout-minutes"));
        Sizes sizes = options.sizes();
        Path export = Path.of(options.get("export", "bench/export-" + sizes.messages()));
        Path out = Path.of(options.get("out", "bench/out-" + sizes.messages()));
        String asOf = options.get("as-of", ExportGenerator.AS_OF.toString());
        String xmx = options.get("xmx", "800m");
        // the options recommended for the nightly job (README, "Running an audit"): a batch job wants
        // throughput, not short pauses, and its hot code compiled once by C2 rather than first by C1
        String jvm = options.get("jvm", "-XX:+UseParallelGC -XX:-TieredCompilation -XX:MetaspaceSize=128m");
        Path jar = Path.of(options.get("jar", "target/comms-audit.jar")).toAbsolutePath();
        List<String> runs = List.of(options.get("runs", "baseline,audit,workbooks").split(","));
        long timeoutMinutes = options.getLong("timeout-minutes", 0);
        long seed = options.getLong("seed", 42);
        if (!Files.exists(jar)) {
            throw new IllegalStateException("jar not found: " + jar + " (./mvnw -B -q -DskipTests package)");
        }
        if (Files.isDirectory(export)) {
            System.out.println("reusing export " + export);
        } else {
            System.out.printf(Locale.ROOT, "generating export %s: %,d messages (seed %d)%n", export, sizes.messages(), seed);
            ExportGenerator.Result result = ExportGenerator.generate(export, sizes, seed);
            System.out.printf(Locale.ROOT, "  %,.1f MB, %,d HTML bodies, %.1f s%n", result.bytes() / 1e6, result.htmlBodies(), result.seconds());
        }
        Files.createDirectories(out);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Run> results = new ArrayList<>();
        if (runs.contains("baseline")) {
            List<String> command = new ArrayList<>(List.of(java, "-Xmx" + xmx));
            command.addAll(jvmOptions(jvm));
            command.addAll(List.of("-cp", jar.toString(), "-Dloader.main=" + Baseline.class.getName(), LAUNCHER,
                    export.toAbsolutePath().toString()));
            results.add(run("baseline", command, out, timeoutMinutes, BASELINE_ROWS));
        }
        for (boolean workbooks : new boolean[] {false, true}) {
            String name = workbooks ? "audit + workbooks" : "audit, no workbooks";
            if (!runs.contains(workbooks ? "workbooks" : "audit")) {
                continue;
            }
            Path output = out.resolve(workbooks ? "audit-workbooks" : "audit").toAbsolutePath();
            Path work = Files.createTempDirectory("comms-audit-bench-");
            List<String> command = new ArrayList<>(List.of(java, "-Xmx" + xmx));
            command.addAll(jvmOptions(jvm));
            command.addAll(List.of("-jar", jar.toString(),
                    "--input=" + export.toAbsolutePath(), "--output=" + output, "--as-of=" + asOf, "--work-dir=" + work));
            if (!workbooks) {
                command.add("--workbooks=false");
            }
            try {
                results.add(run(name, command, out, timeoutMinutes, AUDIT_ROWS));
            } finally {
                deleteTree(work);
            }
        }
        print(results, sizes, xmx + (jvm.isBlank() ? "" : " " + jvm));
    }

    private static List<String> jvmOptions(String jvm) {
        return jvm.isBlank() ? List.of() : List.of(jvm.strip().split("\\s+"));
    }

    private static Run run(String name, List<String> command, Path out, long timeoutMinutes, Pattern rowsPattern)
            throws IOException, InterruptedException {
        Path log = out.resolve(name.replaceAll("[^a-z]+", "-") + ".log");
        System.out.println("running " + name + " (log " + log + "): " + String.join(" ", command));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
        long peakRss = -1;
        long deadline = timeoutMinutes > 0 ? start + TimeUnit.MINUTES.toNanos(timeoutMinutes) : Long.MAX_VALUE;
        String state = null;
        while (!process.waitFor(200, TimeUnit.MILLISECONDS)) {
            peakRss = Math.max(peakRss, vmHwmKb(status));
            if (System.nanoTime() > deadline) {
                process.destroyForcibly().waitFor();
                state = "timeout " + timeoutMinutes + " min";
                break;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (state == null) {
            state = process.exitValue() == 0 ? "ok" : "exit " + process.exitValue();
        }
        String text = Files.readString(log, StandardCharsets.UTF_8);
        long rows = 0;
        Matcher rowsMatch = rowsPattern.matcher(text);
        if (rowsMatch.find()) {
            rows = Long.parseLong(rowsMatch.group(1).replace(",", ""));
        }
        Matcher heap = PEAK_HEAP.matcher(text);
        String peakHeap = "n/a";
        while (heap.find()) {
            peakHeap = heap.group(1).replace(",", "");
        }
        Run run = new Run(name, state, rows, seconds, peakHeap, peakRss);
        System.out.printf(Locale.ROOT, "  %s: %s, %,d rows in %.1f s%n", name, state, rows, seconds);
        return run;
    }

    private static void print(List<Run> results, Sizes sizes, String xmx) {
        System.out.println();
        System.out.printf(Locale.ROOT, "export: %,d messages, %,d rows in all; children -Xmx%s; %d cores%n", sizes.messages(),
                sizes.totalRows(), xmx, Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "%-22s %-10s %12s %9s %10s %14s %13s%n", "run", "status", "rows", "wall s", "rows/s", "peak heap MB",
                "peak RSS MB");
        for (Run r : results) {
            System.out.printf(Locale.ROOT, "%-22s %-10s %,12d %9.1f %,10.0f %14s %13s%n", r.name(), r.status(), r.rows(), r.seconds(),
                    r.rowsPerSecond(), r.peakHeapMb(), r.peakRssKb() < 0 ? "n/a" : String.valueOf(r.peakRssKb() >> 10));
        }
        Run baseline = results.stream().filter(r -> r.name().equals("baseline")).findFirst().orElse(null);
        Run audit = results.stream().filter(r -> r.name().equals("audit, no workbooks")).findFirst().orElse(null);
        if (baseline != null && audit != null && baseline.rowsPerSecond() > 0 && audit.status().equals("ok")) {
            System.out.printf(Locale.ROOT, "audit/baseline throughput (rows/s, no workbooks): %.3f  (baseline is %.1fx faster)%n",
                    audit.rowsPerSecond() / baseline.rowsPerSecond(), baseline.rowsPerSecond() / audit.rowsPerSecond());
        } else {
            System.out.println("audit/baseline throughput: n/a");
        }
    }

    /** VmHWM (peak resident set) in kB from a /proc/.../status file; -1 when it cannot be read (process gone, no /proc). */
    static long vmHwmKb(Path status) {
        try {
            Matcher m = VM_HWM.matcher(Files.readString(status, StandardCharsets.ISO_8859_1));
            return m.find() ? Long.parseLong(m.group(1)) : -1;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}

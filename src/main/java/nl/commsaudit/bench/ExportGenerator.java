package nl.commsaudit.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.commsaudit.bench.GeneratorTexts.CustomerTemplate;
import nl.commsaudit.bench.GeneratorTexts.ReviewTemplate;
import nl.commsaudit.bench.GeneratorTexts.SellerTemplate;
import nl.commsaudit.ingest.Column;
import nl.commsaudit.ingest.ExportTable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a synthetic export (export-format.md) of a given size with a fixed seed, for benchmarks:
 * <pre>
 * java -cp target/comms-audit.jar -Dloader.main=nl.commsaudit.bench.ExportGenerator \
 *      org.springframework.boot.loader.launch.PropertiesLauncher --messages 1000000 --output bench/export-1000000
 * </pre>
 * or {@code bench/generate --messages 1000000}. Every row is a pure function of the seed, the sizes and its index
 * (a {@link SplittableRandom} seeded per row), so nothing is held in memory and the same seed and sizes give the
 * same bytes. Rows refer to each other consistently: orders of seller {@code s} are {@code s, s+S, s+2S, ...};
 * cases, calls and conversations pick a seller (a few large ones, many small ones) and one of its orders; a
 * review is about a different order of its seller. Time runs over the 90 days before {@link #AS_OF}.
 *
 * <p>Texts come from {@code src/main/resources/generator/}: 70% of the messages are plain text, 30% HTML e-mails
 * of 5-20 KB (a template's CSS and layout around the text). Roughly one seller message in six trips a rule;
 * a handful of rows (about 1 in 50,000) are deliberately bad and end in {@code rejected.csv}.
 */
public final class ExportGenerator {

    /** The audit day the generated history leads up to; audit with {@code --as-of=2026-11-20}. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);
    static final ZoneId AMS = ZoneId.of("Europe/Amsterdam");
    private static final int DAYS = 90;
    /** Share of HTML e-mails among the messages that may be HTML (short follow-ups stay plain): about 30% overall. */
    private static final double HTML_SHARE = 0.335;

    /** How many rows per file. */
    public record Sizes(long sellers, long orders, long messages, long cases, long calls, long reviews) {

        /** The proportions of the target export: 1,000,000 messages with 5,000 sellers, 500,000 orders, 300,000 cases and reviews, 100,000 calls. */
        public static Sizes forMessages(long messages) {
            return new Sizes(Math.max(2, messages / 200), Math.max(1, messages / 2), messages, messages * 3 / 10,
                    messages / 10, messages * 3 / 10);
        }

        public long totalRows() {
            return sellers + orders + messages + cases + calls + reviews;
        }
    }

    /** What was written: rows per file, HTML bodies, bytes. */
    public record Result(Map<String, Long> rows, long htmlBodies, long bytes, double seconds) {
    }

    private static final int T_SELLER = 1, T_ORDER = 2, T_CASE = 3, T_CALL = 4, T_REVIEW = 5, T_THREAD = 6;
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);

    private final Sizes sizes;
    private final long seed;
    private final GeneratorTexts texts = new GeneratorTexts();
    private final long asOfEnd = AS_OF.plusDays(1).atStartOfDay(AMS).toEpochSecond();
    private final LocalDate firstDay = AS_OF.minusDays(DAYS - 1);
    private final Seller[] sellerCache;
    private final AtomicLong htmlBodies = new AtomicLong();

    private ExportGenerator(Sizes sizes, long seed) {
        if (sizes.sellers() < 1 || sizes.orders() < 1) {
            throw new IllegalArgumentException("need at least 1 seller and 1 order");
        }
        this.sizes = sizes;
        this.seed = seed;
        this.sellerCache = sizes.sellers() <= 500_000 ? new Seller[(int) sizes.sellers()] : null;
        if (sellerCache != null) {
            for (int s = 0; s < sellerCache.length; s++) {
                sellerCache[s] = makeSeller(s);
            }
        }
    }

    /** Writes the six CSV files into {@code folder} (created if needed). */
    public static Result generate(Path folder, Sizes sizes, long seed) throws IOException {
        long start = System.nanoTime();
        Files.createDirectories(folder);
        ExportGenerator generator = new ExportGenerator(sizes, seed);
        Map<String, Long> rows = new TreeMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Long> messages = pool.submit(() -> generator.writeMessages(folder));
            Future<Map<String, Long>> rest = pool.submit(() -> {
                Map<String, Long> counts = new TreeMap<>();
                counts.put("sellers.csv", generator.writeSellers(folder));
                counts.put("orders.csv", generator.writeOrders(folder));
                counts.put("cases.csv", generator.writeCases(folder));
                counts.put("calls.csv", generator.writeCalls(folder));
                counts.put("reviews.csv", generator.writeReviews(folder));
                return counts;
            });
            rows.put("messages.csv", messages.get());
            rows.putAll(rest.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException(e.getCause());
        } finally {
            pool.shutdown();
        }
        long bytes = 0;
        for (String file : rows.keySet()) {
            bytes += Files.size(folder.resolve(file));
        }
        return new Result(rows, generator.htmlBodies.get(), bytes, (System.nanoTime() - start) / 1e9);
    }

    public static void main(String[] args) throws IOException {
        Options options = Options.parseOrExit("bench/generate", args, Set.of("output", "help"));
        if (options.has("help")) {
            System.out.println("""
                    usage: ExportGenerator --messages N [--sellers N] [--orders N] [--cases N] [--reviews N] [--calls N]
                                           [--seed N] [--output DIR]
                    Defaults follow --messages: sellers = N/200, orders = N/2, cases = reviews = 0.3 N, calls = 0.1 N;
                    seed 42; output bench/export-<N>. Audit the result with --as-of=2026-11-20.""");
            return;
        }
        Sizes sizes = options.sizes();
        Path output = Path.of(options.get("output", "bench/export-" + sizes.messages()));
        long seed = options.getLong("seed", 42);
        System.out.printf(Locale.ROOT, "generating %s (seed %d): %,d sellers, %,d orders, %,d messages, %,d cases, %,d calls, %,d reviews%n",
                output, seed, sizes.sellers(), sizes.orders(), sizes.messages(), sizes.cases(), sizes.calls(), sizes.reviews());
        Result result = generate(output, sizes, seed);
        long total = result.rows().values().stream().mapToLong(Long::longValue).sum();
        System.out.printf(Locale.ROOT, "wrote %,d rows (%,d HTML bodies), %,.1f MB in %.1f s: %s%n", total, result.htmlBodies(),
                result.bytes() / 1e6, result.seconds(), result.rows());
    }

    // ---------------------------------------------------------------- model: every row is a function of its index

    private record Seller(int index, String id, boolean bol, boolean nl, int quality, String name, String domain,
            String kvk, String email, String phone, int logo, int badWeek) {
    }

    private record Order(long index, int seller, String id, long orderedAt, long completedAt, LocalDate expected,
            String lang, int items) {
    }

    private record Case(long index, String id, int seller, long order, boolean platform, long openedAt, long respondedAt) {
    }

    private SplittableRandom rng(int table, long index) {
        return new SplittableRandom(mix(seed * 0x9E3779B97F4A7C15L + table * 0xC2B2AE3D27D4EB4FL + index));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private Seller seller(long s) {
        return sellerCache != null ? sellerCache[(int) s] : makeSeller((int) s);
    }

    private Seller makeSeller(int s) {
        SplittableRandom r = rng(T_SELLER, s);
        boolean bol = r.nextDouble() < 0.55;
        boolean nl = r.nextDouble() < 0.75;
        double q = r.nextDouble();
        int quality = q < 0.60 ? 0 : q < 0.88 ? 1 : q < 0.98 ? 2 : 3;
        String id = bol ? "bol-" + (100_001 + s) : "amz-A" + Long.toString(36L * 36 * 36 + s * 7L, 36).toUpperCase(Locale.ROOT);
        List<String> types = texts.names.get("shop-types");
        List<String> surnames = texts.names.get("surnames");
        String type = types.get(r.nextInt(types.size()));
        String surname = surnames.get(r.nextInt(surnames.size()));
        String name = r.nextBoolean() ? type + " " + surname : surname + " " + type;
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "") + s;
        String domain = slug + (nl ? ".nl" : ".be");
        String kvk = String.valueOf(10_000_000 + r.nextInt(90_000_000));
        if (s > 0 && r.nextDouble() < 0.10) {
            kvk = seller(s - 1L).kvk(); // another account of the same company
        }
        double e = r.nextDouble();
        String email = e < 0.93 ? (r.nextBoolean() ? "info@" : "klantenservice@") + domain
                : e < 0.97 ? null : r.nextBoolean() ? "info@" + slug : "service at " + domain;
        double p = r.nextDouble();
        String phone;
        if (p < 0.80) {
            phone = nl ? (r.nextBoolean() ? "+31 20 " + (100 + r.nextInt(900)) + " " + (1000 + r.nextInt(9000))
                    : "06-" + (12_000_000 + r.nextInt(8_000_000)))
                    : (r.nextBoolean() ? "+32 2 " + (100 + r.nextInt(900)) + " " + (10 + r.nextInt(90)) + " " + (10 + r.nextInt(90))
                    : "0470 " + (10 + r.nextInt(90)) + " " + (10 + r.nextInt(90)) + " " + (10 + r.nextInt(90)));
        } else if (p < 0.95) {
            phone = null;
        } else {
            phone = r.nextBoolean() ? String.valueOf(10_000 + r.nextInt(90_000)) : "06-" + (1000 + r.nextInt(9000));
        }
        int logo = r.nextDouble() < 0.85 ? -1 : r.nextInt(texts.html.get("logo-flawed").size());
        int badWeek = r.nextInt(DAYS / 7 - 1);
        return new Seller(s, id, bol, nl, quality, name, domain, kvk, email, phone, logo, badWeek);
    }

    private long ordersOf(int s) {
        long S = sizes.sellers();
        return s >= sizes.orders() ? 0 : (sizes.orders() - s + S - 1) / S;
    }

    private long orderIndex(int s, long k) {
        return s + k * sizes.sellers();
    }

    private Order order(long i) {
        SplittableRandom r = rng(T_ORDER, i);
        int s = (int) (i % sizes.sellers());
        Seller seller = seller(s);
        String id = seller.bol() ? String.valueOf(1_100_000_000L + i)
                : String.format(Locale.ROOT, "%03d-%07d-%07d", 402 + i / 10_000_000, (i * 7_919 + 1_234_567) % 10_000_000,
                        i % 10_000_000);
        int day = 2 + r.nextInt(DAYS + 10); // days before the end of the as-of day
        long orderedAt = asOfEnd - day * 86_400L + (7 * 3600 + r.nextInt(16 * 3600)) - 86_400L;
        LocalDate orderedDate = Instant.ofEpochSecond(orderedAt).atZone(AMS).toLocalDate();
        int transit = 1 + r.nextInt(3);
        LocalDate expected = orderedDate.plusDays(transit);
        long completedAt = -1;
        if (r.nextDouble() < 0.93) {
            completedAt = orderedAt + (transit + (r.nextDouble() < 0.1 ? 2 : 0)) * 86_400L + r.nextInt(6 * 3600);
            if (completedAt > asOfEnd) {
                completedAt = -1;
            }
        }
        double l = r.nextDouble();
        String lang = seller.bol() ? (l < 0.85 ? "nl" : l < 0.95 ? (seller.nl() ? "en" : "fr") : "en")
                : (l < 0.55 ? "nl" : l < 0.80 ? "en" : l < 0.92 ? "de" : "fr");
        double n = r.nextDouble();
        int items = n < 0.7 ? 1 : n < 0.95 ? 2 + r.nextInt(2) : 4 + r.nextInt(7);
        return new Order(i, s, id, orderedAt, completedAt, expected, lang, items);
    }

    /** A seller for a case, call or conversation: a few large accounts, many small ones. */
    private int skewedSeller(SplittableRandom r) {
        double u = r.nextDouble();
        return (int) Math.min(sizes.sellers() - 1, (long) (sizes.sellers() * Math.pow(u, 1.6)));
    }

    private long randomOrderOf(int s, SplittableRandom r) {
        long n = ordersOf(s);
        return n == 0 ? -1 : orderIndex(s, r.nextLong(n));
    }

    private Case caseOf(long c) {
        SplittableRandom r = rng(T_CASE, c);
        int s = skewedSeller(r);
        Seller seller = seller(s);
        long order = r.nextDouble() < 0.85 ? randomOrderOf(s, r) : -1;
        boolean platform = r.nextDouble() < 0.06;
        int day = seller.quality() == 3 && r.nextDouble() < 0.5 ? seller.badWeek() * 7 + r.nextInt(7) : r.nextInt(DAYS);
        LocalDate date = firstDay.plusDays(day);
        int minute = r.nextDouble() < 0.75 ? 9 * 60 + r.nextInt(8 * 60) : r.nextInt(24 * 60);
        long opened = epoch(date, minute) + r.nextInt(60);
        double[] onTime = {0.97, 0.90, 0.65, 0.15};
        double[] missing = {0.01, 0.03, 0.12, 0.60};
        double u = r.nextDouble();
        long responded;
        if (u < onTime[seller.quality()]) {
            boolean inHours = isWeekday(date) && minute >= 9 * 60 && minute < 17 * 60;
            if (inHours) {
                responded = opened + 300 + r.nextInt(5 * 3600);
            } else {
                LocalDate next = minute >= 17 * 60 || !isWeekday(date) ? date.plusDays(1) : date;
                while (!isWeekday(next)) {
                    next = next.plusDays(1);
                }
                responded = epoch(next, 9 * 60 + r.nextInt(4 * 60));
            }
        } else if (u < onTime[seller.quality()] + missing[seller.quality()]) {
            responded = -1;
        } else {
            responded = opened + 26 * 3600 + r.nextInt(4 * 86_400);
        }
        if (responded > asOfEnd) {
            responded = -1;
        }
        if (r.nextInt(50_000) == 0) {
            responded = opened - 3600; // planted: a first response before the case opened (rejected)
        }
        return new Case(c, "C-" + (5_000_000 + c), s, order, platform, opened, responded);
    }

    private long epoch(LocalDate date, int minuteOfDay) {
        return LocalDateTime.of(date, java.time.LocalTime.of(minuteOfDay / 60, minuteOfDay % 60)).atZone(AMS).toEpochSecond();
    }

    private static boolean isWeekday(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
    }

    /** A timestamp as an export writes it: mostly with the Amsterdam offset, some in UTC, a few local. */
    private static String ts(long epoch, SplittableRandom r) {
        Instant instant = Instant.ofEpochSecond(epoch);
        double u = r.nextDouble();
        if (u < 0.92) {
            return OFFSET.format(instant.atZone(AMS));
        }
        if (u < 0.97) {
            return UTC.format(instant.atOffset(ZoneOffset.UTC));
        }
        return LOCAL.format(instant.atZone(AMS));
    }

    // ---------------------------------------------------------------- files

    private static CSVPrinter printer(Path file, ExportTable table) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 20);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get());
        printer.printRecord(table.columns().stream().map(Column::name).toArray());
        return printer;
    }

    private long writeSellers(Path folder) throws IOException {
        try (CSVPrinter out = printer(folder.resolve("sellers.csv"), ExportTable.SELLERS)) {
            for (int s = 0; s < sizes.sellers(); s++) {
                Seller x = seller(s);
                out.printRecord(x.id(), x.name(), x.kvk(), x.nl() ? "NL" : "BE", x.bol() ? "BOL" : "AMAZON", x.email(), x.phone());
            }
        }
        return sizes.sellers();
    }

    private long writeOrders(Path folder) throws IOException {
        try (CSVPrinter out = printer(folder.resolve("orders.csv"), ExportTable.ORDERS)) {
            for (long i = 0; i < sizes.orders(); i++) {
                Order o = order(i);
                SplittableRandom r = rng(T_ORDER + 100, i);
                out.printRecord(o.id(), seller(o.seller()).id(), ts(o.orderedAt(), r), o.expected(),
                        o.completedAt() < 0 ? null : ts(o.completedAt(), r), o.lang(), o.items());
            }
        }
        return sizes.orders();
    }

    private long writeCases(Path folder) throws IOException {
        try (CSVPrinter out = printer(folder.resolve("cases.csv"), ExportTable.CASES)) {
            for (long c = 0; c < sizes.cases(); c++) {
                Case k = caseOf(c);
                SplittableRandom r = rng(T_CASE + 100, c);
                out.printRecord(k.id(), seller(k.seller()).id(), k.order() < 0 ? null : order(k.order()).id(),
                        k.platform() ? "PLATFORM" : "CUSTOMER", ts(k.openedAt(), r), k.respondedAt() < 0 ? null : ts(k.respondedAt(), r));
            }
        }
        return sizes.cases();
    }

    private long writeCalls(Path folder) throws IOException {
        double[] answered = {0.97, 0.92, 0.80, 0.60};
        try (CSVPrinter out = printer(folder.resolve("calls.csv"), ExportTable.CALLS)) {
            for (long k = 0; k < sizes.calls(); k++) {
                SplittableRandom r = rng(T_CALL, k);
                int s = skewedSeller(r);
                Seller seller = seller(s);
                LocalDate date = firstDay.plusDays(r.nextInt(DAYS));
                int minute = r.nextDouble() < 0.85 ? 9 * 60 + r.nextInt(8 * 60) : r.nextInt(24 * 60);
                if (r.nextDouble() < 0.85) {
                    while (!isWeekday(date)) {
                        date = date.minusDays(1);
                    }
                }
                long started = epoch(date, minute) + r.nextInt(60);
                out.printRecord("T-" + (7_000_000 + k), seller.id(), ts(started, r),
                        r.nextDouble() < answered[seller.quality()] ? "true" : "false");
            }
        }
        return sizes.calls();
    }

    private long writeReviews(Path folder) throws IOException {
        long S = sizes.sellers();
        try (CSVPrinter out = printer(folder.resolve("reviews.csv"), ExportTable.REVIEWS)) {
            for (long v = 0; v < sizes.reviews(); v++) {
                SplittableRandom r = rng(T_REVIEW, v);
                int s = (int) (v % S);
                long k = v / S;
                long n = ordersOf(s);
                Order order = n == 0 ? null : order(orderIndex(s, k % n));
                String orderId = order == null ? null : order.id();
                double fraud = r.nextDouble();
                long created;
                if (order == null) {
                    created = asOfEnd - (1 + r.nextInt(DAYS * 24)) * 3600L;
                } else {
                    long after = order.completedAt() > 0 ? order.completedAt() : order.orderedAt() + 3 * 86_400L;
                    created = after + 3600 + r.nextInt(20 * 86_400);
                    if (created >= asOfEnd) {
                        created = Math.max(order.orderedAt() + 600, asOfEnd - 600 - r.nextInt(36 * 3600));
                    }
                    if (fraud < 0.004) {
                        orderId = "9" + (100_000_000 + r.nextInt(900_000_000)); // an order that is not in the export
                    } else if (fraud < 0.007 && S > 1 && ordersOf((int) ((s + 1) % S)) > 0) {
                        orderId = order(orderIndex((int) ((s + 1) % S), 0)).id(); // another seller's order
                    } else if (fraud < 0.010) {
                        created = order.orderedAt() - 3600 - r.nextInt(5 * 86_400); // before the order was placed
                    }
                }
                ReviewTemplate t;
                double pick = r.nextDouble();
                if (pick < 0.15) {
                    t = texts.reviewsCorpus.get(r.nextInt(texts.reviewsCorpus.size()));
                } else {
                    t = texts.reviewsNormal.get(r.nextInt(texts.reviewsNormal.size()));
                }
                boolean corpus = pick < 0.15;
                Integer overall = score(t.overall(), r, false);
                Integer delivery = score(t.delivery(), r, !corpus);
                Integer service = score(t.service(), r, !corpus);
                String text = !corpus && r.nextDouble() < 0.25 ? null : t.text();
                if (r.nextInt(50_000) == 0) {
                    overall = 11; // planted: a score outside 1..10 (rejected)
                }
                out.printRecord("R-" + (3_000_000 + v), seller(s).id(), orderId, ts(created, r), overall, delivery, service, text);
            }
        }
        return sizes.reviews();
    }

    private static Integer score(int[] range, SplittableRandom r, boolean mayDrop) {
        if (range == null || mayDrop && r.nextDouble() < 0.3) {
            return null;
        }
        return range[0] + r.nextInt(range[1] - range[0] + 1);
    }

    // ---------------------------------------------------------------- messages: conversations

    private final class MessageWriter {
        final CSVPrinter out;
        long written;
        final long limit = sizes.messages();

        MessageWriter(CSVPrinter out) {
            this.out = out;
        }

        boolean full() {
            return written >= limit;
        }

        /** Writes one message and returns its id, or null when the file is full. */
        String write(SplittableRandom r, Seller seller, Order order, String caseId, String inReplyTo, long sentAt,
                String sender, String recipient, String subject, String body, boolean html, String attachments) throws IOException {
            if (full()) {
                return null;
            }
            String id = "M" + (10_000_000 + written);
            written++;
            if (html) {
                htmlBodies.incrementAndGet();
            }
            out.printRecord(id, seller.id(), order == null ? null : order.id(), caseId, inReplyTo, ts(sentAt, r), sender,
                    recipient, subject == null || subject.isEmpty() ? null : subject, body, html ? "text/html" : (r.nextBoolean() ? "text/plain" : null),
                    attachments == null || attachments.isEmpty() ? null : attachments);
            return id;
        }
    }

    private long writeMessages(Path folder) throws IOException {
        long N = sizes.messages();
        long C = sizes.cases();
        double perCaseThread = 2.3;
        double perOtherThread = 1.5;
        double caseShare = N <= C * perCaseThread ? 1.0 : C / ((N - C * perCaseThread) / perOtherThread + C);
        try (CSVPrinter out = printer(folder.resolve("messages.csv"), ExportTable.MESSAGES)) {
            MessageWriter w = new MessageWriter(out);
            long nextCase = 0;
            for (long t = 0; !w.full(); t++) {
                SplittableRandom r = rng(T_THREAD, t);
                if (nextCase < C && r.nextDouble() < caseShare) {
                    caseThread(w, r, caseOf(nextCase++));
                } else {
                    sellerThread(w, r);
                }
            }
            return w.written;
        }
    }

    private void caseThread(MessageWriter w, SplittableRandom r, Case k) throws IOException {
        Seller seller = seller(k.seller());
        Order order = k.order() < 0 ? null : order(k.order());
        String lang = order == null ? "nl" : order.lang();
        String market = seller.bol() ? "BOL" : "AMAZON";
        if (k.platform()) {
            CustomerTemplate t = texts.platform.get(r.nextInt(texts.platform.size()));
            String body = fill(t.body(), seller, order, null);
            boolean html = r.nextDouble() < HTML_SHARE;
            String first = w.write(r, seller, order, k.id(), null, k.openedAt(), "PLATFORM", "SELLER", fill(t.subject(), seller, order, null),
                    html ? htmlMail(r, seller, "nl", t.subject(), GeneratorTexts.toHtml(body), null, false) : body, html, null);
            if (first != null && k.respondedAt() > k.openedAt()) {
                String reply = fill(texts.platformReplies.get(r.nextInt(texts.platformReplies.size())), seller, order, null);
                boolean replyHtml = r.nextDouble() < HTML_SHARE;
                w.write(r, seller, order, k.id(), first, k.respondedAt(), "SELLER", "PLATFORM", "Re: " + fill(t.subject(), seller, order, null),
                        replyHtml ? htmlMail(r, seller, "nl", "Re", GeneratorTexts.toHtml(reply), body, false) : reply, replyHtml, null);
            }
            return;
        }
        String name = pick(texts.names.get("first-names"), r);
        CustomerTemplate q = customerTemplate(r, lang, "question");
        String question = fill(q.body(), seller, order, name);
        boolean qHtml = r.nextDouble() < HTML_SHARE;
        String first = w.write(r, seller, order, k.id(), null, k.openedAt(), "CUSTOMER", "SELLER", q.subject(),
                qHtml ? htmlMail(r, seller, q.lang(), q.subject(), GeneratorTexts.toHtml(question), null, false) : question, qHtml, null);
        if (first == null || k.respondedAt() <= k.openedAt()) {
            return;
        }
        long at = k.respondedAt();
        String previous = sellerMessage(w, r, seller, order, k.id(), first, at, "reply", q.lang(), "Re: " + q.subject(), question, market);
        while (previous != null && r.nextDouble() < 0.35) {
            at += 3600 + r.nextInt(30 * 3600);
            if (at > asOfEnd) {
                return;
            }
            CustomerTemplate f = customerTemplate(r, q.lang(), "followup");
            String text = fill(f.body(), seller, order, name);
            boolean fHtml = r.nextDouble() < HTML_SHARE;
            String id = w.write(r, seller, order, k.id(), previous, at, "CUSTOMER", "SELLER", "Re: " + q.subject(),
                    fHtml ? htmlMail(r, seller, f.lang(), q.subject(), GeneratorTexts.toHtml(text), null, false) : text, fHtml, null);
            if (id == null) {
                return;
            }
            at += 1800 + r.nextInt(20 * 3600);
            if (at > asOfEnd) {
                return;
            }
            previous = sellerMessage(w, r, seller, order, k.id(), id, at, "reply", q.lang(), "Re: " + q.subject(), text, market);
        }
    }

    private CustomerTemplate customerTemplate(SplittableRandom r, String lang, String kind) {
        String wanted = kind;
        if (kind.equals("question")) {
            double u = r.nextDouble();
            wanted = u < 0.02 ? "abusive" : u < 0.05 ? "angry" : "question";
        }
        for (String l : new String[] {lang, "nl"}) {
            int count = 0;
            for (CustomerTemplate t : texts.customer) {
                if (t.lang().equals(l) && t.kind().equals(wanted)) {
                    count++;
                }
            }
            if (count > 0) {
                int n = r.nextInt(count);
                for (CustomerTemplate t : texts.customer) {
                    if (t.lang().equals(l) && t.kind().equals(wanted) && n-- == 0) {
                        return t;
                    }
                }
            }
        }
        return texts.customer.get(0);
    }

    /** A conversation the seller starts about an order (shipping, delay, invoice, review request...). */
    private void sellerThread(MessageWriter w, SplittableRandom r) throws IOException {
        int s = skewedSeller(r);
        Seller seller = seller(s);
        long oi = randomOrderOf(s, r);
        if (oi < 0) {
            oi = r.nextLong(sizes.orders());
            s = (int) (oi % sizes.sellers());
            seller = seller(s);
        }
        Order order = order(oi);
        String market = seller.bol() ? "BOL" : "AMAZON";
        long base = order.completedAt() > 0 ? order.completedAt() + r.nextInt(5 * 86_400) : order.orderedAt() + 3600 + r.nextInt(20 * 3600);
        if (base > asOfEnd) {
            base = order.orderedAt() + 600 + r.nextInt(3600);
        }
        String lang = order.lang();
        String special = null;
        if (!seller.bol() && violates(seller, r)) {
            double u = r.nextDouble();
            special = u < 0.12 ? "late" : u < 0.24 ? "wrong-language" : u < 0.34 ? "repeat" : "template";
        }
        if ("late".equals(special) && order.completedAt() > 0) {
            long late = order.completedAt() + (31 + r.nextInt(30)) * 86_400L;
            if (late < asOfEnd) {
                base = late;
            }
        } else if ("wrong-language".equals(special)) {
            lang = lang.equals("nl") ? "en" : "nl";
        }
        if ("repeat".equals(special)) {
            List<SellerTemplate> pool = texts.pool(market, "proactive", lang, "review-request", false);
            if (!pool.isEmpty()) {
                SellerTemplate t = pool.get(r.nextInt(pool.size()));
                String body = fill(t.body(), seller, order, null);
                String subject = fill(t.subject(), seller, order, null);
                if (w.write(r, seller, order, null, null, base, "SELLER", "CUSTOMER", subject, body, false, null) == null) {
                    return;
                }
                long again = base + (2 + r.nextInt(10)) * 86_400L;
                if (again < asOfEnd) {
                    w.write(r, seller, order, null, null, again, "SELLER", "CUSTOMER", subject, body, false, null);
                }
                return;
            }
        }
        String first = sellerMessage(w, r, seller, order, null, null, base, "proactive", lang, null, null, market,
                special == null ? null : !special.equals("template") ? Boolean.FALSE : Boolean.TRUE);
        if (first != null && r.nextDouble() < 0.25) {
            long at = base + 3600 + r.nextInt(40 * 3600);
            if (at > asOfEnd) {
                return;
            }
            String name = pick(texts.names.get("first-names"), r);
            CustomerTemplate f = customerTemplate(r, lang, r.nextBoolean() ? "followup" : "question");
            String text = fill(f.body(), seller, order, name);
            String id = w.write(r, seller, order, null, first, at, "CUSTOMER", "SELLER", "Re: " + f.subject(), text, false, null);
            at += 1800 + r.nextInt(20 * 3600);
            if (id != null && at < asOfEnd) {
                sellerMessage(w, r, seller, order, null, id, at, "reply", lang, "Re: " + f.subject(), text, market);
            }
        }
    }

    private boolean violates(Seller seller, SplittableRandom r) {
        double[] rate = {0.10, 0.20, 0.40, 0.40};
        return r.nextDouble() < rate[seller.quality()];
    }

    private String sellerMessage(MessageWriter w, SplittableRandom r, Seller seller, Order order, String caseId, String inReplyTo,
            long at, String role, String lang, String subject, String quoted, String market) throws IOException {
        return sellerMessage(w, r, seller, order, caseId, inReplyTo, at, role, lang, subject, quoted, market, null);
    }

    /**
     * One seller message from a template.
     *
     * @param violation null: decide by the seller's record; TRUE: a template that trips a rule; FALSE: a normal one
     */
    private String sellerMessage(MessageWriter w, SplittableRandom r, Seller seller, Order order, String caseId, String inReplyTo,
            long at, String role, String lang, String subject, String quoted, String market, Boolean violation) throws IOException {
        boolean html = r.nextDouble() < HTML_SHARE;
        boolean violate = violation != null ? violation : violates(seller, r);
        List<SellerTemplate> pool = texts.pool(market, role, lang, violate ? "violation" : "ok", html);
        if (pool.isEmpty()) {
            pool = texts.pool(market, role, lang, "ok", html);
        }
        SellerTemplate t = pool.get(r.nextInt(pool.size()));
        String name = pick(texts.names.get("first-names"), r);
        // a normal proactive mail without a subject of its own gets "Your order <id>"; a template that trips a rule keeps
        // its own (often empty) subject, so that e.g. AMZ-MSG-THANKS-ONLY and -NO-ORDER-ID see what the template says
        String subj = subject != null ? subject : t.subject().isEmpty() && t.kind().isEmpty() && order != null
                ? subjectFor(t.lang(), order) : fill(t.subject(), seller, order, name);
        String body;
        if (html) {
            body = htmlMail(r, seller, t.lang(), subj, fill(t.htmlBody(), seller, order, name), quoted,
                    "proactive".equals(role) && r.nextBoolean());
        } else {
            body = fill(t.body(), seller, order, name);
            if (quoted != null && r.nextDouble() < 0.2) {
                body = body + "\n\n" + quoteHeader(t.lang(), at, name) + "\n> " + quoted.replace("\n", "\n> ");
            }
        }
        String attachments = t.attachments().isEmpty() ? null : t.attachments();
        if (attachments == null && "proactive".equals(role) && order != null && r.nextDouble() < 0.08) {
            attachments = (t.lang().equals("nl") ? "factuur-" : "invoice-") + order.id() + ".pdf";
        }
        return w.write(r, seller, order, caseId, inReplyTo, at, "SELLER", "CUSTOMER", subj, body, html, attachments);
    }

    private static String quoteHeader(String lang, long at, String name) {
        String date = Instant.ofEpochSecond(at - 7200).atZone(AMS).toLocalDate().toString();
        return switch (lang) {
            case "nl" -> "Op " + date + " schreef " + name + ":";
            case "fr" -> "Le " + date + ", " + name + " a écrit :";
            default -> "On " + date + ", " + name + " wrote:";
        };
    }

    private static String subjectFor(String lang, Order order) {
        return switch (lang) {
            case "nl" -> "Uw bestelling " + order.id();
            case "fr" -> "Votre commande " + order.id();
            case "de" -> "Ihre Bestellung " + order.id();
            default -> "Your order " + order.id();
        };
    }

    private String fill(String template, Seller seller, Order order, String name) {
        if (template.indexOf('{') < 0) {
            return template;
        }
        String out = template;
        if (out.contains("{order}")) {
            out = out.replace("{order}", order == null ? "" : order.id());
        }
        if (out.contains("{shop}")) {
            out = out.replace("{shop}", seller.name());
        }
        if (out.contains("{name}")) {
            out = out.replace("{name}", name == null ? "" : name);
        }
        return out;
    }

    private static String pick(List<String> list, SplittableRandom r) {
        return list.get(r.nextInt(list.size()));
    }

    // ---------------------------------------------------------------- HTML e-mails of 5-20 KB

    /**
     * An HTML e-mail around {@code content}: the shop's template (style block, layout table, logo, footer), an order
     * table for some proactive mails, the quoted previous message for replies; padded with CSS rules and layout rows
     * to a size between 5 and 20 KB.
     */
    private String htmlMail(SplittableRandom r, Seller seller, String lang, String subject, String content, String quoted,
            boolean orderTable) {
        Map<String, List<String>> h = texts.html;
        String title = escape(subject == null || subject.isBlank() ? seller.name() : subject); // never an empty preheader div
        StringBuilder middle = new StringBuilder(4096);
        String logo = seller.logo() < 0 ? h.get("logo-clean").get(0) : h.get("logo-flawed").get(seller.logo());
        middle.append(logo.replace("{domain}", seller.domain()).replace("{shop}", escape(seller.name())));
        middle.append(h.get("text-start").get(0)).append(content).append(h.get("text-end").get(0));
        if (orderTable) {
            middle.append(h.get("order-start").get(0));
            int rows = 1 + r.nextInt(4);
            List<String> products = texts.names.get("products");
            for (int i = 0; i < rows; i++) {
                middle.append(h.get("order-row").get(0).replace("{product}", pick(products, r))
                        .replace("{qty}", String.valueOf(1 + r.nextInt(3)))
                        .replace("{price}", (5 + r.nextInt(120)) + "," + (10 + r.nextInt(90))));
            }
            middle.append(h.get("order-end").get(0));
        }
        if (quoted != null) {
            middle.append(h.get("quote-start").get(0)).append(GeneratorTexts.toHtml(quoted)).append(h.get("quote-end").get(0));
        }
        List<String> footer = h.get("footer-" + lang);
        middle.append((footer != null ? footer : h.get("footer-en")).get(0).replace("{shop}", escape(seller.name())));
        String head = h.get("head").get(0).replace("{lang}", lang).replace("{subject}", title);
        String bodyStart = h.get("body-start").get(0).replace("{preheader}", title);
        String bodyEnd = h.get("body-end").get(0);
        int target = 5_300 + r.nextInt(14_000);
        int fill = Math.max(0, target - head.length() - bodyStart.length() - bodyEnd.length() - middle.length());
        int cssFill = (int) (fill * (0.45 + 0.3 * r.nextDouble()));
        StringBuilder out = new StringBuilder(target + 512);
        out.append(head);
        List<String> css = h.get("css");
        int start = r.nextInt(css.size());
        for (int i = 0, n = 0; n < cssFill; i++) {
            String rule = css.get((start + i) % css.size());
            out.append(rule).append('\n');
            n += rule.length() + 1;
        }
        out.append(bodyStart).append(middle);
        List<String> layout = h.get("layout");
        while (out.length() + bodyEnd.length() < target) {
            out.append(layout.get(r.nextInt(layout.size())));
        }
        out.append(bodyEnd);
        return out.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    // ---------------------------------------------------------------- command line

    /** {@code --name value} or {@code --name=value}. */
    static final class Options {
        /** The options of {@link #sizes()} and the seed, which the generator and the benchmark both take. */
        static final Set<String> EXPORT = Set.of("messages", "sellers", "orders", "cases", "reviews", "calls", "seed");
        /** The options read with {@link #getLong}. */
        private static final Set<String> NUMBERS = Stream.concat(EXPORT.stream(), Stream.of("timeout-minutes"))
                .collect(Collectors.toUnmodifiableSet());

        private final Map<String, String> values = new TreeMap<>();

        /**
         * The options, or one line on standard error and exit code 2 for an option the command does not
         * take (a mistyped {@code --out} for {@code --output} would otherwise be ignored, and the export
         * written where the user did not look) or a malformed argument.
         *
         * @param known the command's own options, besides {@link #EXPORT}
         */
        static Options parseOrExit(String command, String[] args, Set<String> known) {
            try {
                return parse(args, known);
            } catch (IllegalArgumentException e) {
                System.err.println(command + ": " + e.getMessage());
                System.exit(2);
                throw e;
            }
        }

        static Options parse(String[] args, Set<String> known) {
            Options o = parse(args);
            Set<String> allowed = new TreeSet<>(EXPORT);
            allowed.addAll(known);
            for (String name : o.values.keySet()) {
                if (!allowed.contains(name)) {
                    throw new IllegalArgumentException("unknown option --" + name + " (options: --"
                            + String.join(", --", allowed) + ")");
                }
            }
            for (String name : NUMBERS) {
                o.getLong(name, 0); // read now, so that a malformed number stops the command before it starts
            }
            return o;
        }

        private static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (!a.startsWith("--")) {
                    throw new IllegalArgumentException("unexpected argument '" + a + "'");
                }
                int eq = a.indexOf('=');
                if (eq > 0) {
                    o.values.put(a.substring(2, eq), a.substring(eq + 1));
                } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                    o.values.put(a.substring(2), args[++i]);
                } else {
                    o.values.put(a.substring(2), "true");
                }
            }
            return o;
        }

        boolean has(String name) {
            return values.containsKey(name);
        }

        String get(String name, String fallback) {
            return values.getOrDefault(name, fallback);
        }

        /** A whole number, with {@code _} or {@code ,} allowed between digits (1_000_000, 1,000,000). */
        long getLong(String name, long fallback) {
            String v = values.get(name);
            if (v == null) {
                return fallback;
            }
            String digits = v.replace("_", "").replace(",", "");
            try {
                if (digits.matches("\\d+")) {
                    return Long.parseLong(digits);
                }
            } catch (NumberFormatException tooLarge) {
                // reported below
            }
            throw new IllegalArgumentException("--" + name + " takes a whole number, not '" + v + "'");
        }

        Sizes sizes() {
            Sizes d = Sizes.forMessages(getLong("messages", 100_000));
            return new Sizes(getLong("sellers", d.sellers()), getLong("orders", d.orders()), d.messages(),
                    getLong("cases", d.cases()), getLong("calls", d.calls()), getLong("reviews", d.reviews()));
        }

        Map<String, String> values() {
            return values;
        }
    }
}

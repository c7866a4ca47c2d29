package nl.commsaudit.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The text building blocks of {@link ExportGenerator}, read once from {@code src/main/resources/generator/}:
 * seller message templates per marketplace, role, language and the rule they are meant to trip (phrasing taken
 * from the labelled corpora), customer and platform messages, review texts, names and HTML e-mail parts.
 */
final class GeneratorTexts {

    /** A seller message template; {@code kind} is the rule id(s) it trips, empty for a normal message. */
    record SellerTemplate(String market, String role, String lang, String kind, boolean html, String subject,
            String body, String htmlBody, String attachments) {
    }

    record CustomerTemplate(String lang, String kind, String subject, String body) {
    }

    record ReviewTemplate(String kind, String lang, int[] overall, int[] delivery, int[] service, String text) {
    }

    final List<SellerTemplate> sellerTemplates = new ArrayList<>();
    final List<CustomerTemplate> customer = new ArrayList<>();
    final List<CustomerTemplate> platform = new ArrayList<>();
    final List<String> platformReplies = new ArrayList<>();
    final List<ReviewTemplate> reviewsNormal = new ArrayList<>();
    final List<ReviewTemplate> reviewsCorpus = new ArrayList<>();
    final Map<String, List<String>> names;
    final Map<String, List<String>> html;

    private final Map<String, List<SellerTemplate>> pools = new HashMap<>();

    GeneratorTexts() {
        for (CSVRecord r : csv("seller-messages.csv")) {
            boolean isHtml = Boolean.parseBoolean(r.get("html"));
            String body = r.get("body");
            SellerTemplate t = new SellerTemplate(r.get("market"), r.get("role"), r.get("lang"), r.get("kind"), isHtml,
                    r.get("subject"), body, isHtml ? body : toHtml(body), r.get("attachments"));
            sellerTemplates.add(t);
            if (t.kind().isEmpty() || Character.isUpperCase(t.kind().charAt(0))) {
                String tag = t.kind().isEmpty() ? "ok" : "violation";
                for (boolean h : new boolean[] {false, true}) {
                    if (!t.html() || h) {
                        pools.computeIfAbsent(key(t.market(), t.role(), t.lang(), tag, h), k -> new ArrayList<>()).add(t);
                    }
                }
            } else {
                pools.computeIfAbsent(key(t.market(), t.role(), t.lang(), t.kind(), false), k -> new ArrayList<>()).add(t);
                pools.computeIfAbsent(key(t.market(), t.role(), t.lang(), t.kind(), true), k -> new ArrayList<>()).add(t);
            }
        }
        for (CSVRecord r : csv("customer-messages.csv")) {
            customer.add(new CustomerTemplate(r.get("lang"), r.get("kind"), r.get("subject"), r.get("body")));
        }
        for (CSVRecord r : csv("platform-messages.csv")) {
            platform.add(new CustomerTemplate(r.get("lang"), "platform", r.get("subject"), r.get("body")));
        }
        for (CSVRecord r : csv("platform-replies.csv")) {
            platformReplies.add(r.get("body"));
        }
        for (CSVRecord r : csv("reviews.csv")) {
            ReviewTemplate t = new ReviewTemplate(r.get("kind"), r.get("lang"), range(r.get("score_overall")),
                    range(r.get("score_delivery")), range(r.get("score_service")), r.get("text"));
            (r.get("score_overall").contains("-") ? reviewsNormal : reviewsCorpus).add(t);
        }
        names = sections("names.txt");
        html = sections("html-email.txt");
    }

    /**
     * Templates of one marketplace, role, language and tag ({@code ok}, {@code violation} or a lower-case tag such
     * as {@code review-request}); usable as HTML or not. Falls back to Dutch, then to English; empty if none.
     */
    List<SellerTemplate> pool(String market, String role, String lang, String tag, boolean asHtml) {
        for (String l : new String[] {lang, "nl", "en"}) {
            List<SellerTemplate> pool = pools.get(key(market, role, l, tag, asHtml));
            if (pool != null && !pool.isEmpty()) {
                return pool;
            }
        }
        return List.of();
    }

    List<String> section(Map<String, List<String>> sections, String name) {
        List<String> lines = sections.get(name);
        if (lines == null) {
            throw new IllegalStateException("generator resource lacks section [" + name + "]");
        }
        return lines;
    }

    private static String key(String market, String role, String lang, String tag, boolean asHtml) {
        return market + '|' + role + '|' + lang + '|' + tag + '|' + asHtml;
    }

    private static int[] range(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int dash = value.indexOf('-');
        if (dash < 0) {
            int v = Integer.parseInt(value.strip());
            return new int[] {v, v};
        }
        return new int[] {Integer.parseInt(value.substring(0, dash).strip()), Integer.parseInt(value.substring(dash + 1).strip())};
    }

    /** A plain text body as HTML paragraphs: blank lines separate paragraphs, single line breaks become br. */
    static String toHtml(String text) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        for (String paragraph : text.replace("\r\n", "\n").split("\n\n", -1)) {
            out.append("<p>");
            String escaped = paragraph.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
            out.append(escaped.replace("\n", "<br>"));
            out.append("</p>");
        }
        return out.toString();
    }

    private static List<CSVRecord> csv(String name) {
        try (Reader reader = new InputStreamReader(open(name), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, List<String>> sections(String name) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        try (InputStream in = open(name)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.replace("\r", "");
                if (l.isBlank() || l.startsWith("#")) {
                    continue;
                }
                if (l.startsWith("[") && l.endsWith("]")) {
                    current = sections.computeIfAbsent(l.substring(1, l.length() - 1), k -> new ArrayList<>());
                } else if (current != null) {
                    current.add(l);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sections;
    }

    private static InputStream open(String name) {
        InputStream in = GeneratorTexts.class.getResourceAsStream("/generator/" + name);
        if (in == null) {
            throw new IllegalStateException("generator resource missing: generator/" + name);
        }
        return in;
    }
}

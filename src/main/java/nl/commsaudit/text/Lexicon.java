package nl.commsaudit.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Word lists and phrase patterns, kept as resource files per language ({@code lexicons/<lang>/<name>.txt},
 * one entry per line, {@code #} starts a comment) so that an analyst can read and extend them. A job
 * definition can name an override folder with the same layout whose entries are added to the built-in
 * ones, without a rebuild.
 */
public final class Lexicon {

    /** The languages whose lexicons are loaded; every text is matched against all of them. */
    public static final List<String> LANGUAGES = List.of("nl", "en", "fr", "de");

    private final Path overrides;

    /** @param overrides a folder with extra entries, or {@code null} */
    public Lexicon(Path overrides) {
        this.overrides = overrides;
    }

    public static Lexicon builtIn() {
        return new Lexicon(null);
    }

    /** The entries of a list in every language, flattened like the text they are matched against. */
    public Set<String> words(String name) {
        Set<String> words = new LinkedHashSet<>();
        for (String line : lines(name)) {
            words.add(Normalizer.flat(line));
        }
        return words;
    }

    /** The patterns of a list in every language, compiled once; they are matched against flat text. */
    public List<Pattern> patterns(String name) {
        List<Pattern> patterns = new ArrayList<>();
        for (String line : lines(name)) {
            patterns.add(Pattern.compile(line));
        }
        return patterns;
    }

    /**
     * One alternation of all patterns of a list, for a single pass over a text, guarded by an automaton
     * of the words without which it cannot match ({@link LexiconPattern}).
     */
    public LexiconPattern alternation(String name) {
        return new LexiconPattern(lines(name));
    }

    /** The built-in entries of one language's list (none when the language has no such list). */
    static List<String> builtIn(String language, String name) {
        List<String> lines = new ArrayList<>();
        readBuiltIn(language, name, lines);
        return lines;
    }

    private static void readBuiltIn(String language, String name, List<String> into) {
        String resource = "lexicons/" + language + "/" + name + ".txt";
        try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(resource)) {
            if (in != null) {
                read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), into);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> lines(String name) {
        List<String> lines = new ArrayList<>();
        for (String language : LANGUAGES) {
            readBuiltIn(language, name, lines);
            if (overrides != null) {
                Path extra = overrides.resolve(language).resolve(name + ".txt");
                if (Files.isRegularFile(extra)) {
                    try (BufferedReader reader = Files.newBufferedReader(extra, StandardCharsets.UTF_8)) {
                        read(reader, lines);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return lines;
    }

    /**
     * Reads one file. A line {@code define NAME pattern} defines a building block that later lines of
     * the same file use as {@code {NAME}}, so that long patterns stay readable.
     */
    private static void read(BufferedReader reader, List<String> into) throws IOException {
        Map<String, String> defines = new LinkedHashMap<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            int comment = line.indexOf(" #");
            String entry = (line.startsWith("#") ? "" : comment >= 0 ? line.substring(0, comment) : line).strip();
            for (Map.Entry<String, String> define : defines.entrySet()) {
                entry = entry.replace("{" + define.getKey() + "}", define.getValue());
            }
            if (entry.startsWith("define ")) {
                String[] parts = entry.split("\\s+", 3);
                defines.put(parts[1], "(?:" + parts[2] + ")");
            } else if (!entry.isEmpty()) {
                into.add(entry);
            }
        }
    }
}

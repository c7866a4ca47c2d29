package nl.commsaudit.job;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.commsaudit.rules.RuleCatalog;
import nl.commsaudit.rules.RuleSettings;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads the {@code rules:} overrides of a job definition file (YAML). */
@Component
public class JobDefinitionRules {

    /**
     * @param definition a job definition file, or {@code null} for the defaults of rules.md
     * @throws IllegalArgumentException naming the file and what is wrong in it
     */
    public RuleSettings load(Path definition) {
        if (definition == null) {
            return RuleSettings.defaults();
        }
        Map<?, ?> document = readYaml(definition);
        Object rules = document.get("rules");
        if (rules != null && !(rules instanceof Map)) {
            throw new IllegalArgumentException(definition + ": rules: must be a map of rule id to settings");
        }
        try {
            return RuleSettings.of((Map<?, ?>) rules, RuleCatalog.ids());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(definition + ": " + e.getMessage(), e);
        }
    }

    /**
     * The folder of extra lexicon entries a job definition names ({@code lexicons:}, relative to the
     * definition's folder), or {@code null}.
     *
     * @throws IllegalArgumentException when it names a folder that does not exist
     */
    public Path lexicons(Path definition) {
        if (definition == null) {
            return null;
        }
        Object lexicons = readYaml(definition).get("lexicons");
        if (lexicons == null || lexicons.toString().isBlank()) {
            return null;
        }
        Path folder = definition.toAbsolutePath().getParent().resolve(lexicons.toString().strip()).normalize();
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException(definition + ": lexicons: folder not found: " + folder);
        }
        return folder;
    }

    /** Whether workbooks mask customer e-mail addresses and phone numbers ({@code mask-personal-data}, default true). */
    public boolean maskPersonalData(Path definition) {
        if (definition == null) {
            return true;
        }
        Object mask = readYaml(definition).get("mask-personal-data");
        return mask == null || Boolean.parseBoolean(mask.toString());
    }

    /** Parses a YAML file into a map, with the safe constructor (no arbitrary types). */
    public static Map<?, ?> readYaml(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            if (document == null) {
                return Map.of();
            }
            if (!(document instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException(file + ": expected a YAML map of settings");
            }
            return map;
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot be read: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            if (e instanceof IllegalArgumentException) {
                throw e;
            }
            throw new IllegalArgumentException(file + ": is not valid YAML: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }
}

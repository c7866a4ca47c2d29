package nl.commsaudit.rules;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rule overrides of a job definition: per rule id, {@code enabled}, {@code severity} and the
 * rule's thresholds. What is not overridden keeps the default of rules.md.
 *
 * <pre>
 * rules:
 *   BOL-SVC-PHONE-NORM:
 *     severity: HIGH
 *     min-answered-pct: 95
 *   BOL-SVC-WEEKLY-WARNING:
 *     enabled: false
 * </pre>
 */
public final class RuleSettings {

    private static final RuleSettings DEFAULTS = new RuleSettings(Map.of());

    private final Map<String, Map<String, Object>> overrides;

    private RuleSettings(Map<String, Map<String, Object>> overrides) {
        this.overrides = overrides;
    }

    public static RuleSettings defaults() {
        return DEFAULTS;
    }

    /**
     * @param rules      the {@code rules:} map of a job definition (rule id to settings), may be null
     * @param knownRules every rule id there is, so that a misspelt id is an error and not a silent no-op
     * @throws IllegalArgumentException naming the bad entry
     */
    public static RuleSettings of(Map<?, ?> rules, Set<String> knownRules) {
        if (rules == null || rules.isEmpty()) {
            return DEFAULTS;
        }
        Map<String, Map<String, Object>> overrides = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : rules.entrySet()) {
            String id = String.valueOf(entry.getKey());
            if (!knownRules.contains(id)) {
                throw new IllegalArgumentException("unknown rule id '" + id + "' under rules:");
            }
            if (!(entry.getValue() instanceof Map<?, ?> values)) {
                throw new IllegalArgumentException("rules: " + id + " must be a map of settings");
            }
            Map<String, Object> settings = new LinkedHashMap<>();
            values.forEach((key, value) -> settings.put(String.valueOf(key), value));
            Object severity = settings.get("severity");
            if (severity != null) {
                try {
                    Severity.valueOf(severity.toString().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("rules: " + id + ": severity must be HIGH, MEDIUM or LOW, not '" + severity + "'");
                }
            }
            overrides.put(id, Map.copyOf(settings));
        }
        return new RuleSettings(Map.copyOf(overrides));
    }

    public boolean enabled(Rule rule) {
        return enabled(rule.id());
    }

    /** Whether the rule with this id is on (rules are on unless the definition switches them off). */
    public boolean enabled(String ruleId) {
        Object enabled = settings(ruleId).get("enabled");
        return enabled == null || Boolean.parseBoolean(enabled.toString());
    }

    public Severity severity(Rule rule) {
        Object severity = settings(rule).get("severity");
        return severity == null ? rule.defaultSeverity() : Severity.valueOf(severity.toString().toUpperCase(Locale.ROOT));
    }

    /** A numeric threshold of a rule, or its default. */
    public double number(Rule rule, String name, double defaultValue) {
        Object value = settings(rule).get(name);
        if (value == null) {
            return defaultValue;
        }
        try {
            return Double.parseDouble(value.toString());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("rules: " + rule.id() + ": " + name + " must be a number, not '" + value + "'");
        }
    }

    /** A list setting of a rule (a YAML list, or one comma-separated string), or its default. */
    public java.util.List<String> list(Rule rule, String name, java.util.List<String> defaultValue) {
        Object value = settings(rule).get(name);
        if (value == null) {
            return defaultValue;
        }
        if (value instanceof java.util.Collection<?> items) {
            return items.stream().map(String::valueOf).map(String::strip).toList();
        }
        return java.util.Arrays.stream(value.toString().split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    private Map<String, Object> settings(Rule rule) {
        return settings(rule.id());
    }

    private Map<String, Object> settings(String ruleId) {
        return overrides.getOrDefault(ruleId, Map.of());
    }
}

package nl.commsaudit.rules;

/** How urgent a finding is (rules.md, "Severity"); each rule has a default, configurable per job. */
public enum Severity {
    HIGH,
    MEDIUM,
    LOW
}

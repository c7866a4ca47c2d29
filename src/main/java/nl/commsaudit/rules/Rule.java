package nl.commsaudit.rules;

/**
 * One rule of rules.md: a small class named after its id. The check itself is declared by the
 * interface of the entity the rule judges (for example a case rule or a seller rule).
 */
public interface Rule {

    /** The stable id of rules.md, e.g. {@code BOL-SVC-LATE-RESPONSE}. */
    String id();

    /** One line for people: what the rule flags. */
    String title();

    Marketplace marketplace();

    EntityType entityType();

    Severity defaultSeverity();

    /** The policy text and section the rule comes from: file name + section heading. */
    String policyRef();
}

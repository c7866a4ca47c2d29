package nl.commsaudit.rules;

/** The marketplace of a seller account; it decides which rule pack applies. */
public enum Marketplace {
    BOL,
    AMAZON
}

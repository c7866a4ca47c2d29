package nl.commsaudit.calendar;

/** Country of establishment of a seller account; decides which public holidays are non-working days. */
public enum Country {
    NL,
    BE
}

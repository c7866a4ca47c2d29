package nl.commsaudit.rules.bol.communication;

/** Where the BOL-COM rules come from. */
final class Policies {

    private static final String UNWANTED = "bol-ongewenste-communicatie.txt: ";

    static final String LANGUAGE = UNWANTED + "Ongepast taalgebruik";
    static final String BRIBERY = UNWANTED + "Chantage/omkoping";
    static final String SPAM = UNWANTED + "Spam";
    static final String CUSTOMER_DATA = "bol-voorwaarden-klantcommunicatie.txt: Belangrijke voorwaarden in klantcommunicatie";
    static final String CONTACT = UNWANTED + "Onbereikbaarheid (onjuiste contactgegevens verstrekken)";

    private Policies() {
    }
}

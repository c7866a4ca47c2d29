package nl.commsaudit.rules.bol.service;

import java.time.Instant;
import nl.commsaudit.calendar.Country;

/** A staged case with what the service norms need of its seller. */
public record CaseFacts(
        String caseId,
        String sellerId,
        String kvkNumber,
        Country sellerCountry,
        String origin,
        Instant openedAt,
        Instant firstResponseAt) {

    public boolean fromCustomer() {
        return "CUSTOMER".equals(origin);
    }
}

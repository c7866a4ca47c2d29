package nl.commsaudit.rules;

import nl.commsaudit.calendar.Country;
import nl.commsaudit.rules.bol.service.ServiceFigures;

/**
 * A seller account with the figures the seller-level rules judge.
 *
 * @param service the service-norm figures, or {@code null} where the service norms do not apply (Amazon)
 */
public record SellerFacts(
        String sellerId,
        String sellerName,
        String kvkNumber,
        Country country,
        Marketplace marketplace,
        String contactEmail,
        String contactPhone,
        ServiceFigures service) {
}

package nl.commsaudit.rules;

import java.util.Optional;

/** A rule that judges a seller account as a whole. */
public interface SellerRule extends Rule {

    Optional<Violation> check(SellerFacts seller);
}

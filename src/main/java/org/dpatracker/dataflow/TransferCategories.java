package org.dpatracker.dataflow;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.dpatracker.transfer.AdequacyDecision;
import org.dpatracker.transfer.Countries;
import org.dpatracker.transfer.TransferMechanism;

/**
 * A country's category on the map, by its weakest recipient. Inside the EEA there is no transfer; a country
 * whose adequacy decision (Art. 45 GDPR) covers it whole is adequate; under a decision limited to some
 * recipients (the US: the Data Privacy Framework) only when every recipient there relies on it. Elsewhere a
 * third country is covered when every recipient there has a valid mechanism (Art. 46, 47, 49 GDPR).
 */
final class TransferCategories {

    private static final Set<TransferMechanism> ADEQUACY =
            EnumSet.of(TransferMechanism.ADEQUACY, TransferMechanism.DATA_PRIVACY_FRAMEWORK);

    private TransferCategories() {}

    /**
     * @param used the mechanisms of the recipients' locations in the country ({@link TransferMechanism#NONE} for
     *     none recorded), empty when no recipient processes data there
     * @return empty for a third country without adequacy that no recipient uses
     */
    static Optional<TransferCategory> of(
            String country, Optional<AdequacyDecision> decision, Set<TransferMechanism> used, LocalDate today) {
        if (Countries.isInEea(country)) {
            return Optional.of(TransferCategory.EEA);
        }
        Optional<AdequacyDecision> current = decision.filter(d -> !d.expiredOn(today));
        if (current.isPresent() && (!current.get().scope().isLimited() || ADEQUACY.containsAll(used))) {
            return Optional.of(TransferCategory.ADEQUATE);
        }
        if (used.isEmpty()) {
            return Optional.empty();
        }
        boolean covered = used.stream()
                .allMatch(mechanism -> mechanism.isValid() && (current.isPresent() || !ADEQUACY.contains(mechanism)));
        return Optional.of(covered ? TransferCategory.MECHANISM : TransferCategory.NONE);
    }
}

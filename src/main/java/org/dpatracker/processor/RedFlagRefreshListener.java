package org.dpatracker.processor;

import java.util.List;
import org.dpatracker.organisation.OrganisationChanged;
import org.dpatracker.transfer.AdequacyListChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the stored red flags current after every change they depend on, in the changing transaction:
 * an agreement's own facts, an organisation (say, an expired certificate) in every agreement it is part
 * of, and the adequacy list in every agreement.
 */
@Component
class RedFlagRefreshListener {

    private final RedFlagRefresher redFlags;

    RedFlagRefreshListener(RedFlagRefresher redFlags) {
        this.redFlags = redFlags;
    }

    @EventListener
    void onAgreementFacts(AgreementFactsChanged event) {
        redFlags.refresh(List.of(event.agreementId()));
    }

    @EventListener
    void onOrganisation(OrganisationChanged event) {
        redFlags.refreshInvolving(event.organisationId());
    }

    @EventListener
    void onAdequacyList(AdequacyListChanged event) {
        redFlags.refreshAll();
    }
}

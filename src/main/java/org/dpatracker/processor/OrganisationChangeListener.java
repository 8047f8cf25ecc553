package org.dpatracker.processor;

import org.dpatracker.organisation.OrganisationChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A changed organisation (say, an expired certificate) changes the flags of every agreement it is part of. */
@Component
class OrganisationChangeListener {

    private final RedFlagRefresher redFlags;

    OrganisationChangeListener(RedFlagRefresher redFlags) {
        this.redFlags = redFlags;
    }

    @EventListener
    void onChange(OrganisationChanged event) {
        redFlags.refreshInvolving(event.organisationId());
    }
}

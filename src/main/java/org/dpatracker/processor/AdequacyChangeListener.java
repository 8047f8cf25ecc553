package org.dpatracker.processor;

import org.dpatracker.transfer.AdequacyListChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A changed adequacy list can change the flags of any agreement with a transfer. */
@Component
class AdequacyChangeListener {

    private final RedFlagRefresher redFlags;

    AdequacyChangeListener(RedFlagRefresher redFlags) {
        this.redFlags = redFlags;
    }

    @EventListener
    void onChange(AdequacyListChanged event) {
        redFlags.refreshAll();
    }
}

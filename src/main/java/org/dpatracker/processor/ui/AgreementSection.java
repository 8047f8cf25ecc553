package org.dpatracker.processor.ui;

import com.vaadin.flow.component.Component;
import org.dpatracker.processor.AgreementDetail;

/**
 * A part of the agreement page that another feature contributes (measures, contract checklist,
 * audits), so that the page shows them without the register depending on those features.
 */
public interface AgreementSection {

    /** Where the section goes: lower comes first. */
    int order();

    /** A new component for the agreement; {@code refresh} redraws the whole page after a change. */
    Component render(AgreementDetail detail, Runnable refresh);

    /** The message key of the section's title, for the jump links at the top of the page. */
    String titleKey();

    /** The id the rendered section carries, which the jump links scroll to. */
    String anchorId();

    /** Whether the current user sees the section at all. */
    default boolean visible() {
        return true;
    }

    /**
     * Whether the section belongs on this agreement's page: Art. 28 sections only where the recipient is a processor.
     */
    default boolean appliesTo(AgreementDetail detail) {
        return true;
    }

    /** For sections about duties of Art. 28 only: whether the agreement is one with a processor. */
    static boolean art28(AgreementDetail detail) {
        return detail.agreement().relationship().isProcessor();
    }
}

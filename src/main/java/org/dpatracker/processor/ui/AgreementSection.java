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
}

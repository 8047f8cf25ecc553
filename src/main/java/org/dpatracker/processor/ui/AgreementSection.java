package org.dpatracker.processor.ui;

import com.vaadin.flow.component.Component;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import org.dpatracker.processor.AgreementDetail;

/**
 * A part of the agreement page that another feature contributes (measures, contract checklist, audits),
 * registered as a bean, so that the page shows them without the register depending on those features.
 *
 * @param order     where the section goes: lower comes first
 * @param titleKey  the message key of its title, for the jump links at the top of the page
 * @param anchorId  the id the rendered section carries, which the jump links scroll to
 * @param art28Only whether it belongs only on the page of an agreement with a processor (Art. 28 duties)
 * @param visible   whether the current user sees it at all
 * @param renderer  a new component for the agreement; the {@code Runnable} redraws the whole page
 */
public record AgreementSection(
        int order,
        String titleKey,
        String anchorId,
        boolean art28Only,
        BooleanSupplier visible,
        BiFunction<AgreementDetail, Runnable, Component> renderer) {

    /** A section of Art. 28 duties, shown to everyone who may open the agreement. */
    public static AgreementSection art28(
            int order, String titleKey, String anchorId, BiFunction<AgreementDetail, Runnable, Component> renderer) {
        return new AgreementSection(order, titleKey, anchorId, true, () -> true, renderer);
    }

    /** A section for every kind of recipient. */
    public static AgreementSection everyRecipient(
            int order, String titleKey, String anchorId, BiFunction<AgreementDetail, Runnable, Component> renderer) {
        return new AgreementSection(order, titleKey, anchorId, false, () -> true, renderer);
    }

    /** Whether the section belongs on this agreement's page for the current user. */
    boolean shownFor(AgreementDetail detail) {
        return visible.getAsBoolean()
                && (!art28Only || detail.agreement().relationship().isProcessor());
    }

    Component render(AgreementDetail detail, Runnable refresh) {
        return renderer.apply(detail, refresh);
    }
}

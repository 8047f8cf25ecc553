package org.dpatracker.core.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** A list's filters, folded into "Filters" on a phone so that the list keeps the screen; open on wider ones. */
public class ListFilters extends NativeDetails {

    public ListFilters(Component... filters) {
        setSummaryText(getTranslation("list.filters"));
        addClassName("list-filters");
        HorizontalLayout row = new HorizontalLayout(filters);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        setContent(row);
        setOpen(true);
        addAttachListener(attach -> attach.getUI()
                .getPage()
                .retrieveExtendedClientDetails(details -> setOpen(details.getWindowInnerWidth() >= 600)));
    }
}

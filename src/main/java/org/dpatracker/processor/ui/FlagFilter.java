package org.dpatracker.processor.ui;

import com.vaadin.flow.component.select.Select;
import org.dpatracker.redflag.RedFlagType;

/** Narrows the processor list to the agreements with one kind of red flag. */
class FlagFilter extends Select<RedFlagType> {

    FlagFilter(Runnable onChange) {
        setId("register-flag-filter");
        setLabel(getTranslation("filter.flag"));
        setItems(RedFlagType.values());
        setEmptySelectionAllowed(true);
        setEmptySelectionCaption(getTranslation("filter.any"));
        setItemLabelGenerator(
                type -> type == null ? getTranslation("filter.any") : getTranslation("redflag.short." + type.name()));
        addValueChangeListener(change -> onChange.run());
    }
}

package org.dpatracker.core.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** The search box above a grid: filters as the user types, after a short pause. */
public class SearchField extends TextField {

    public SearchField(Runnable onChange) {
        addClassName("search-field");
        setPlaceholder(getTranslation("action.search"));
        setAriaLabel(getTranslation("action.search"));
        setPrefixComponent(VaadinIcon.SEARCH.create());
        setValueChangeMode(ValueChangeMode.LAZY);
        setClearButtonVisible(true);
        addValueChangeListener(change -> onChange.run());
    }
}

package org.dpatracker.processor.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.dpatracker.transfer.Countries;

/** The filters on where data goes: one country, only third countries, only what has red flags. */
public class DataFlowFilters extends HorizontalLayout {

    private final ComboBox<String> country = new ComboBox<>(getTranslation("filter.country"));
    private final Checkbox outsideEea = new Checkbox(getTranslation("filter.outside-eea"));
    private final Checkbox flagged = new Checkbox(getTranslation("filter.flagged"));

    public DataFlowFilters(Runnable onChange) {
        country.setItems(Countries.all(UI.getCurrent().getLocale()));
        country.setItemLabelGenerator(
                code -> Countries.name(code, UI.getCurrent().getLocale()));
        country.setClearButtonVisible(true);
        country.addValueChangeListener(change -> onChange.run());
        outsideEea.addValueChangeListener(change -> onChange.run());
        flagged.addValueChangeListener(change -> onChange.run());
        add(country, outsideEea, flagged);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        // On a phone the check boxes go below the country rather than off the screen.
        setWrap(true);
    }

    /** Narrows to one country, as a click on the map does. */
    public void chooseCountry(String code) {
        country.setValue(code);
    }

    public String country() {
        return country.getValue();
    }

    public boolean outsideEeaOnly() {
        return outsideEea.getValue();
    }

    public boolean flaggedOnly() {
        return flagged.getValue();
    }
}

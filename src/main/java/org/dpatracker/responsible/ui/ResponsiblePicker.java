package org.dpatracker.responsible.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import org.dpatracker.responsible.ResponsiblePerson;
import org.dpatracker.responsible.ResponsiblePersonService;

/** A choice of the users who may look after agreements, empty for nobody in particular. */
public final class ResponsiblePicker {

    private ResponsiblePicker() {}

    public static ComboBox<ResponsiblePerson> comboBox(ResponsiblePersonService responsible, String label) {
        ComboBox<ResponsiblePerson> picker = new ComboBox<>(label);
        picker.setItems(responsible.candidates());
        picker.setItemLabelGenerator(person -> person.displayName() + " (" + person.username() + ")");
        picker.setClearButtonVisible(true);
        return picker;
    }

    /** Selects the person with this user id, or nobody. */
    public static void select(ComboBox<ResponsiblePerson> picker, Long userId) {
        picker.setValue(picker.getListDataView()
                .getItems()
                .filter(person -> userId != null && person.id() == userId)
                .findFirst()
                .orElse(null));
    }
}

package org.dpatracker.organisation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.ComboBoxBase;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import org.dpatracker.organisation.Organisation;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.support.BrowserlessTest;
import org.dpatracker.support.H2Test;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A name typed into an organisation picker that matches none starts that organisation, name filled in. */
@H2Test
class OrganisationPickerTest extends BrowserlessTest {

    @Autowired
    OrganisationService organisations;

    @Test
    @SuppressWarnings("unchecked")
    void aNameNoOrganisationHasOpensItsFormWithTheNameAndTheSavedOneIsChosen() {
        login("dpo");
        OrganisationPicker picker = new OrganisationPicker(organisations, "Subprocessor", "test");
        UI.getCurrent().add(picker);
        ComboBox<Organisation> combo = _get(picker, ComboBox.class, spec -> spec.withId("test-organisation"));
        String name = "Typed Cloud " + System.nanoTime();

        ComponentUtil.fireEvent(combo, new ComboBoxBase.CustomValueSetEvent<>(combo, true, " " + name + " "));
        Dialog dialog = _get(Dialog.class);
        assertThat(_get(dialog, TextField.class, spec -> spec.withId("organisation-name"))
                        .getValue())
                .isEqualTo(name);
        _setValue(_get(dialog, ComboBox.class, spec -> spec.withId("organisation-country")), "IE");
        _click(_get(dialog, Button.class, spec -> spec.withId("organisation-save")));

        assertThat(combo.getValue()).isNotNull();
        assertThat(combo.getValue().name()).isEqualTo(name);
        assertThat(combo.getValue().id()).isNotNull();
    }
}

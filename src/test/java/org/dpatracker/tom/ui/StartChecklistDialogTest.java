package org.dpatracker.tom.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.Agreement;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.ui.AgreementView;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.AgreementBuilder;
import org.dpatracker.support.BrowserlessTest;
import org.dpatracker.support.H2Test;
import org.dpatracker.tom.TomCatalogue;
import org.dpatracker.tom.TomChecklistService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The DPO starts the processor's measures checklist on the agreement page. */
@H2Test
class StartChecklistDialogTest extends BrowserlessTest {

    @Autowired
    AgreementService agreements;

    @Autowired
    OrganisationService organisations;

    @Autowired
    TomChecklistService checklists;

    @Test
    void withoutACatalogueTheCatalogueIsMarkedAndNothingStarts() {
        Agreement agreement = SystemAccess.call(AgreementBuilder.agreement(agreements, organisations)::save);
        login("dpo");
        UI.getCurrent().navigate(AgreementView.class, agreement.id());
        _click(_get(Button.class, spec -> spec.withId("tom-start")));
        Dialog dialog = _get(Dialog.class);
        _click(_get(dialog, Button.class, spec -> spec.withId("tom-start-save")));

        assertThat(_find(Dialog.class)).as("the dialog stays open").hasSize(1);
        ComboBox<?> catalogue = _get(dialog, ComboBox.class, spec -> spec.withId("tom-catalogue"));
        assertThat(catalogue.isInvalid()).isTrue();
        assertThat(catalogue.getErrorMessage()).isEqualTo("Required");
        assertThat(SystemAccess.call(() -> checklists.ofAgreement(agreement.id())))
                .isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void fromACatalogueTheProcessorsChecklistStartsWithEveryMeasureOpen() {
        Agreement agreement = SystemAccess.call(AgreementBuilder.agreement(agreements, organisations)::save);
        login("dpo");
        UI.getCurrent().navigate(AgreementView.class, agreement.id());
        _click(_get(Button.class, spec -> spec.withId("tom-start")));
        Dialog dialog = _get(Dialog.class);
        ComboBox<TomCatalogue> catalogue = _get(dialog, ComboBox.class, spec -> spec.withId("tom-catalogue"));
        TomCatalogue chosen = catalogue.getListDataView().getItem(0);
        _setValue(catalogue, chosen);
        _click(_get(dialog, Button.class, spec -> spec.withId("tom-start-save")));

        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(SystemAccess.call(() -> checklists.ofAgreement(agreement.id())))
                .singleElement()
                .satisfies(checklist -> {
                    assertThat(checklist.forProcessor()).isTrue();
                    assertThat(checklist.catalogueId()).isEqualTo(chosen.id());
                    assertThat(checklist.entries()).hasSize(chosen.measures().size());
                    assertThat(checklist.progress().open())
                            .isEqualTo(chosen.measures().size());
                });
    }
}

package org.dpatracker.processor.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.dpatracker.organisation.Organisation;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.Agreement;
import org.dpatracker.processor.AgreementRow;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.RegisterFilter;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.AgreementBuilder;
import org.dpatracker.support.BrowserlessTest;
import org.dpatracker.support.H2Test;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@H2Test
class RegisterViewsTest extends BrowserlessTest {

    @Autowired
    AgreementService agreements;

    @Autowired
    OrganisationService organisations;

    @Test
    void anAuditorReadsAnAgreementWithoutAnyEditButton() {
        login("auditor");
        UI.getCurrent().navigate(AgreementView.class, idOf("Empolis Information Management GmbH"));
        assertThat(_get(AgreementView.class).getElement().getTextRecursively())
                .contains("Empolis Information Management GmbH", "train the software", "not recorded");
        assertThat(_find(Button.class, spec -> spec.withText("Edit agreement"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Add subprocessor")))
                .isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("New agreement"))).isEmpty();
    }

    @Test
    void theDpoGetsTheEditButtons() {
        login("dpo");
        UI.getCurrent().navigate(AgreementView.class, idOf("Ubimax GmbH"));
        assertThat(_find(Button.class, spec -> spec.withText("Edit agreement"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withText("Add subprocessor")))
                .hasSize(1);
    }

    @Test
    void theRedFlagFilterNarrowsTheProcessorList() {
        login("manager");
        UI.getCurrent().navigate(RegisterView.class);
        @SuppressWarnings("unchecked")
        Grid<AgreementRow> grid = _get(Grid.class);
        int all = GridKt._size(grid);
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Red flags only")), true);
        int flagged = GridKt._size(grid);
        assertThat(flagged).isPositive().isLessThan(all);
        for (int row = 0; row < flagged; row++) {
            assertThat(GridKt._get(grid, row).redFlags()).isNotEmpty();
        }
    }

    @Test
    void aServiceDescriptionOfMoreThan2000CharactersIsMarkedAtItsFieldAndNoSubprocessorIsAdded() {
        Agreement agreement = SystemAccess.call(AgreementBuilder.agreement(agreements, organisations)::save);
        Organisation hosting =
                SystemAccess.call(() -> organisations.findAll(null)).getFirst();
        login("dpo");
        UI.getCurrent().navigate(AgreementView.class, agreement.id());
        _click(_get(Button.class, spec -> spec.withText("Add subprocessor")));
        Dialog dialog = _get(Dialog.class);
        @SuppressWarnings("unchecked")
        ComboBox<Organisation> organisation =
                _get(dialog, ComboBox.class, spec -> spec.withId("subprocessor-organisation"));
        _setValue(organisation, hosting);
        _setValue(_get(dialog, TextArea.class, spec -> spec.withId("subprocessor-service")), "x".repeat(2001));
        _click(_get(dialog, Button.class, spec -> spec.withId("subprocessor-save")));

        assertThat(_find(Dialog.class)).as("the dialog stays open").hasSize(1);
        TextArea service = _get(dialog, TextArea.class, spec -> spec.withId("subprocessor-service"));
        assertThat(service.isInvalid()).isTrue();
        assertThat(service.getErrorMessage()).isEqualTo("At most 2,000 characters");
        assertThat(SystemAccess.call(() -> agreements.detail(agreement.id()))
                        .orElseThrow()
                        .subprocessors())
                .isEmpty();
    }

    private long idOf(String processor) {
        List<AgreementRow> rows =
                SystemAccess.call(() -> agreements.findPage(RegisterFilter.all(), List.of(), 0, 1000));
        return rows.stream()
                .filter(row -> row.processorName().equals(processor))
                .findFirst()
                .orElseThrow()
                .id();
    }
}

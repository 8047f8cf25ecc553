package org.dpatracker.responsible.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.Agreement;
import org.dpatracker.processor.AgreementRow;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.responsible.ResponsiblePerson;
import org.dpatracker.responsible.ResponsiblePersonService;
import org.dpatracker.security.Role;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.AgreementBuilder;
import org.dpatracker.support.BrowserlessTest;
import org.dpatracker.support.H2Test;
import org.dpatracker.support.SignedIn;
import org.dpatracker.user.UserAccount;
import org.dpatracker.user.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The DPO names who looks after an agreement in its form, ticks agreements in the register, and sees "My agreements". */
@H2Test
class MyAgreementsViewTest extends BrowserlessTest {

    @Autowired
    AgreementService agreements;

    @Autowired
    OrganisationService organisations;

    @Autowired
    ResponsiblePersonService responsible;

    @Autowired
    UserService users;

    @Test
    void theResponsiblePersonChosenInTheFormIsSavedAndMyAgreementsShowsOnlyTheirs() {
        String marker = "Mine Vendor " + System.nanoTime();
        Agreement theirs = agreement(marker + " Kept");
        agreement(marker + " Other");
        UserAccount dpo = SignedIn.newUser(users, Role.DPO);
        login(dpo.username());

        UI.getCurrent().navigate("agreement/" + theirs.id());
        _click(_get(Button.class, spec -> spec.withText("Edit agreement")));
        Dialog dialog = _get(Dialog.class);
        @SuppressWarnings("unchecked")
        ComboBox<ResponsiblePerson> person = _get(dialog, ComboBox.class, spec -> spec.withId("agreement-responsible"));
        _setValue(person, candidate(person, dpo));
        _click(_get(dialog, Button.class, spec -> spec.withId("agreement-save")));
        assertThat(SystemAccess.call(() -> responsible.responsibleOf(theirs.id())))
                .contains(dpo.id());
        assertThat(_get(Paragraph.class, spec -> spec.withId("agreement-responsible-person"))
                        .getText())
                .isEqualTo("Responsible person: " + dpo.displayName());

        UI.getCurrent().navigate("register", QueryParameters.of("responsible", "me"));
        assertThat(_get(Checkbox.class, spec -> spec.withId("register-mine")).getValue())
                .isTrue();
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("register-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(((AgreementRow) GridKt._get(grid, 0)).id()).isEqualTo(theirs.id());
        assertThat(GridKt._getFormattedRow(grid, 0))
                .as("the register names who looks after each agreement")
                .contains(dpo.displayName());

        UI.getCurrent().navigate("my-agreements");
        assertThat(_get(H2.class).getText()).isEqualTo("My agreements");
        grid = _get(Grid.class, spec -> spec.withId("register-grid"));
        assertThat(_get(Checkbox.class, spec -> spec.withId("register-mine")).getValue())
                .isTrue();
        assertThat(GridKt._size(grid)).isEqualTo(1);
    }

    @Test
    void tickedAgreementsGetOneResponsiblePersonAndTheResultSaysHowMany() {
        String marker = "Tick Vendor " + System.nanoTime();
        agreement(marker + " A");
        agreement(marker + " B");
        UserAccount colleague = SignedIn.newUser(users, Role.DPO);
        login("dpo");
        UI.getCurrent().navigate("register");
        _setValue(_get(TextField.class, spec -> spec.withClasses("search-field")), marker);
        @SuppressWarnings("unchecked")
        Grid<AgreementRow> grid = _get(Grid.class, spec -> spec.withId("register-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(_find(Button.class, spec -> spec.withId("bulk-assign")))
                .as("the bulk actions show once something is ticked")
                .isEmpty();

        grid.select(GridKt._get(grid, 0));
        grid.select(GridKt._get(grid, 1));
        @SuppressWarnings("unchecked")
        ComboBox<ResponsiblePerson> person = _get(ComboBox.class, spec -> spec.withId("bulk-responsible"));
        _setValue(person, candidate(person, colleague));
        _click(_get(Button.class, spec -> spec.withId("bulk-assign")));

        NotificationsKt.expectNotifications("Responsible person set for 2 agreements; 0 unchanged.");
        assertThat(grid.getSelectedItems()).isEmpty();
        assertThat(SystemAccess.call(() -> List.of(
                        responsible.responsibleOf(GridKt._get(grid, 0).id()),
                        responsible.responsibleOf(GridKt._get(grid, 1).id()))))
                .allSatisfy(id -> assertThat(id).contains(colleague.id()));
    }

    private static ResponsiblePerson candidate(ComboBox<ResponsiblePerson> picker, UserAccount user) {
        return picker.getListDataView()
                .getItems()
                .filter(p -> p.id() == user.id())
                .findFirst()
                .orElseThrow();
    }

    private Agreement agreement(String vendor) {
        return SystemAccess.call(() -> AgreementBuilder.agreement(agreements, organisations)
                .vendor(vendor, "DE")
                .save());
    }
}

package org.dpatracker.processor.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.dpatracker.organisation.Organisation;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.OrganisationUse;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.AgreementBuilder;
import org.dpatracker.support.BrowserlessTest;
import org.dpatracker.support.H2Test;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The DPO finds any organisation, a sub-processor too, and sees the agreements it appears in. */
@H2Test
class OrganisationsViewTest extends BrowserlessTest {

    @Autowired
    AgreementService agreements;

    @Autowired
    OrganisationService organisations;

    @Test
    @SuppressWarnings("unchecked")
    void theSearchFindsAnOrganisationByNameAndShowsItsAgreements() {
        String vendor = "Listed Vendor " + System.nanoTime();
        SystemAccess.call(AgreementBuilder.agreement(agreements, organisations).vendor(vendor, "FR")::save);
        login("dpo");
        UI.getCurrent().navigate(OrganisationsView.class);
        Grid<Organisation> grid = _get(Grid.class, spec -> spec.withId("organisations"));
        _setValue(_get(TextField.class, spec -> spec.withId("organisations-search")), vendor.toLowerCase());

        assertThat(_size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains(vendor, "France", "Processor: " + vendor);

        Select<OrganisationUse.Role> role = _get(Select.class, spec -> spec.withId("organisations-role"));
        _setValue(role, OrganisationUse.Role.SUBPROCESSOR);
        assertThat(_size(grid)).isZero();
        _setValue(role, OrganisationUse.Role.PROCESSOR);
        assertThat(_size(grid)).isEqualTo(1);

        GridKt._clickItem(grid, 0);
        assertThat(_find(Dialog.class)).as("the organisation opens for editing").hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAuditorReadsTheListButDoesNotOpenOrganisations() {
        String vendor = "Read Vendor " + System.nanoTime();
        SystemAccess.call(AgreementBuilder.agreement(agreements, organisations).vendor(vendor, "DE")::save);
        login("auditor");
        UI.getCurrent().navigate(OrganisationsView.class);
        Grid<Organisation> grid = _get(Grid.class, spec -> spec.withId("organisations"));
        _setValue(_get(TextField.class, spec -> spec.withId("organisations-search")), vendor);
        assertThat(_size(grid)).isEqualTo(1);
        GridKt._clickItem(grid, 0);
        assertThat(_find(Dialog.class)).isEmpty();
    }
}

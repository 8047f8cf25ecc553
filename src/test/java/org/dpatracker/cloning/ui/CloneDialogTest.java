package org.dpatracker.cloning.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.List;
import org.dpatracker.organisation.Organisation;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.Agreement;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.AgreementStatus;
import org.dpatracker.processor.RegisterFilter;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.AgreementBuilder;
import org.dpatracker.support.BrowserlessTest;
import org.dpatracker.support.H2Test;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** On an agreement's page the DPO clones it for another group company and lands on the new draft. */
@H2Test
class CloneDialogTest extends BrowserlessTest {

    @Autowired
    AgreementService agreements;

    @Autowired
    OrganisationService organisations;

    @Test
    void theDpoChoosesTheOtherCompanyAndTheDraftOpens() {
        String vendor = "Clone UI Vendor " + System.nanoTime();
        Agreement source = SystemAccess.call(() -> AgreementBuilder.agreement(agreements, organisations)
                .vendor(vendor, "DE")
                .status(AgreementStatus.SIGNED)
                .save());
        Organisation company = SystemAccess.call(() -> organisations.save(Organisation.withoutSubdivision(
                null,
                "Clone UI Company " + System.nanoTime(),
                "GmbH",
                null,
                null,
                "Bremen",
                "DE",
                null,
                null,
                null,
                true,
                0,
                List.of())));
        login("dpo");
        UI.getCurrent().navigate("agreement/" + source.id());

        _click(_get(Button.class, spec -> spec.withId("clone-open")));
        Dialog dialog = _get(Dialog.class);
        _click(_get(dialog, Button.class, spec -> spec.withId("clone-save")));
        ComboBox<?> controller = _get(dialog, ComboBox.class, spec -> spec.withId("clone-controller"));
        assertThat(controller.getErrorMessage()).isEqualTo("Choose the controller the copy is for.");
        assertThat(SystemAccess.call(() -> agreements.count(RegisterFilter.text(vendor))))
                .isEqualTo(1);

        @SuppressWarnings("unchecked")
        ComboBox<Organisation> typed = (ComboBox<Organisation>) controller;
        _setValue(typed, company);
        _click(_get(dialog, Button.class, spec -> spec.withId("clone-save")));

        assertThat(_find(Dialog.class)).isEmpty();
        Agreement copy =
                SystemAccess.call(() -> agreements.findPage(RegisterFilter.text(vendor), List.of(), 0, 10).stream()
                        .map(row -> agreements.detail(row.id()).orElseThrow().agreement())
                        .filter(a -> a.controllerId() == company.id())
                        .findFirst()
                        .orElseThrow());
        assertThat(copy.status()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("agreement/" + copy.id());
    }

    @Test
    void aManagerSeesNoCloneAction() {
        login("manager");
        long any = SystemAccess.call(() -> agreements.findPage(RegisterFilter.all(), List.of(), 0, 1))
                .getFirst()
                .id();
        UI.getCurrent().navigate("agreement/" + any);
        assertThat(_find(Button.class, spec -> spec.withId("clone-open"))).isEmpty();
    }
}

package org.dpatracker.notice.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.dpatracker.notice.ChangeNoticeService;
import org.dpatracker.organisation.Organisation;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.Agreement;
import org.dpatracker.processor.AgreementRow;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.AgreementBuilder;
import org.dpatracker.support.BrowserlessTest;
import org.dpatracker.support.H2Test;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A notice that arrives by mail is recorded from the list of all notices: first the agreement, then the notice. */
@H2Test
class RecordNoticeFromListTest extends BrowserlessTest {

    @Autowired
    AgreementService agreements;

    @Autowired
    OrganisationService organisations;

    @Autowired
    ChangeNoticeService notices;

    @Test
    void theDpoChoosesTheAgreementAndRecordsTheNotice() {
        Agreement agreement = SystemAccess.call(() -> AgreementBuilder.agreement(agreements, organisations)
                .vendor("Notice Pick Vendor " + System.nanoTime(), "DE")
                .save());
        Organisation proposed = SystemAccess.call(() -> organisations.save(Organisation.withoutSubdivision(
                null,
                "Picked Hosting " + System.nanoTime(),
                null,
                null,
                null,
                null,
                "DE",
                null,
                null,
                null,
                false,
                0,
                List.of())));
        login("dpo");
        UI.getCurrent().navigate("notices");

        _click(_get(Button.class, spec -> spec.withText("Record change notice")));
        Dialog chooser = _get(Dialog.class);
        @SuppressWarnings("unchecked")
        ComboBox<AgreementRow> picker = _get(chooser, ComboBox.class, spec -> spec.withId("notice-agreement"));
        _setValue(picker, agreements.rows(List.of(agreement.id())).getFirst());
        _click(_get(chooser, Button.class, spec -> spec.withId("notice-agreement-next")));

        Dialog dialog = _get(Dialog.class);
        assertThat(dialog.getHeaderTitle()).contains("Notice Pick Vendor");
        @SuppressWarnings("unchecked")
        ComboBox<Organisation> organisation = _get(dialog, ComboBox.class, spec -> spec.withId("notice-organisation"));
        _setValue(organisation, proposed);
        _setValue(_get(dialog, TextArea.class, spec -> spec.withId("notice-service")), "Backup hosting");
        DatePicker received = _get(dialog, DatePicker.class, spec -> spec.withId("notice-received"));
        _setValue(
                _get(dialog, DatePicker.class, spec -> spec.withId("notice-effective")),
                received.getValue().plusDays(30));
        _click(_get(dialog, Button.class, spec -> spec.withId("notice-save")));

        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(SystemAccess.call(() -> notices.ofAgreement(agreement.id())))
                .singleElement()
                .satisfies(n -> assertThat(n.proposedName()).isEqualTo(proposed.name()));
    }

    @Test
    void withoutAnAgreementTheChooserSaysWhatIsMissingAndOpensNoNotice() {
        login("dpo");
        UI.getCurrent().navigate("notices");
        _click(_get(Button.class, spec -> spec.withText("Record change notice")));
        Dialog chooser = _get(Dialog.class);
        _click(_get(chooser, Button.class, spec -> spec.withId("notice-agreement-next")));

        ComboBox<?> picker = _get(chooser, ComboBox.class, spec -> spec.withId("notice-agreement"));
        assertThat(picker.isInvalid()).isTrue();
        assertThat(picker.getErrorMessage()).isEqualTo("Choose the agreement the notice concerns.");
        assertThat(_find(Dialog.class)).singleElement().isSameAs(chooser);
    }

    @Test
    void aManagerCannotRecordNotices() {
        login("manager");
        UI.getCurrent().navigate("notices");
        assertThat(_find(Button.class, spec -> spec.withText("Record change notice")))
                .isEmpty();
    }
}

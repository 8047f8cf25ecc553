package org.dpatracker.retention.ui;

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
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.Agreement;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.ui.AgreementView;
import org.dpatracker.retention.RetentionService;
import org.dpatracker.retention.RetentionTrigger;
import org.dpatracker.retention.ScheduledRule;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.AgreementBuilder;
import org.dpatracker.support.BrowserlessTest;
import org.dpatracker.support.H2Test;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Retention rules on the agreement page: the DPO adds one and sees when the data falls due. */
@H2Test
class RetentionPanelTest extends BrowserlessTest {

    @Autowired
    AgreementService agreements;

    @Autowired
    OrganisationService organisations;

    @Autowired
    RetentionService retention;

    @Test
    void theDpoAddsARuleForAccountingVouchersAndSeesTheFirstOfJanuaryAsTheDueDay() {
        Agreement agreement = freshAgreement();
        Dialog dialog = newRuleDialogAsDpo(agreement);
        _setValue(_get(dialog, TextField.class, spec -> spec.withId("retention-category")), "Invoices");
        _setValue(_get(dialog, TextField.class, spec -> spec.withId("retention-period")), "P8Y");
        @SuppressWarnings("unchecked")
        ComboBox<RetentionTrigger> trigger = _get(dialog, ComboBox.class, spec -> spec.withId("retention-trigger"));
        _setValue(trigger, RetentionTrigger.END_OF_CALENDAR_YEAR);
        _setValue(
                _get(dialog, DatePicker.class, spec -> spec.withId("retention-trigger-date")),
                LocalDate.of(2025, 3, 14));
        _click(_get(dialog, Button.class, spec -> spec.withId("retention-save")));

        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(SystemAccess.call(() -> retention.rulesOf(agreement.id())))
                .singleElement()
                .satisfies(scheduled -> assertThat(scheduled.deletionDue()).isEqualTo(LocalDate.of(2034, 1, 1)));
        @SuppressWarnings("unchecked")
        Grid<ScheduledRule> shown = _get(Grid.class, spec -> spec.withId("retention-rules"));
        assertThat(shown.getGenericDataView().getItems().map(r -> r.rule().dataCategory()))
                .as("the page shows the new rule")
                .containsExactly("Invoices");
    }

    @Test
    void aPeriodThatIsNotIso8601IsRefusedAndNothingIsSaved() {
        Agreement agreement = freshAgreement();
        Dialog dialog = newRuleDialogAsDpo(agreement);
        _setValue(_get(dialog, TextField.class, spec -> spec.withId("retention-category")), "Invoices");
        _setValue(_get(dialog, TextField.class, spec -> spec.withId("retention-period")), "ten years");
        _click(_get(dialog, Button.class, spec -> spec.withId("retention-save")));

        assertThat(_find(Dialog.class)).as("the dialog stays open").hasSize(1);
        TextField period = _get(dialog, TextField.class, spec -> spec.withId("retention-period"));
        assertThat(period.isInvalid()).isTrue();
        assertThat(period.getErrorMessage()).isEqualTo("Write periods in ISO 8601, e.g. P30D, P3M or P10Y.");
        assertThat(SystemAccess.call(() -> retention.rulesOf(agreement.id()))).isEmpty();
    }

    @Test
    void aMissingDataCategoryIsMarkedAtItsFieldAsTheServiceRefusesIt() {
        Agreement agreement = freshAgreement();
        Dialog dialog = newRuleDialogAsDpo(agreement);
        _setValue(_get(dialog, TextField.class, spec -> spec.withId("retention-period")), "P10Y");
        _click(_get(dialog, Button.class, spec -> spec.withId("retention-save")));

        TextField category = _get(dialog, TextField.class, spec -> spec.withId("retention-category"));
        assertThat(category.isInvalid())
                .as("the refused field is marked, not only a message far away")
                .isTrue();
        assertThat(category.getErrorMessage()).isNotBlank();
        assertThat(_get(dialog, TextField.class, spec -> spec.withId("retention-period"))
                        .isInvalid())
                .isFalse();
        assertThat(SystemAccess.call(() -> retention.rulesOf(agreement.id()))).isEmpty();
    }

    @Test
    void aDueDateBeforeTheEndIsMarkedAtTheDueDateAndNoEndIsRecorded() {
        Agreement agreement = freshAgreement();
        login("dpo");
        UI.getCurrent().navigate(AgreementView.class, agreement.id());
        _click(_get(Button.class, spec -> spec.withId("agreement-end-edit")));
        Dialog dialog = _get(Dialog.class);
        _setValue(_get(dialog, DatePicker.class, spec -> spec.withId("end-ended-on")), LocalDate.of(2025, 3, 1));
        _setValue(_get(dialog, DatePicker.class, spec -> spec.withId("end-due-on")), LocalDate.of(2025, 2, 1));
        _click(_get(dialog, Button.class, spec -> spec.withId("end-save")));

        assertThat(_find(Dialog.class)).as("the dialog stays open").hasSize(1);
        DatePicker due = _get(dialog, DatePicker.class, spec -> spec.withId("end-due-on"));
        assertThat(due.isInvalid()).isTrue();
        assertThat(due.getErrorMessage()).isEqualTo("The due date cannot be before the end of the agreement.");
        assertThat(SystemAccess.call(() -> retention.endOf(agreement.id()))).isEmpty();
    }

    /** The DPO's "Add retention rule" dialog on the agreement's page. */
    private Dialog newRuleDialogAsDpo(Agreement agreement) {
        login("dpo");
        UI.getCurrent().navigate(AgreementView.class, agreement.id());
        _click(_get(Button.class, spec -> spec.withId("retention-add")));
        return _get(Dialog.class);
    }

    private Agreement freshAgreement() {
        return SystemAccess.call(
                AgreementBuilder.agreement(agreements, organisations).subjectMatter("Accounting")::save);
    }
}

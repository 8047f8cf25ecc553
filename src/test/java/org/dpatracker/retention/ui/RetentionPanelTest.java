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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.Period;
import org.dpatracker.core.PeriodUnit;
import org.dpatracker.core.ui.PeriodField;
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
        _setValue(_get(dialog, IntegerField.class, spec -> spec.withId("retention-period-amount")), 8);
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
    void aNegativePeriodIsRefusedAtItsFieldAndNothingIsSaved() {
        Agreement agreement = freshAgreement();
        Dialog dialog = newRuleDialogAsDpo(agreement);
        _setValue(_get(dialog, TextField.class, spec -> spec.withId("retention-category")), "Invoices");
        _setValue(_get(dialog, IntegerField.class, spec -> spec.withId("retention-period-amount")), -3);
        _click(_get(dialog, Button.class, spec -> spec.withId("retention-save")));

        assertThat(_find(Dialog.class)).as("the dialog stays open").hasSize(1);
        PeriodField period = _get(dialog, PeriodField.class, spec -> spec.withId("retention-period"));
        assertThat(period.isInvalid()).isTrue();
        assertThat(period.getErrorMessage()).isEqualTo("Enter a whole number, 0 or more.");
        assertThat(SystemAccess.call(() -> retention.rulesOf(agreement.id()))).isEmpty();
    }

    @Test
    void aPeriodIsEnteredAsANumberAndAUnitAndShownSoAgain() {
        Agreement agreement = freshAgreement();
        Dialog dialog = newRuleDialogAsDpo(agreement);
        _setValue(_get(dialog, TextField.class, spec -> spec.withId("retention-category")), "Support tickets");
        _setValue(_get(dialog, IntegerField.class, spec -> spec.withId("retention-period-amount")), 18);
        @SuppressWarnings("unchecked")
        Select<PeriodUnit> unit = _get(dialog, Select.class, spec -> spec.withId("retention-period-unit"));
        _setValue(unit, PeriodUnit.MONTHS);
        _setValue(_get(dialog, IntegerField.class, spec -> spec.withId("retention-backup-amount")), 14);
        _click(_get(dialog, Button.class, spec -> spec.withId("retention-save")));

        ScheduledRule saved =
                SystemAccess.call(() -> retention.rulesOf(agreement.id())).getFirst();
        assertThat(saved.rule().period()).isEqualTo(Period.ofMonths(18));
        assertThat(saved.rule().backupPeriod()).isEqualTo(Period.ofDays(14));

        RetentionRuleForm reopened = new RetentionRuleForm(agreement.id(), saved.rule());
        assertThat(_get(reopened, IntegerField.class, spec -> spec.withId("retention-backup-amount"))
                        .getValue())
                .isEqualTo(2);
        assertThat(_get(reopened, Select.class, spec -> spec.withId("retention-backup-unit"))
                        .getValue())
                .as("14 days are shown as 2 weeks")
                .isEqualTo(PeriodUnit.WEEKS);
    }

    @Test
    void aMissingDataCategoryIsMarkedAtItsFieldAsTheServiceRefusesIt() {
        Agreement agreement = freshAgreement();
        Dialog dialog = newRuleDialogAsDpo(agreement);
        _setValue(_get(dialog, IntegerField.class, spec -> spec.withId("retention-period-amount")), 10);
        _click(_get(dialog, Button.class, spec -> spec.withId("retention-save")));

        TextField category = _get(dialog, TextField.class, spec -> spec.withId("retention-category"));
        assertThat(category.isInvalid())
                .as("the refused field is marked, not only a message far away")
                .isTrue();
        assertThat(category.getErrorMessage()).isNotBlank();
        assertThat(_get(dialog, PeriodField.class, spec -> spec.withId("retention-period"))
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

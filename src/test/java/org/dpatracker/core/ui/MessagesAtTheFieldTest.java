package org.dpatracker.core.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.dpatracker.breach.Breach;
import org.dpatracker.breach.BreachService;
import org.dpatracker.breach.Risk;
import org.dpatracker.breach.ui.BreachView;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.Agreement;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.ui.AgreementView;
import org.dpatracker.records.RecordFilter;
import org.dpatracker.records.RecordService;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.AgreementBuilder;
import org.dpatracker.support.BrowserlessTest;
import org.dpatracker.support.H2Test;
import org.dpatracker.support.TestBreaches;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A refused input is shown where it was typed: at the field the service names, and what belongs to no field at
 * the top of the form; never only in a notification that passes. Nothing is stored.
 */
@H2Test
class MessagesAtTheFieldTest extends BrowserlessTest {

    @Autowired
    AgreementService agreements;

    @Autowired
    OrganisationService organisations;

    @Autowired
    BreachService breaches;

    @Autowired
    RecordService records;

    @Test
    void anAgreementEndingBeforeItStartsIsMarkedAtItsEndDateAndNotStored() {
        Agreement agreement = ownAgreement("Field messages agreement");
        Dialog dialog = agreementDialog(agreement);
        _setValue(
                _get(dialog, DatePicker.class, spec -> spec.withId("agreement-valid-from")), LocalDate.of(2026, 5, 1));
        _setValue(
                _get(dialog, DatePicker.class, spec -> spec.withId("agreement-valid-until")), LocalDate.of(2026, 4, 1));
        _click(_get(dialog, Button.class, spec -> spec.withId("agreement-save")));

        assertThat(_find(Dialog.class)).as("the dialog stays open").hasSize(1);
        DatePicker until = _get(dialog, DatePicker.class, spec -> spec.withId("agreement-valid-until"));
        assertThat(until.isInvalid()).isTrue();
        assertThat(until.getErrorMessage()).isEqualTo("The end date lies before the start date.");
        assertThat(_find(Notification.class))
                .as("no notification away from the field")
                .isEmpty();
        assertThat(stored(agreement).document().validUntil()).isNull();
    }

    @Test
    void aChangeSomebodyElseMadeMeanwhileIsToldAtTheTopOfTheFormNotInANotification() {
        Agreement agreement = ownAgreement("Field messages stale agreement");
        Dialog dialog = agreementDialog(agreement);
        SystemAccess.call(() -> agreements.save(agreement));
        _setValue(_get(dialog, TextArea.class, spec -> spec.withId("agreement-subject-matter")), "Changed here");
        _click(_get(dialog, Button.class, spec -> spec.withId("agreement-save")));

        assertThat(_find(Dialog.class)).as("the dialog stays open").hasSize(1);
        FormMessage message = _get(dialog, FormMessage.class);
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).startsWith("Someone else changed this in the meantime.");
        assertThat(_find(Notification.class)).isEmpty();
        assertThat(stored(agreement).processing().subjectMatter()).isEqualTo("Field messages stale agreement");
    }

    @Test
    void aBreachWhoseNatureIsEmptiedIsMarkedAtTheNatureAndKeepsItsText() {
        Breach breach = ownBreach();
        login("dpo");
        UI.getCurrent().navigate(BreachView.class, breach.id());
        _click(_get(Button.class, spec -> spec.withId("breach-edit")));
        Dialog dialog = _get(Dialog.class);
        _setValue(_get(dialog, TextArea.class, spec -> spec.withId("breach-nature")), "   ");
        _click(_get(dialog, Button.class, spec -> spec.withId("breach-save")));

        assertThat(_find(Dialog.class)).hasSize(1);
        TextArea nature = _get(dialog, TextArea.class, spec -> spec.withId("breach-nature"));
        assertThat(nature.isInvalid()).isTrue();
        assertThat(nature.getErrorMessage()).isEqualTo("Required");
        assertThat(_find(Notification.class)).isEmpty();
        assertThat(SystemAccess.call(() -> breaches.find(breach.id()))
                        .orElseThrow()
                        .nature())
                .isEqualTo(breach.nature());
    }

    @Test
    void aProcessingActivityWithoutANameIsMarkedAtTheNameAndNotStored() {
        login("dpo");
        UI.getCurrent().navigate("records");
        _click(_get(Button.class, spec -> spec.withId("record-add")));
        Dialog dialog = _get(Dialog.class);
        _setValue(_get(dialog, TextArea.class, spec -> spec.withId("record-purposes")), "Field messages purposes");
        _click(_get(dialog, Button.class, spec -> spec.withId("record-save")));

        assertThat(_find(Dialog.class)).hasSize(1);
        TextField name = _get(dialog, TextField.class, spec -> spec.withId("record-name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Required");
        assertThat(_find(Notification.class)).isEmpty();
        assertThat(SystemAccess.call(() -> records.findAll(RecordFilter.all())))
                .noneMatch(activity -> "Field messages purposes".equals(activity.purposes()));
    }

    private Dialog agreementDialog(Agreement agreement) {
        login("dpo");
        UI.getCurrent().navigate(AgreementView.class, agreement.id());
        _click(_get(Button.class, spec -> spec.withText("Edit agreement")));
        return _get(Dialog.class);
    }

    private Agreement stored(Agreement agreement) {
        return SystemAccess.call(() -> agreements.detail(agreement.id()))
                .orElseThrow()
                .agreement();
    }

    private Agreement ownAgreement(String subjectMatter) {
        return SystemAccess.call(
                AgreementBuilder.agreement(agreements, organisations).subjectMatter(subjectMatter)::save);
    }

    private Breach ownBreach() {
        return SystemAccess.call(() -> {
            Agreement agreement = ownAgreement("Field messages breach");
            Instant aware = breaches.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
            return breaches.save(TestBreaches.payrollExport(
                    agreement.id(), aware.minus(Duration.ofHours(1)), null, aware, Risk.RISK));
        });
    }
}

package org.dpatracker.breach.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.dpatracker.breach.Breach;
import org.dpatracker.breach.BreachService;
import org.dpatracker.breach.Risk;
import org.dpatracker.core.ui.ClientTime;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.Agreement;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.ui.AgreementView;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.AgreementBuilder;
import org.dpatracker.support.BrowserlessTest;
import org.dpatracker.support.H2Test;
import org.dpatracker.support.TestBreaches;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The breach register and one breach's page: the 72-hour clock, and who may edit. */
@H2Test
class BreachViewTest extends BrowserlessTest {

    @Autowired
    AgreementService agreements;

    @Autowired
    OrganisationService organisations;

    @Autowired
    BreachService breaches;

    @Test
    void theDpoFindsANewBreachInTheRegisterAndSeesItsDeadlineForTheAuthority() {
        Breach breach = recordedBreach();
        login("dpo");
        UI.getCurrent().navigate(BreachesView.class);
        @SuppressWarnings("unchecked")
        Grid<Breach> grid = _get(Grid.class, spec -> spec.withId("breaches-grid"));
        assertThat(grid.getGenericDataView().getItems().map(Breach::id)).contains(breach.id());

        UI.getCurrent().navigate(BreachView.class, breach.id());
        assertThat(_get(BreachView.class).getElement().getTextRecursively())
                .contains("Payroll export sent to a wrong recipient");
        assertThat(breach.authorityDeadline()).isEqualTo(breach.awareAt().plus(Duration.ofHours(72)));
        assertThat(_find(Button.class, spec -> spec.withId("breach-edit"))).hasSize(1);
    }

    @Test
    void anAuditorReadsTheBreachWithoutAnEditButton() {
        Breach breach = recordedBreach();
        login("auditor");
        UI.getCurrent().navigate(BreachView.class, breach.id());
        assertThat(_get(BreachView.class).getElement().getTextRecursively())
                .contains("Payroll export sent to a wrong recipient");
        assertThat(_find(Button.class, spec -> spec.withId("breach-edit"))).isEmpty();
    }

    @Test
    void aFollowUpSentTomorrowIsMarkedAtItsTimeAndNotRecorded() {
        Breach breach = recordedBreach();
        login("dpo");
        UI.getCurrent().navigate(BreachView.class, breach.id());
        _click(_get(Button.class, spec -> spec.withId("breach-follow-up")));
        Dialog dialog = _get(Dialog.class);
        _setValue(
                _get(dialog, DateTimePicker.class, spec -> spec.withId("follow-up-sent-at")),
                ClientTime.toLocal(breaches.now().plus(Duration.ofDays(1))));
        _setValue(_get(dialog, TextField.class, spec -> spec.withId("follow-up-recipient")), "Supervisory authority");
        _setValue(_get(dialog, TextArea.class, spec -> spec.withId("follow-up-content")), "The extent is known now");
        _click(_get(dialog, Button.class, spec -> spec.withId("follow-up-save")));

        assertThat(_find(Dialog.class)).as("the dialog stays open").hasSize(1);
        DateTimePicker sentAt = _get(dialog, DateTimePicker.class, spec -> spec.withId("follow-up-sent-at"));
        assertThat(sentAt.isInvalid()).isTrue();
        assertThat(sentAt.getErrorMessage()).isEqualTo("A time in the future cannot have happened yet.");
        assertThat(SystemAccess.call(() -> breaches.find(breach.id()))
                        .orElseThrow()
                        .followUps())
                .isEmpty();
    }

    @Test
    void aNoticeDeadlineOfMoreThan720HoursIsMarkedAtTheHoursAndTheDutiesStayUnrecorded() {
        Agreement agreement = SystemAccess.call(AgreementBuilder.agreement(agreements, organisations)::save);
        login("dpo");
        UI.getCurrent().navigate(AgreementView.class, agreement.id());
        _click(_get(Button.class, spec -> spec.withId("breach-duty-edit")));
        Dialog dialog = _get(Dialog.class);
        _setValue(_get(dialog, IntegerField.class, spec -> spec.withId("breach-duty-hours")), 1000);
        _click(_get(dialog, Button.class, spec -> spec.withId("breach-duty-save")));

        assertThat(_find(Dialog.class)).as("the dialog stays open").hasSize(1);
        IntegerField hours = _get(dialog, IntegerField.class, spec -> spec.withId("breach-duty-hours"));
        assertThat(hours.isInvalid()).isTrue();
        assertThat(hours.getErrorMessage()).isEqualTo("The hours must be between 0 and 720.");
        assertThat(SystemAccess.call(() -> breaches.dutyOf(agreement.id())).isNew())
                .as("nothing recorded")
                .isTrue();
    }

    private Breach recordedBreach() {
        return SystemAccess.call(() -> {
            Agreement agreement = AgreementBuilder.agreement(agreements, organisations)
                    .subjectMatter("Payroll")
                    .save();
            Instant aware = breaches.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
            return breaches.save(TestBreaches.payrollExport(
                    agreement.id(), aware.minus(Duration.ofHours(1)), null, aware, Risk.RISK));
        });
    }
}

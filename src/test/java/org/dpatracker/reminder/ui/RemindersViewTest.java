package org.dpatracker.reminder.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import org.dpatracker.breach.Breach;
import org.dpatracker.breach.BreachService;
import org.dpatracker.breach.Risk;
import org.dpatracker.deadline.DeadlineKind;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.Agreement;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.reminder.Digest;
import org.dpatracker.reminder.ReminderService;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.shell.ui.HomeView;
import org.dpatracker.support.AgreementBuilder;
import org.dpatracker.support.BrowserlessTest;
import org.dpatracker.support.H2Test;
import org.dpatracker.support.TestBreaches;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The bell, the reminder preferences and the administrators' view of mail delivery. */
@H2Test
class RemindersViewTest extends BrowserlessTest {

    @Autowired
    ReminderService reminders;

    @Autowired
    BreachService breaches;

    @Autowired
    AgreementService agreements;

    @Autowired
    OrganisationService organisations;

    @Test
    void theBellCountsANewBreachAndOpensItsPageMarkingItRead() {
        Breach breach = recordBreach();
        SystemAccess.call(reminders::runNow);
        login("dpo");
        UI.getCurrent().navigate(HomeView.class);
        int unread = reminders.unreadCount();
        assertThat(unread).isPositive();
        assertThat(_get(Span.class, spec -> spec.withId("inbox-unread")).getText())
                .isEqualTo(String.valueOf(Math.min(unread, 99)));

        _click(_get(Button.class, spec -> spec.withId("inbox-bell-button")));
        Div entry = _find(Div.class, spec -> spec.withClasses("inbox-item")).stream()
                .filter(item -> item.getElement().getTextRecursively().contains("Payroll"))
                .findFirst()
                .orElseThrow();
        assertThat(entry.getElement().getTextRecursively()).contains("Notify the supervisory authority (72 h)");
        _click(entry);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("breach/" + breach.id());
        assertThat(reminders.unreadCount()).isEqualTo(unread - 1);
    }

    @Test
    void theStartPageListsTheNextSevenDaysOfTheUsersRoles() {
        Agreement agreement = SystemAccess.call(AgreementBuilder.agreement(agreements, organisations)
                .nextReview(breaches.now()
                        .atZone(java.time.ZoneOffset.UTC)
                        .toLocalDate()
                        .plusDays(3))::save);
        login("dpo");
        UI.getCurrent().navigate(HomeView.class);
        String nextDays = _get(Div.class, spec -> spec.withId("home-next-days"))
                .getElement()
                .getTextRecursively();
        assertThat(nextDays).contains("Your next 7 days", "Review of the agreement");

        login("manager");
        UI.getCurrent().navigate(HomeView.class);
        assertThat(_get(Div.class, spec -> spec.withId("home-next-days"))
                        .getElement()
                        .getTextRecursively())
                .as("a review is the DPO's")
                .doesNotContain(agreement.processing().subjectMatter());
    }

    @Test
    @SuppressWarnings("unchecked")
    void leadTimesThatAreNotDaysAreMarkedAndValidPreferencesAreSaved() {
        login("auditor");
        UI.getCurrent().navigate(PreferencesView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("preferences-mail-state"))
                        .getText())
                .startsWith("Reminders reach you by e-mail");
        assertThat(_get(PreferencesView.class).getElement().getTextRecursively())
                .as("the calendar feed's section")
                .contains("Calendar feed");
        TextField leadDays = _get(TextField.class, spec -> spec.withId("preferences-lead-days"));
        assertThat(leadDays.getValue()).isEqualTo("30, 7, 1");

        _setValue(leadDays, "soon");
        _click(_get(Button.class, spec -> spec.withId("preferences-save")));
        assertThat(leadDays.isInvalid()).isTrue();
        assertThat(leadDays.getErrorMessage()).isEqualTo("Enter whole numbers of days, separated by commas.");

        _setValue(leadDays, "400");
        _click(_get(Button.class, spec -> spec.withId("preferences-save")));
        assertThat(leadDays.isInvalid()).isTrue();
        assertThat(leadDays.getErrorMessage()).isEqualTo("A lead time is between 1 and 365 days.");
        assertThat(reminders.ownPreferences().isNew()).as("nothing saved").isTrue();

        _setValue(leadDays, "14, 2");
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("preferences-digest")), Digest.WEEKLY);
        CheckboxGroup<DeadlineKind> kinds = _get(CheckboxGroup.class, spec -> spec.withId("preferences-kinds"));
        assertThat(kinds.getListDataView().getItems())
                .as("the kinds an auditor deals with")
                .containsExactlyInAnyOrder(DeadlineKind.AUDIT, DeadlineKind.REMEDIATION_ACTION);
        _setValue(kinds, java.util.Set.of(DeadlineKind.AUDIT));
        _click(_get(Button.class, spec -> spec.withId("preferences-save")));

        assertThat(reminders.ownPreferences()).satisfies(saved -> {
            assertThat(saved.leadDays()).containsExactly(2, 14);
            assertThat(saved.digest()).isEqualTo(Digest.WEEKLY);
            assertThat(saved.optedOut()).containsExactly(DeadlineKind.REMEDIATION_ACTION);
        });
        _setValue(_get(TextField.class, spec -> spec.withId("preferences-lead-days")), "3");
        _click(_get(Button.class, spec -> spec.withId("preferences-save")));
        assertThat(reminders.ownPreferences().leadDays())
                .as("saved again with the new version")
                .containsExactly(3);
    }

    @Test
    void administratorsSeeWhetherMailGoesOutAndOthersCannot() {
        login("admin");
        UI.getCurrent().navigate(MailHealthView.class);
        assertThat(_get(Div.class, spec -> spec.withId("mail-health-state"))
                        .getElement()
                        .getTextRecursively())
                .contains("Mail is on.", "Waiting in the outbox");
        _click(_get(Button.class, spec -> spec.withId("mail-health-run")));
        assertThat(_get(Div.class, spec -> spec.withId("mail-health-state"))
                        .getElement()
                        .getTextRecursively())
                .contains("Last run");

        login("dpo");
        assertThatThrownBy(reminders::health)
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate(MailHealthView.class))
                .hasRootCauseInstanceOf(com.vaadin.flow.router.AccessDeniedException.class);
    }

    private Breach recordBreach() {
        Agreement agreement = SystemAccess.call(AgreementBuilder.agreement(agreements, organisations)::save);
        Instant now = breaches.now();
        return SystemAccess.call(() ->
                breaches.save(TestBreaches.payrollExport(agreement.id(), now.minusSeconds(60), now, now, Risk.RISK)));
    }
}

package org.dpatracker.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.dpatracker.audit.Audit;
import org.dpatracker.audit.AuditKind;
import org.dpatracker.audit.AuditService;
import org.dpatracker.audit.Finding;
import org.dpatracker.audit.Severity;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.Agreement;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.RegisterFilter;
import org.dpatracker.processor.ui.AgreementView;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.AgreementBuilder;
import org.dpatracker.support.BrowserlessTest;
import org.dpatracker.support.H2Test;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Audits on the agreement page: the auditor records one; a manager only reads. */
@H2Test
class AuditPanelTest extends BrowserlessTest {

    @Autowired
    AgreementService agreements;

    @Autowired
    OrganisationService organisations;

    @Autowired
    AuditService audits;

    @Test
    void theAuditorRecordsAPerformedAuditAndSeesItOnThePage() {
        long ubimax = agreementOf("Ubimax");
        login("auditor");
        UI.getCurrent().navigate(AgreementView.class, ubimax);

        _click(_get(Button.class, spec -> spec.withId("audit-record")));
        Dialog dialog = _get(Dialog.class);
        _setValue(
                _get(dialog, DatePicker.class, spec -> spec.withId("audit-performed")),
                audits.today().minusDays(1));
        String scope = "Access control at the Bremen office " + System.nanoTime();
        _setValue(_get(dialog, TextArea.class, spec -> spec.withId("audit-scope")), scope);
        _click(_get(dialog, Button.class, spec -> spec.withId("audit-save")));

        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(SystemAccess.call(() -> audits.auditsOf(ubimax)))
                .extracting(Audit::scope)
                .contains(scope);
        assertThat(_get(Div.class, spec -> spec.withId("audits")).getElement().getTextRecursively())
                .contains(scope);
    }

    @Test
    void aManagerSeesTheAuditRightsButCannotRecordOrEdit() {
        login("manager");
        UI.getCurrent().navigate(AgreementView.class, agreementOf("Ubimax"));
        assertThat(_get(Div.class, spec -> spec.withId("audits")).getElement().getTextRecursively())
                .contains("1 per calendar year");
        assertThat(_find(Button.class, spec -> spec.withId("audit-record"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("audit-rights-edit")))
                .isEmpty();
    }

    @Test
    void anAuditPerformedTomorrowIsMarkedAtTheDatePerformedAndNotSaved() {
        Agreement agreement = freshAgreement();
        login("auditor");
        UI.getCurrent().navigate(AgreementView.class, agreement.id());
        _click(_get(Button.class, spec -> spec.withId("audit-record")));
        Dialog dialog = _get(Dialog.class);
        _setValue(
                _get(dialog, DatePicker.class, spec -> spec.withId("audit-performed")),
                audits.today().plusDays(1));
        _click(_get(dialog, Button.class, spec -> spec.withId("audit-save")));

        assertThat(_find(Dialog.class)).as("the dialog stays open").hasSize(1);
        DatePicker performed = _get(dialog, DatePicker.class, spec -> spec.withId("audit-performed"));
        assertThat(performed.isInvalid()).isTrue();
        assertThat(performed.getErrorMessage()).isEqualTo("An audit cannot have been performed in the future.");
        assertThat(SystemAccess.call(() -> audits.auditsOf(agreement.id()))).isEmpty();
    }

    @Test
    void aLimitOfMoreThan52AuditsIsMarkedAtTheLimitAndTheRightsStayUnrecorded() {
        Agreement agreement = freshAgreement();
        login("dpo");
        UI.getCurrent().navigate(AgreementView.class, agreement.id());
        _click(_get(Button.class, spec -> spec.withId("audit-rights-edit")));
        Dialog dialog = _get(Dialog.class);
        _setValue(_get(dialog, IntegerField.class, spec -> spec.withId("audit-max")), 60);
        _click(_get(dialog, Button.class, spec -> spec.withId("audit-rights-save")));

        assertThat(_find(Dialog.class)).as("the dialog stays open").hasSize(1);
        IntegerField max = _get(dialog, IntegerField.class, spec -> spec.withId("audit-max"));
        assertThat(max.isInvalid()).isTrue();
        assertThat(max.getErrorMessage()).isEqualTo("The limit must be between 1 and 52.");
        assertThat(SystemAccess.call(() -> audits.rightsOf(agreement.id())).isNew())
                .as("nothing recorded")
                .isTrue();
    }

    @Test
    void aFindingWithoutADescriptionIsMarkedAtItsFieldAndNotRecorded() {
        Agreement agreement = freshAgreement();
        SystemAccess.run(() -> performedAudit(agreement));
        login("auditor");
        UI.getCurrent().navigate(AgreementView.class, agreement.id());
        _click(_get(Button.class, spec -> spec.withClasses("finding-add")));
        Dialog dialog = _get(Dialog.class);
        _click(_get(dialog, Button.class, spec -> spec.withId("finding-save")));

        assertThat(_find(Dialog.class)).as("the dialog stays open").hasSize(1);
        TextArea description = _get(dialog, TextArea.class, spec -> spec.withId("finding-description"));
        assertThat(description.isInvalid()).isTrue();
        assertThat(description.getErrorMessage()).isEqualTo("Required");
        assertThat(SystemAccess.call(() -> audits.auditsOf(agreement.id())))
                .singleElement()
                .satisfies(audit -> assertThat(audit.findings()).isEmpty());
    }

    @Test
    void anActionWithoutAnOwnerIsMarkedAtTheOwnerAndNotSaved() {
        Agreement agreement = freshAgreement();
        SystemAccess.run(() -> {
            Audit audit = performedAudit(agreement);
            audits.addFinding(audit.id(), "Backups are never restored", Severity.HIGH);
        });
        login("auditor");
        UI.getCurrent().navigate(AgreementView.class, agreement.id());
        _click(_get(Button.class, spec -> spec.withClasses("action-add")));
        Dialog dialog = _get(Dialog.class);
        _setValue(_get(dialog, TextArea.class, spec -> spec.withId("action-description")), "Test a restore");
        _setValue(_get(dialog, DatePicker.class, spec -> spec.withId("action-due")), audits.today());
        _click(_get(dialog, Button.class, spec -> spec.withId("action-save")));

        assertThat(_find(Dialog.class)).as("the dialog stays open").hasSize(1);
        TextField owner = _get(dialog, TextField.class, spec -> spec.withId("action-owner"));
        assertThat(owner.isInvalid()).isTrue();
        assertThat(owner.getErrorMessage()).isEqualTo("Required");
        assertThat(SystemAccess.call(() -> audits.auditsOf(agreement.id()))
                        .getFirst()
                        .findings())
                .singleElement()
                .extracting(Finding::actions)
                .satisfies(actions -> assertThat(actions).isEmpty());
    }

    private Audit performedAudit(Agreement agreement) {
        return audits.saveAudit(new Audit(
                null,
                0,
                agreement.id(),
                AuditKind.ON_SITE,
                null,
                audits.today().minusDays(1),
                null,
                "Internal audit",
                null,
                null,
                List.of()));
    }

    private Agreement freshAgreement() {
        return SystemAccess.call(AgreementBuilder.agreement(agreements, organisations)::save);
    }

    private long agreementOf(String processor) {
        return SystemAccess.call(() -> agreements.findPage(RegisterFilter.text(processor), List.of(), 0, 1))
                .getFirst()
                .id();
    }
}

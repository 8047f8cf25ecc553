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
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.dpatracker.audit.Audit;
import org.dpatracker.audit.AuditService;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.RegisterFilter;
import org.dpatracker.processor.ui.AgreementView;
import org.dpatracker.security.SystemAccess;
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

    private long agreementOf(String processor) {
        return SystemAccess.call(() -> agreements.findPage(RegisterFilter.text(processor), List.of(), 0, 1))
                .getFirst()
                .id();
    }
}

package org.dpatracker.audit.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Optional;
import org.dpatracker.audit.Audit;
import org.dpatracker.audit.AuditKind;
import org.dpatracker.core.ui.DateField;
import org.dpatracker.core.ui.EntryForm;
import org.dpatracker.security.CurrentUser;

/**
 * The fields of a planned or performed audit. Public, as are its entered values, for the Binder to read
 * and build them.
 */
public class AuditForm extends EntryForm<AuditForm.Entered> {

    /** What the user enters for an audit. */
    public record Entered(
            AuditKind kind,
            String auditor,
            LocalDate plannedOn,
            LocalDate performedOn,
            LocalDate noticeGivenOn,
            boolean afterIncident,
            String scope,
            String result) {

        /** The audit's values; a new one is on site, by the user who records it. */
        static Entered of(Audit audit) {
            return audit == null
                    ? new Entered(
                            AuditKind.ON_SITE,
                            CurrentUser.principal().map(p -> p.displayName()).orElse(null),
                            null,
                            null,
                            null,
                            false,
                            null,
                            null)
                    : new Entered(
                            audit.kind(),
                            audit.auditor(),
                            audit.plannedOn(),
                            audit.performedOn(),
                            audit.noticeGivenOn(),
                            audit.afterIncident(),
                            audit.scope(),
                            audit.result());
        }
    }

    private final Audit original;
    private final long agreementId;

    /** Edits {@code original}, or a new audit of the agreement when it is null. */
    AuditForm(long agreementId, Audit original) {
        super(Entered.class);
        this.original = original;
        this.agreementId = agreementId;
        Select<AuditKind> kind = new Select<>();
        kind.setLabel(getTranslation("audit.kind"));
        kind.setItems(AuditKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("audit.kind." + k.name()));
        kind.setId("audit-kind");
        DatePicker planned = new DateField(getTranslation("audit.planned-on"));
        planned.setId("audit-planned");
        DatePicker performed = new DateField(getTranslation("audit.performed"));
        performed.setId("audit-performed");
        DatePicker noticeGiven = new DateField(getTranslation("audit.notice-given"));
        TextField auditor = new TextField(getTranslation("audit.auditor"));
        auditor.setId("audit-auditor");
        TextArea scope = new TextArea(getTranslation("audit.scope"));
        scope.setId("audit-scope");
        TextArea result = new TextArea(getTranslation("audit.result"));
        Checkbox afterIncident = new Checkbox(getTranslation("audit.after-incident"));
        afterIncident.setId("audit-after-incident");

        bind("kind", kind);
        text("auditor", auditor);
        bind("plannedOn", planned);
        bind("performedOn", performed);
        bind("noticeGivenOn", noticeGiven);
        bind("afterIncident", afterIncident);
        text("scope", scope);
        text("result", result);
        load(Entered.of(original));

        add(kind, auditor, planned, performed, noticeGiven, afterIncident, scope, result);
        setColspan(scope, 2);
        setColspan(result, 2);
    }

    /** The audit as entered, or empty while a field is invalid (the field then says why). */
    Optional<Audit> read() {
        return entered()
                .map(e -> new Audit(
                        original == null ? null : original.id(),
                        original == null ? 0 : original.version(),
                        agreementId,
                        e.kind(),
                        e.plannedOn(),
                        e.performedOn(),
                        e.noticeGivenOn(),
                        e.auditor(),
                        e.scope(),
                        e.result(),
                        null,
                        e.afterIncident()));
    }
}

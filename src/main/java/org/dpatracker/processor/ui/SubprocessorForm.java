package org.dpatracker.processor.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dpatracker.core.ui.DateField;
import org.dpatracker.core.ui.EntryForm;
import org.dpatracker.organisation.Organisation;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.organisation.ui.OrganisationDialog;
import org.dpatracker.organisation.ui.OrganisationPicker;
import org.dpatracker.processor.AgreementDetail;
import org.dpatracker.processor.ApprovalState;
import org.dpatracker.processor.ProcessingLocation;
import org.dpatracker.processor.Subprocessor;

/**
 * The fields of an agreement's subprocessor: who, engaged by whom, for what, where. Public, as are its
 * entered values, for the Binder to read and build them.
 */
public class SubprocessorForm extends EntryForm<SubprocessorForm.Entered> {

    /** What the user enters for a subprocessor. */
    public record Entered(
            Organisation organisation,
            Subprocessor parent,
            ApprovalState approval,
            String service,
            boolean affiliate,
            LocalDate addedOn,
            List<ProcessingLocation> locations) {}

    private final AgreementDetail detail;
    private final Subprocessor original;
    private final OrganisationPicker organisation;

    /** Edits {@code original}, or a new subprocessor of the agreement when it is null. */
    SubprocessorForm(OrganisationService organisations, AgreementDetail detail, Subprocessor original) {
        super(Entered.class);
        this.detail = detail;
        this.original = original;
        organisation =
                new OrganisationPicker(organisations, getTranslation("subprocessor.organisation"), "subprocessor");
        ComboBox<Subprocessor> parent = new ComboBox<>(getTranslation("subprocessor.parent"));
        parent.setItems(detail.subprocessors().stream()
                .filter(s -> original == null || !s.id().equals(original.id()))
                .toList());
        parent.setItemLabelGenerator(s -> detail.organisationOf(s).name());
        parent.setPlaceholder(detail.processor().name());
        parent.setClearButtonVisible(true);
        TextArea service = new TextArea(getTranslation("subprocessor.service"));
        service.setRequiredIndicatorVisible(true);
        service.setId("subprocessor-service");
        Checkbox affiliate = new Checkbox(getTranslation("subprocessor.affiliate"));
        DatePicker addedOn = new DateField(getTranslation("subprocessor.added-on"));
        Select<ApprovalState> approval = new Select<>();
        approval.setLabel(getTranslation("subprocessor.approval"));
        approval.setItems(ApprovalState.values());
        approval.setItemLabelGenerator(state -> getTranslation("approval." + state.name()));
        LocationEditor locations = new LocationEditor(getTranslation("subprocessor.locations"));

        field("organisation", organisation.field())
                .asRequired(getTranslation("validation.required"))
                .bind("organisation");
        showAt("organisationId", organisation.field());
        bind("parent", parent);
        showAt("parentId", parent);
        bind("approval", approval);
        text("service", service);
        bind("affiliate", affiliate);
        bind("addedOn", addedOn);
        bind("locations", locations);
        load(entered(organisations, detail, original));
        locations.watchDpf(
                organisation::value, (party, saved) -> new OrganisationDialog(organisations, party, saved).open());
        organisation.field().addValueChangeListener(change -> locations.organisationChanged());

        add(organisation, parent, approval, service, affiliate, addedOn, locations);
        setColspan(service, 2);
        setColspan(locations, 2);
    }

    /** The subprocessor as entered, or empty while a field is invalid (the field then says why). */
    Optional<Subprocessor> read() {
        return entered()
                .map(e -> new Subprocessor(
                        original == null ? null : original.id(),
                        original == null ? 0 : original.version(),
                        detail.agreement().id(),
                        e.parent() == null ? null : e.parent().id(),
                        e.organisation().id(),
                        e.service(),
                        e.affiliate(),
                        e.addedOn(),
                        e.approval(),
                        e.locations()));
    }

    /** The name of the chosen organisation, for the confirmation. */
    String organisationName() {
        return organisation.value() == null ? "" : organisation.value().name();
    }

    private static Entered entered(OrganisationService organisations, AgreementDetail detail, Subprocessor s) {
        if (s == null) {
            return new Entered(null, null, ApprovalState.AUTHORISED, null, false, null, List.of());
        }
        return new Entered(
                organisations.findById(s.organisationId()).orElse(null),
                detail.subprocessors().stream()
                        .filter(other -> other.id().equals(s.parentId()))
                        .findFirst()
                        .orElse(null),
                s.approval(),
                s.service(),
                s.affiliate(),
                s.addedOn(),
                s.locations());
    }
}

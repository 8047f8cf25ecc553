package org.dpatracker.notice.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dpatracker.core.ui.DateField;
import org.dpatracker.core.ui.EntryForm;
import org.dpatracker.notice.ChangeNotice;
import org.dpatracker.notice.NoticeStatus;
import org.dpatracker.organisation.Organisation;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.organisation.ui.OrganisationPicker;
import org.dpatracker.processor.AgreementDetail;
import org.dpatracker.processor.ProcessingLocation;
import org.dpatracker.processor.Subprocessor;
import org.dpatracker.processor.ui.LocationEditor;

/**
 * The fields of an inbound notice of a new or replaced subprocessor: when, who, instead of whom, for
 * what, where. Public, as are its entered values, for the Binder to read and build them.
 */
public class NoticeForm extends EntryForm<NoticeForm.Entered> {

    /** What the user enters for a notice. */
    public record Entered(
            LocalDate receivedOn,
            LocalDate effectiveFrom,
            Organisation organisation,
            Subprocessor replaces,
            Integer noticeObjectionDays,
            String service,
            String document,
            List<ProcessingLocation> locations) {}

    private final AgreementDetail agreement;
    private final OrganisationPicker organisation;

    /** A new notice for {@code agreement}, received today. */
    NoticeForm(OrganisationService organisations, AgreementDetail agreement) {
        super(Entered.class);
        this.agreement = agreement;
        DatePicker received = new DateField(getTranslation("notice.received-on"));
        received.setId("notice-received");
        DatePicker effective = new DateField(getTranslation("notice.effective-from"));
        effective.setId("notice-effective");
        organisation = new OrganisationPicker(organisations, getTranslation("notice.proposed"), "notice");
        ComboBox<Subprocessor> replaces = new ComboBox<>(getTranslation("notice.replaces"));
        replaces.setItems(agreement.subprocessors());
        replaces.setItemLabelGenerator(s -> agreement.organisationOf(s).name());
        replaces.setClearButtonVisible(true);
        TextArea service = new TextArea(getTranslation("subprocessor.service"));
        service.setId("notice-service");
        IntegerField noticeDays = new IntegerField(getTranslation("notice.objection-days"));
        Integer agreed = agreement.agreement().subprocessorTerms().objectionPeriodDays();
        noticeDays.setHelperText(getTranslation("notice.objection-days.help", agreed == null ? "–" : agreed));
        TextField document = new TextField(getTranslation("notice.document"));
        LocationEditor locations = new LocationEditor(getTranslation("subprocessor.locations"));

        bind("receivedOn", received);
        bind("effectiveFrom", effective);
        field("organisation", organisation.field())
                .asRequired(getTranslation("validation.required"))
                .bind("organisation");
        showAt("organisationId", organisation.field());
        bind("replaces", replaces);
        showAt("replacesId", replaces);
        bind("noticeObjectionDays", noticeDays);
        text("service", service);
        text("document", document);
        bind("locations", locations);
        load(new Entered(LocalDate.now(), null, null, null, null, null, null, List.of()));

        add(received, effective, organisation, replaces, noticeDays, service, document, locations);
        setColspan(service, 2);
        setColspan(locations, 2);
    }

    /** The notice as entered, or empty while a field is invalid (the field then says why). */
    Optional<ChangeNotice> read() {
        return entered()
                .map(e -> new ChangeNotice(
                        null,
                        0,
                        agreement.agreement().id(),
                        e.receivedOn(),
                        e.effectiveFrom(),
                        e.organisation().id(),
                        null,
                        e.replaces() == null ? null : e.replaces().id(),
                        e.service(),
                        e.noticeObjectionDays(),
                        e.document(),
                        e.locations(),
                        NoticeStatus.OPEN,
                        null,
                        null));
    }

    /** The name of the proposed subprocessor, for the confirmation. */
    String proposedName() {
        return organisation.value() == null ? "" : organisation.value().name();
    }
}

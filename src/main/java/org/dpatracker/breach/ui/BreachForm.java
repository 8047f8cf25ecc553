package org.dpatracker.breach.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dpatracker.breach.Breach;
import org.dpatracker.breach.InformingChannel;
import org.dpatracker.breach.Risk;
import org.dpatracker.breach.SubjectsExemption;
import org.dpatracker.core.ui.DateField;
import org.dpatracker.core.ui.EntryForm;
import org.dpatracker.processor.AgreementRow;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.Subprocessor;
import org.dpatracker.processor.ui.AgreementPicker;

/**
 * The fields of a breach: the facts of Art. 33(3), the timeline, the authority notification and the
 * subjects. Public, as are its entered values, for the Binder to read and build them.
 */
public class BreachForm extends EntryForm<BreachForm.Entered> {

    /** What the user enters for a breach. */
    public record Entered(
            AgreementRow agreement,
            Subprocessor subprocessor,
            String processingActivities,
            String contactPoint,
            String nature,
            Instant detectedAt,
            Instant processorNotifiedAt,
            Instant awareAt,
            Risk risk,
            String subjectCategories,
            String subjectCount,
            String dataCategories,
            String recordCount,
            String consequences,
            String measures,
            Instant authorityNotifiedAt,
            String authority,
            String authorityReference,
            String delayReasons,
            Instant subjectsInformedAt,
            InformingChannel subjectsInformedVia,
            SubjectsExemption subjectsExemption,
            LocalDate closedOn) {}

    private final Breach original;

    /** Edits {@code original}, or a new breach when it is null. */
    BreachForm(AgreementService agreements, Breach original) {
        super(Entered.class);
        this.original = original;
        ComboBox<AgreementRow> agreement = AgreementPicker.single(agreements, getTranslation("breach.agreement"));
        agreement.setId("breach-agreement");
        agreement.setClearButtonVisible(true);
        ComboBox<Subprocessor> subprocessor = new ComboBox<>(getTranslation("breach.subprocessor"));
        subprocessor.setClearButtonVisible(true);
        agreement.addValueChangeListener(change -> {
            subprocessor.clear();
            if (change.getValue() == null) {
                subprocessor.setItems(List.of());
                return;
            }
            var detail = agreements.detail(change.getValue().id()).orElseThrow();
            subprocessor.setItemLabelGenerator(s -> detail.organisationOf(s).name());
            subprocessor.setItems(detail.subprocessors());
        });
        TextField activities = new TextField(getTranslation("breach.activities"));
        TextArea nature = new TextArea(getTranslation("breach.nature"));
        nature.setId("breach-nature");
        DateTimePicker detected = new DateTimePicker(getTranslation("breach.detected-at"));
        detected.setId("breach-detected");
        DateTimePicker processorNotified = new DateTimePicker(getTranslation("breach.processor-notified-at"));
        processorNotified.setId("breach-processor-notified");
        DateTimePicker aware = new DateTimePicker(getTranslation("breach.aware-at"));
        aware.setHelperText(getTranslation("breach.aware-help"));
        aware.setId("breach-aware");
        TextField subjectCategories = new TextField(getTranslation("breach.subject-categories"));
        TextField subjectCount = new TextField(getTranslation("breach.subject-count"));
        TextField dataCategories = new TextField(getTranslation("breach.data-categories"));
        TextField recordCount = new TextField(getTranslation("breach.record-count"));
        TextArea consequences = new TextArea(getTranslation("breach.consequences"));
        TextArea measures = new TextArea(getTranslation("breach.measures"));
        TextField contactPoint = new TextField(getTranslation("breach.contact-point"));
        ComboBox<Risk> risk = new ComboBox<>(getTranslation("breach.risk"), Risk.values());
        risk.setItemLabelGenerator(r -> getTranslation("breach.risk." + r.name()));
        risk.setId("breach-risk");
        DateTimePicker authorityNotified = new DateTimePicker(getTranslation("breach.authority-notified-at"));
        authorityNotified.setId("breach-authority-notified");
        TextField authority = new TextField(getTranslation("breach.authority"));
        authority.setId("breach-authority");
        TextField reference = new TextField(getTranslation("breach.authority-reference"));
        TextArea delayReasons = new TextArea(getTranslation("breach.delay-reasons"));
        delayReasons.setHelperText(getTranslation("breach.delay-help"));
        delayReasons.setId("breach-delay-reasons");
        DateTimePicker subjectsInformed = new DateTimePicker(getTranslation("breach.subjects-informed-at"));
        ComboBox<InformingChannel> informedVia =
                new ComboBox<>(getTranslation("breach.informed-via"), InformingChannel.values());
        informedVia.setItemLabelGenerator(c -> getTranslation("breach.informed-via." + c.name()));
        informedVia.setId("breach-informed-via");
        ComboBox<SubjectsExemption> exemption =
                new ComboBox<>(getTranslation("breach.exemption"), SubjectsExemption.values());
        exemption.setItemLabelGenerator(e -> getTranslation("breach.exemption." + e.name()));
        exemption.setClearButtonVisible(true);
        DatePicker closed = new DateField(getTranslation("breach.closed-on"));

        bind("agreement", agreement);
        showAt("agreementId", agreement);
        bind("subprocessor", subprocessor);
        text("processingActivities", activities);
        text("contactPoint", contactPoint);
        text("nature", nature);
        instant("detectedAt", detected);
        instant("processorNotifiedAt", processorNotified);
        instant("awareAt", aware);
        bind("risk", risk);
        text("subjectCategories", subjectCategories);
        text("subjectCount", subjectCount);
        text("dataCategories", dataCategories);
        text("recordCount", recordCount);
        text("consequences", consequences);
        text("measures", measures);
        instant("authorityNotifiedAt", authorityNotified);
        text("authority", authority);
        text("authorityReference", reference);
        text("delayReasons", delayReasons);
        instant("subjectsInformedAt", subjectsInformed);
        bind("subjectsInformedVia", informedVia);
        bind("subjectsExemption", exemption);
        bind("closedOn", closed);
        load(entered(agreements, original));

        add(
                agreement,
                subprocessor,
                activities,
                contactPoint,
                nature,
                new H4(getTranslation("breach.timeline")),
                detected,
                processorNotified,
                aware,
                risk,
                new H4(getTranslation("breach.extent")),
                subjectCategories,
                subjectCount,
                dataCategories,
                recordCount,
                consequences,
                measures,
                new H4(getTranslation("breach.notifications")),
                authorityNotified,
                authority,
                reference,
                delayReasons,
                subjectsInformed,
                informedVia,
                exemption,
                closed);
        getChildren().filter(c -> c instanceof TextArea || c instanceof H4).forEach(c -> setColspan(c, 2));
    }

    /** The breach as entered, or empty while a field is invalid (the field then says why). */
    Optional<Breach> read() {
        return entered()
                .map(e -> new Breach(
                        original == null ? null : original.id(),
                        original == null ? 0 : original.version(),
                        e.agreement() == null ? null : e.agreement().id(),
                        e.subprocessor() == null ? null : e.subprocessor().id(),
                        e.processingActivities(),
                        e.nature(),
                        e.detectedAt(),
                        e.processorNotifiedAt(),
                        e.awareAt(),
                        e.subjectCategories(),
                        e.subjectCount(),
                        e.dataCategories(),
                        e.recordCount(),
                        e.consequences(),
                        e.measures(),
                        e.contactPoint(),
                        e.risk(),
                        e.authorityNotifiedAt(),
                        e.authority(),
                        e.authorityReference(),
                        e.delayReasons(),
                        e.subjectsInformedAt(),
                        e.subjectsExemption(),
                        e.closedOn(),
                        List.of(),
                        e.subjectsInformedAt() == null ? null : e.subjectsInformedVia()));
    }

    private static Entered entered(AgreementService agreements, Breach b) {
        if (b == null) {
            return new Entered(
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    InformingChannel.DIRECT,
                    null,
                    null);
        }
        AgreementRow agreement = b.agreementId() == null
                ? null
                : agreements.rows(List.of(b.agreementId())).stream().findFirst().orElse(null);
        Subprocessor subprocessor = agreement == null || b.subprocessorId() == null
                ? null
                : agreements.detail(agreement.id()).orElseThrow().subprocessors().stream()
                        .filter(s -> Objects.equals(s.id(), b.subprocessorId()))
                        .findFirst()
                        .orElse(null);
        return new Entered(
                agreement,
                subprocessor,
                b.processingActivities(),
                b.contactPoint(),
                b.nature(),
                b.detectedAt(),
                b.processorNotifiedAt(),
                b.awareAt(),
                b.risk(),
                b.subjectCategories(),
                b.subjectCount(),
                b.dataCategories(),
                b.recordCount(),
                b.consequences(),
                b.measures(),
                b.authorityNotifiedAt(),
                b.authority(),
                b.authorityReference(),
                b.delayReasons(),
                b.subjectsInformedAt(),
                b.subjectsInformedVia() == null ? InformingChannel.DIRECT : b.subjectsInformedVia(),
                b.subjectsExemption(),
                b.closedOn());
    }
}

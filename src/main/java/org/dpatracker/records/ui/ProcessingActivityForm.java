package org.dpatracker.records.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.dpatracker.core.ui.DateField;
import org.dpatracker.core.ui.EntryForm;
import org.dpatracker.organisation.Organisation;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.organisation.ui.OrganisationPicker;
import org.dpatracker.processor.AgreementRow;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.SpecialCategory;
import org.dpatracker.processor.ui.AgreementPicker;
import org.dpatracker.records.Art9Condition;
import org.dpatracker.records.DpiaNeed;
import org.dpatracker.records.LegalBasis;
import org.dpatracker.records.ProcessingActivity;
import org.dpatracker.records.RecordRole;

/**
 * The fields of a processing activity in the records of Art. 30(1) or (2). Public, as are its entered
 * values, for the Binder to read and build them.
 */
public class ProcessingActivityForm extends EntryForm<ProcessingActivityForm.Entered> {

    /** What the user enters for a processing activity. */
    public record Entered(
            RecordRole role,
            String name,
            Organisation controller,
            Organisation servedController,
            String jointControllers,
            String representative,
            String purposes,
            Set<LegalBasis> legalBases,
            String legalBasisNote,
            Set<SpecialCategory> specialCategories,
            Set<Art9Condition> art9Conditions,
            String dataSubjects,
            String personalData,
            Set<AgreementRow> agreements,
            String otherRecipients,
            String art49Documentation,
            String erasure,
            String security,
            DpiaNeed dpia,
            String dpiaReference,
            String department,
            LocalDate reviewDue,
            String source) {}

    private final ProcessingActivity original;

    /** Edits {@code original}, or a new activity when it is null. */
    ProcessingActivityForm(
            OrganisationService organisations, AgreementService agreements, ProcessingActivity original) {
        super(Entered.class);
        this.original = original;
        RadioButtonGroup<RecordRole> role = new RadioButtonGroup<>(getTranslation("record.role"));
        role.setItems(RecordRole.values());
        role.setItemLabelGenerator(r -> getTranslation("record.role." + r.name()));
        TextField name = new TextField(getTranslation("record.activity"));
        name.setId("record-name");
        ComboBox<Organisation> controller =
                new ComboBox<>(getTranslation("record.controller"), organisations.ownCompanies());
        controller.setItemLabelGenerator(Organisation::name);
        controller.setId("record-controller");
        ComboBox<Organisation> served =
                OrganisationPicker.comboBox(organisations, getTranslation("record.served-controller"));
        served.setClearButtonVisible(true);
        served.setVisible(false);
        role.addValueChangeListener(change -> served.setVisible(change.getValue() == RecordRole.PROCESSOR));
        TextField joint = new TextField(getTranslation("record.joint-controllers"));
        TextField representative = new TextField(getTranslation("record.representative"));
        TextArea purposes = new TextArea(getTranslation("record.purposes"));
        purposes.setId("record-purposes");
        CheckboxGroup<LegalBasis> bases =
                new CheckboxGroup<>(getTranslation("record.legal-bases"), LegalBasis.values());
        bases.setItemLabelGenerator(b -> getTranslation("legal-basis." + b.name()));
        bases.setId("record-legal-bases");
        TextField basisNote = new TextField(getTranslation("record.legal-basis-note"));
        MultiSelectComboBox<SpecialCategory> special =
                new MultiSelectComboBox<>(getTranslation("record.special-categories"), SpecialCategory.values());
        special.setItemLabelGenerator(c -> getTranslation("special." + c.name()));
        MultiSelectComboBox<Art9Condition> art9 =
                new MultiSelectComboBox<>(getTranslation("record.art9"), Art9Condition.values());
        art9.setItemLabelGenerator(c -> getTranslation("art9." + c.name()));
        TextArea subjects = new TextArea(getTranslation("record.data-subjects"));
        subjects.setId("record-data-subjects");
        TextArea data = new TextArea(getTranslation("record.personal-data"));
        data.setId("record-personal-data");
        MultiSelectComboBox<AgreementRow> linked =
                AgreementPicker.multiple(agreements, getTranslation("record.linked-agreements"));
        linked.setHelperText(getTranslation("record.linked-help"));
        linked.setId("record-agreements");
        TextArea others = new TextArea(getTranslation("record.other-recipients"));
        TextArea art49 = new TextArea(getTranslation("record.art49"));
        TextArea erasure = new TextArea(getTranslation("record.erasure"));
        TextArea security = new TextArea(getTranslation("record.security"));
        ComboBox<DpiaNeed> dpia = new ComboBox<>(getTranslation("record.dpia"), DpiaNeed.values());
        dpia.setItemLabelGenerator(d -> getTranslation("record.dpia." + d.name()));
        dpia.setClearButtonVisible(true);
        TextField dpiaReference = new TextField(getTranslation("record.dpia-reference"));
        TextField department = new TextField(getTranslation("record.department"));
        department.setId("record-department");
        DatePicker review = new DateField(getTranslation("record.review-due"));
        TextField source = new TextField(getTranslation("record.source"));

        bind("role", role);
        text("name", name);
        bind("controller", controller);
        showAt("controllerId", controller);
        bind("servedController", served);
        text("jointControllers", joint);
        text("representative", representative);
        text("purposes", purposes);
        bind("legalBases", bases);
        text("legalBasisNote", basisNote);
        bind("specialCategories", special);
        bind("art9Conditions", art9);
        text("dataSubjects", subjects);
        text("personalData", data);
        bind("agreements", linked);
        showAt("agreementIds", linked);
        text("otherRecipients", others);
        text("art49Documentation", art49);
        text("erasure", erasure);
        text("security", security);
        bind("dpia", dpia);
        text("dpiaReference", dpiaReference);
        text("department", department);
        bind("reviewDue", review);
        text("source", source);
        load(entered(organisations, agreements, original));

        add(
                role,
                name,
                controller,
                served,
                joint,
                representative,
                purposes,
                bases,
                basisNote,
                special,
                art9,
                subjects,
                data,
                linked,
                others,
                art49,
                erasure,
                security,
                dpia,
                dpiaReference,
                department,
                review,
                source);
        getChildren()
                .filter(c -> c instanceof TextArea || c == bases || c == linked)
                .forEach(c -> setColspan(c, 2));
    }

    /** The activity as entered, or empty while a field is invalid (the field then says why). */
    Optional<ProcessingActivity> read() {
        return entered()
                .map(e -> new ProcessingActivity(
                        original == null ? null : original.id(),
                        original == null ? 0 : original.version(),
                        e.role(),
                        e.name(),
                        e.controller() == null ? -1 : e.controller().id(),
                        e.role() == RecordRole.PROCESSOR && e.servedController() != null
                                ? e.servedController().id()
                                : null,
                        e.jointControllers(),
                        e.representative(),
                        e.purposes(),
                        e.legalBases(),
                        e.legalBasisNote(),
                        e.art9Conditions(),
                        e.specialCategories(),
                        e.dataSubjects(),
                        e.personalData(),
                        e.otherRecipients(),
                        e.agreements().stream().map(AgreementRow::id).toList(),
                        e.art49Documentation(),
                        e.erasure(),
                        e.security(),
                        e.dpia(),
                        e.dpiaReference(),
                        e.department(),
                        e.reviewDue(),
                        null,
                        null,
                        null,
                        e.source()));
    }

    private static Entered entered(
            OrganisationService organisations, AgreementService agreements, ProcessingActivity a) {
        if (a == null) {
            return new Entered(
                    RecordRole.CONTROLLER,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    Set.of(),
                    null,
                    Set.of(),
                    Set.of(),
                    null,
                    null,
                    Set.of(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null);
        }
        return new Entered(
                a.role(),
                a.name(),
                organisations.findById(a.controllerId()).orElse(null),
                a.servedControllerId() == null
                        ? null
                        : organisations.findById(a.servedControllerId()).orElse(null),
                a.jointControllers(),
                a.representative(),
                a.purposes(),
                a.legalBases(),
                a.legalBasisNote(),
                a.specialCategories(),
                a.art9Conditions(),
                a.dataSubjects(),
                a.personalData(),
                Set.copyOf(agreements.rows(a.agreementIds())),
                a.otherRecipients(),
                a.art49Documentation(),
                a.erasure(),
                a.security(),
                a.dpia(),
                a.dpiaReference(),
                a.department(),
                a.reviewDue(),
                a.source());
    }
}

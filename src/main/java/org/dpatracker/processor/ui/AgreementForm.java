package org.dpatracker.processor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dpatracker.core.ui.DateField;
import org.dpatracker.core.ui.EntryForm;
import org.dpatracker.organisation.Organisation;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.organisation.ui.OrganisationDialog;
import org.dpatracker.organisation.ui.OrganisationPicker;
import org.dpatracker.processor.Agreement;
import org.dpatracker.processor.AgreementDocument;
import org.dpatracker.processor.AgreementStatus;
import org.dpatracker.processor.Authorisation;
import org.dpatracker.processor.JointArrangement;
import org.dpatracker.processor.ProcessingDescription;
import org.dpatracker.processor.ProcessingLocation;
import org.dpatracker.processor.Relationship;
import org.dpatracker.processor.SpecialCategory;
import org.dpatracker.processor.SubprocessorTerms;

/**
 * The fields of an agreement: parties, processing (Annex II), document, subprocessor terms and the
 * processor's locations. Public, as are its entered values, for the Binder to read and build them.
 */
public class AgreementForm extends EntryForm<AgreementForm.Entered> {

    /** What the user enters for an agreement. */
    public record Entered(
            Organisation controller,
            Organisation processor,
            Relationship relationship,
            AgreementStatus status,
            LocalDate nextReview,
            String jointResponsibilities,
            String jointContactPoint,
            Boolean jointEssenceAvailable,
            String subjectMatter,
            String services,
            String nature,
            String purposes,
            String dataSubjects,
            String personalData,
            Set<SpecialCategory> specialCategories,
            String specialSafeguards,
            String duration,
            boolean ownPurposeUse,
            String ownPurposeClause,
            String title,
            String version,
            LocalDate signedOn,
            String signedBy,
            LocalDate validFrom,
            LocalDate validUntil,
            String termAndTermination,
            String signedCopyLocation,
            Authorisation authorisation,
            Integer noticePeriodDays,
            Integer objectionPeriodDays,
            String delimitation,
            List<ProcessingLocation> locations) {}

    private final ComboBox<Organisation> controller = new ComboBox<>(getTranslation("agreement.controller"));
    private final ComboBox<Organisation> processor;
    private final Select<AgreementStatus> status = new Select<>();
    private final DatePicker nextReview = new DateField(getTranslation("agreement.next-review"));
    private final TextArea subjectMatter = area("agreement.subject-matter");
    private final TextArea services = area("agreement.services");
    private final TextArea nature = area("agreement.nature");
    private final TextArea purposes = area("agreement.purposes");
    private final TextArea dataSubjects = area("agreement.data-subjects");
    private final TextArea personalData = area("agreement.personal-data");
    private final MultiSelectComboBox<SpecialCategory> special =
            new MultiSelectComboBox<>(getTranslation("agreement.special-categories"));
    private final TextArea safeguards = area("agreement.special-safeguards");
    private final TextField duration = new TextField(getTranslation("agreement.duration"));
    private final TextField title = new TextField(getTranslation("document.title"));
    private final TextField version = new TextField(getTranslation("document.version"));
    private final DatePicker signedOn = new DateField(getTranslation("document.signed-on"));
    private final TextField signedBy = new TextField(getTranslation("document.signed-by"));
    private final DatePicker validFrom = new DateField(getTranslation("document.valid-from"));
    private final DatePicker validUntil = new DateField(getTranslation("document.valid-until"));
    private final TextArea term = area("document.term");
    private final TextField signedCopy = new TextField(getTranslation("document.signed-copy"));
    private final Select<Authorisation> authorisation = new Select<>();
    private final IntegerField noticeDays = new IntegerField(getTranslation("terms.notice-days"));
    private final IntegerField objectionDays = new IntegerField(getTranslation("terms.objection-days"));
    private final TextArea delimitation = area("terms.delimitation");
    private final Checkbox ownPurposes = new Checkbox(getTranslation("agreement.own-purpose-use"));
    private final TextArea ownPurposeClause = area("agreement.own-purpose-clause");
    private final LocationEditor locations = new LocationEditor(getTranslation("agreement.processor-locations-label"));
    private final Select<Relationship> relationship = new Select<>();
    private final TextArea jointResponsibilities = area("joint.responsibilities");
    private final TextField jointContactPoint = new TextField(getTranslation("joint.contact-point"));
    private final Select<Boolean> jointEssenceAvailable = new Select<>();

    private final Agreement original;

    /** Edits {@code original}, or a new agreement when it is null. */
    AgreementForm(OrganisationService organisations, Agreement original) {
        super(Entered.class);
        this.original = original;
        controller.setItems(organisations.ownCompanies());
        controller.setItemLabelGenerator(Organisation::name);
        controller.setRequiredIndicatorVisible(true);
        processor = OrganisationPicker.comboBox(organisations, getTranslation("agreement.processor"));
        processor.setRequiredIndicatorVisible(true);
        Button newOrganisation = new Button(
                getTranslation("organisation.new"),
                click -> new OrganisationDialog(organisations, created -> {
                            processor.getDataProvider().refreshAll();
                            processor.setValue(created);
                        })
                        .open());
        newOrganisation.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        status.setLabel(getTranslation("agreement.status"));
        status.setItems(AgreementStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("status." + s.name()));
        relationship.setLabel(getTranslation("agreement.relationship"));
        relationship.setItems(Relationship.values());
        relationship.setItemLabelGenerator(r -> getTranslation("relationship." + r.name()));
        relationship.setId("agreement-relationship");
        jointEssenceAvailable.setLabel(getTranslation("joint.essence-available"));
        jointEssenceAvailable.setItems(true, false);
        jointEssenceAvailable.setEmptySelectionAllowed(true);
        jointEssenceAvailable.setItemLabelGenerator(
                b -> b == null ? getTranslation("fact.not-recorded") : getTranslation(b ? "fact.yes" : "fact.no"));
        relationship.addValueChangeListener(change -> showArrangement(change.getValue()));
        special.setItems(SpecialCategory.values());
        special.setItemLabelGenerator(c -> getTranslation("special." + c.name()));
        subjectMatter.setRequiredIndicatorVisible(true);
        subjectMatter.setId("agreement-subject-matter");
        validFrom.setId("agreement-valid-from");
        validUntil.setId("agreement-valid-until");
        nextReview.setId("agreement-next-review");
        delimitation.setHelperText(getTranslation("terms.delimitation.help"));
        authorisation.setLabel(getTranslation("terms.authorisation"));
        authorisation.setItems(Authorisation.values());
        authorisation.setEmptySelectionAllowed(true);
        authorisation.setItemLabelGenerator(a -> a == null ? "" : getTranslation("authorisation." + a.name()));
        controller.setId("agreement-controller");
        processor.setId("agreement-processor");
        field("controller", controller)
                .asRequired(getTranslation("validation.required"))
                .bind("controller");
        field("processor", processor)
                .asRequired(getTranslation("validation.required"))
                .bind("processor");
        showAt("processorId", processor);
        bind("relationship", relationship);
        bind("status", status);
        bind("nextReview", nextReview);
        text("jointResponsibilities", jointResponsibilities);
        text("jointContactPoint", jointContactPoint);
        bind("jointEssenceAvailable", jointEssenceAvailable);
        text("subjectMatter", subjectMatter);
        text("services", services);
        text("nature", nature);
        text("purposes", purposes);
        text("dataSubjects", dataSubjects);
        text("personalData", personalData);
        bind("specialCategories", special);
        text("specialSafeguards", safeguards);
        text("duration", duration);
        bind("ownPurposeUse", ownPurposes);
        text("ownPurposeClause", ownPurposeClause);
        text("title", title);
        text("version", version);
        bind("signedOn", signedOn);
        text("signedBy", signedBy);
        bind("validFrom", validFrom);
        bind("validUntil", validUntil);
        text("termAndTermination", term);
        text("signedCopyLocation", signedCopy);
        bind("authorisation", authorisation);
        bind("noticePeriodDays", noticeDays);
        bind("objectionPeriodDays", objectionDays);
        text("delimitation", delimitation);
        bind("locations", locations);
        load(entered(organisations, original));
        locations.watchDpf(
                processor::getValue, (party, saved) -> new OrganisationDialog(organisations, party, saved).open());
        processor.addValueChangeListener(change -> locations.organisationChanged());
        showArrangement(relationship.getValue());

        add(
                controller,
                processor,
                newOrganisation,
                relationship,
                status,
                nextReview,
                jointResponsibilities,
                jointContactPoint,
                jointEssenceAvailable,
                new H4(getTranslation("agreement.processing")),
                subjectMatter,
                services,
                nature,
                purposes,
                dataSubjects,
                personalData,
                special,
                safeguards,
                duration,
                ownPurposes,
                ownPurposeClause,
                new H4(getTranslation("agreement.document")),
                title,
                version,
                signedOn,
                signedBy,
                validFrom,
                validUntil,
                term,
                signedCopy,
                new H4(getTranslation("agreement.subprocessors")),
                authorisation,
                noticeDays,
                objectionDays,
                delimitation,
                locations);
        getChildren()
                .filter(c -> c instanceof H4 || c instanceof TextArea || c instanceof LocationEditor)
                .forEach(c -> setColspan(c, 2));
    }

    /** The agreement as entered, or empty while a field is invalid (the field then says why). */
    Optional<Agreement> read() {
        return entered()
                .map(e -> new Agreement(
                        original == null ? null : original.id(),
                        original == null ? 0 : original.version(),
                        e.controller().id(),
                        e.processor().id(),
                        e.status(),
                        e.nextReview(),
                        new ProcessingDescription(
                                e.subjectMatter(),
                                e.services(),
                                e.nature(),
                                e.purposes(),
                                e.dataSubjects(),
                                e.personalData(),
                                e.specialCategories(),
                                e.specialSafeguards(),
                                e.duration()),
                        new AgreementDocument(
                                e.title(),
                                e.version(),
                                e.signedOn(),
                                e.signedBy(),
                                e.validFrom(),
                                e.validUntil(),
                                e.termAndTermination(),
                                e.signedCopyLocation()),
                        new SubprocessorTerms(
                                e.authorisation(), e.noticePeriodDays(), e.objectionPeriodDays(), e.delimitation()),
                        e.ownPurposeUse(),
                        e.ownPurposeClause(),
                        original == null ? null : original.source(),
                        e.locations(),
                        e.relationship(),
                        new JointArrangement(
                                e.jointResponsibilities(), e.jointContactPoint(), e.jointEssenceAvailable())));
    }

    private static Entered entered(OrganisationService organisations, Agreement a) {
        if (a == null) {
            List<Organisation> own = organisations.ownCompanies();
            return new Entered(
                    // A company of its own alone is the controller of every new agreement: no need to pick it.
                    own.size() == 1 ? own.getFirst() : null,
                    null,
                    Relationship.PROCESSOR,
                    AgreementStatus.DRAFT,
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
                    Set.of(),
                    null,
                    null,
                    false,
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
                    List.of());
        }
        ProcessingDescription p = a.processing();
        AgreementDocument d = a.document();
        SubprocessorTerms t = a.subprocessorTerms();
        return new Entered(
                organisations.findById(a.controllerId()).orElse(null),
                organisations.findById(a.processorId()).orElse(null),
                a.relationship(),
                a.status(),
                a.nextReview(),
                a.jointArrangement().responsibilities(),
                a.jointArrangement().contactPoint(),
                a.jointArrangement().essenceAvailable(),
                p.subjectMatter(),
                p.services(),
                p.nature(),
                p.purposes(),
                p.dataSubjects(),
                p.personalData(),
                p.specialCategories(),
                p.specialSafeguards(),
                p.duration(),
                a.ownPurposeUse(),
                a.ownPurposeClause(),
                d.title(),
                d.version(),
                d.signedOn(),
                d.signedBy(),
                d.validFrom(),
                d.validUntil(),
                d.termAndTermination(),
                d.signedCopyLocation(),
                t.authorisation(),
                t.noticePeriodDays(),
                t.objectionPeriodDays(),
                t.delimitation(),
                a.locations());
    }

    /** The name of the chosen processor, for the confirmation. */
    String processorName() {
        return processor.getValue() == null ? "" : processor.getValue().name();
    }

    /** The Art. 26 arrangement's fields belong to joint controllers only. */
    private void showArrangement(Relationship chosen) {
        boolean joint = chosen == Relationship.JOINT_CONTROLLER;
        jointResponsibilities.setVisible(joint);
        jointContactPoint.setVisible(joint);
        jointEssenceAvailable.setVisible(joint);
    }

    private TextArea area(String key) {
        TextArea area = new TextArea(getTranslation(key));
        area.setWidthFull();
        return area;
    }
}

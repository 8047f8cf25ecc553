package org.dpatracker.processor.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.dpatracker.core.Strings;
import org.dpatracker.core.ui.FormDialog;
import org.dpatracker.organisation.Organisation;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.organisation.ui.OrganisationDialog;
import org.dpatracker.processor.Agreement;
import org.dpatracker.processor.AgreementDocument;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.AgreementStatus;
import org.dpatracker.processor.Authorisation;
import org.dpatracker.processor.JointArrangement;
import org.dpatracker.processor.ProcessingDescription;
import org.dpatracker.processor.Relationship;
import org.dpatracker.processor.SpecialCategory;
import org.dpatracker.processor.SubprocessorTerms;

/** Creates or edits an agreement: parties, processing (Annex II), document, subprocessor terms, locations. */
class AgreementDialog extends FormDialog {

    private final ComboBox<Organisation> controller = new ComboBox<>(getTranslation("agreement.controller"));
    private final ComboBox<Organisation> processor = new ComboBox<>(getTranslation("agreement.processor"));
    private final Select<AgreementStatus> status = new Select<>();
    private final DatePicker nextReview = new DatePicker(getTranslation("agreement.next-review"));
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
    private final DatePicker signedOn = new DatePicker(getTranslation("document.signed-on"));
    private final TextField signedBy = new TextField(getTranslation("document.signed-by"));
    private final DatePicker validFrom = new DatePicker(getTranslation("document.valid-from"));
    private final DatePicker validUntil = new DatePicker(getTranslation("document.valid-until"));
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

    AgreementDialog(
            AgreementService agreements,
            OrganisationService organisations,
            Agreement existing,
            Consumer<Agreement> saved) {
        setHeaderTitle(getTranslation(existing == null ? "agreement.new" : "agreement.edit"));
        List<Organisation> all = organisations.findAll(null);
        controller.setItems(all.stream().filter(Organisation::ownCompany).toList());
        controller.setItemLabelGenerator(Organisation::name);
        controller.setRequiredIndicatorVisible(true);
        processor.setItems(all);
        processor.setItemLabelGenerator(Organisation::name);
        processor.setRequiredIndicatorVisible(true);
        Button newOrganisation = new Button(
                getTranslation("organisation.new"),
                click -> new OrganisationDialog(organisations, created -> {
                            processor.setItems(organisations.findAll(null));
                            processor.setValue(created);
                        })
                        .open());
        newOrganisation.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        status.setLabel(getTranslation("agreement.status"));
        status.setItems(AgreementStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("status." + s.name()));
        status.setValue(AgreementStatus.DRAFT);
        relationship.setLabel(getTranslation("agreement.relationship"));
        relationship.setItems(Relationship.values());
        relationship.setItemLabelGenerator(r -> getTranslation("relationship." + r.name()));
        relationship.setValue(Relationship.PROCESSOR);
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
        delimitation.setHelperText(getTranslation("terms.delimitation.help"));
        authorisation.setLabel(getTranslation("terms.authorisation"));
        authorisation.setItems(Authorisation.values());
        authorisation.setEmptySelectionAllowed(true);
        authorisation.setItemLabelGenerator(a -> a == null ? "" : getTranslation("authorisation." + a.name()));
        if (existing != null) {
            fill(existing, all);
        } else {
            locations.setValue(List.of());
        }
        showArrangement(relationship.getValue());

        FormLayout form = new FormLayout(
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
        form.getChildren()
                .filter(c -> c instanceof H4 || c instanceof TextArea || c instanceof LocationEditor)
                .forEach(c -> form.setColspan(c, 2));
        add(form);
        Button save = new Button(getTranslation("action.save"), click -> save(agreements, existing, saved));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("60rem");
    }

    private void fill(Agreement a, List<Organisation> all) {
        all.stream().filter(o -> o.id() == a.controllerId()).findFirst().ifPresent(controller::setValue);
        all.stream().filter(o -> o.id() == a.processorId()).findFirst().ifPresent(processor::setValue);
        status.setValue(a.status());
        relationship.setValue(a.relationship());
        set(jointResponsibilities, a.jointArrangement().responsibilities());
        set(jointContactPoint, a.jointArrangement().contactPoint());
        jointEssenceAvailable.setValue(a.jointArrangement().essenceAvailable());
        nextReview.setValue(a.nextReview());
        ProcessingDescription p = a.processing();
        set(subjectMatter, p.subjectMatter());
        set(services, p.services());
        set(nature, p.nature());
        set(purposes, p.purposes());
        set(dataSubjects, p.dataSubjects());
        set(personalData, p.personalData());
        special.setValue(p.specialCategories());
        set(safeguards, p.specialSafeguards());
        set(duration, p.duration());
        AgreementDocument d = a.document();
        set(title, d.title());
        set(version, d.version());
        signedOn.setValue(d.signedOn());
        set(signedBy, d.signedBy());
        validFrom.setValue(d.validFrom());
        validUntil.setValue(d.validUntil());
        set(term, d.termAndTermination());
        set(signedCopy, d.signedCopyLocation());
        authorisation.setValue(a.subprocessorTerms().authorisation());
        noticeDays.setValue(a.subprocessorTerms().noticePeriodDays());
        objectionDays.setValue(a.subprocessorTerms().objectionPeriodDays());
        set(delimitation, a.subprocessorTerms().delimitation());
        ownPurposes.setValue(a.ownPurposeUse());
        set(ownPurposeClause, a.ownPurposeClause());
        locations.setValue(a.locations());
    }

    private void save(AgreementService agreements, Agreement existing, Consumer<Agreement> saved) {
        if (controller.isEmpty() || processor.isEmpty()) {
            controller.setInvalid(controller.isEmpty());
            processor.setInvalid(processor.isEmpty());
            controller.setErrorMessage(getTranslation("validation.required"));
            processor.setErrorMessage(getTranslation("validation.required"));
            return;
        }
        Agreement input = new Agreement(
                existing == null ? null : existing.id(),
                existing == null ? 0 : existing.version(),
                controller.getValue().id(),
                processor.getValue().id(),
                status.getValue(),
                nextReview.getValue(),
                new ProcessingDescription(
                        Strings.trimmedOrNull(subjectMatter.getValue()),
                        Strings.trimmedOrNull(services.getValue()),
                        Strings.trimmedOrNull(nature.getValue()),
                        Strings.trimmedOrNull(purposes.getValue()),
                        Strings.trimmedOrNull(dataSubjects.getValue()),
                        Strings.trimmedOrNull(personalData.getValue()),
                        Set.copyOf(special.getValue()),
                        Strings.trimmedOrNull(safeguards.getValue()),
                        Strings.trimmedOrNull(duration.getValue())),
                new AgreementDocument(
                        Strings.trimmedOrNull(title.getValue()),
                        Strings.trimmedOrNull(version.getValue()),
                        signedOn.getValue(),
                        Strings.trimmedOrNull(signedBy.getValue()),
                        validFrom.getValue(),
                        validUntil.getValue(),
                        Strings.trimmedOrNull(term.getValue()),
                        Strings.trimmedOrNull(signedCopy.getValue())),
                new SubprocessorTerms(
                        authorisation.getValue(),
                        noticeDays.getValue(),
                        objectionDays.getValue(),
                        Strings.trimmedOrNull(delimitation.getValue())),
                ownPurposes.getValue(),
                Strings.trimmedOrNull(ownPurposeClause.getValue()),
                existing == null ? null : existing.source(),
                locations.getValue(),
                relationship.getValue(),
                new JointArrangement(
                        Strings.trimmedOrNull(jointResponsibilities.getValue()),
                        Strings.trimmedOrNull(jointContactPoint.getValue()),
                        jointEssenceAvailable.getValue()));
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("processorId", processor);
        fields.put("status", status);
        fields.put("subjectMatter", subjectMatter);
        fields.put("validUntil", validUntil);
        fields.put("noticePeriodDays", noticeDays);
        fields.put("objectionPeriodDays", objectionDays);
        fields.put("delimitation", delimitation);
        fields.put("ownPurposeClause", ownPurposeClause);
        fields.put("jointResponsibilities", jointResponsibilities);
        fields.put("jointContactPoint", jointContactPoint);
        fields.put("locations", locations);
        save(
                        () -> agreements.save(input),
                        fields,
                        "agreement.saved",
                        processor.getValue().name())
                .ifPresent(result -> {
                    close();
                    saved.accept(result);
                });
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

    private static void set(com.vaadin.flow.component.HasValue<?, String> field, String value) {
        field.setValue(value == null ? "" : value);
    }
}

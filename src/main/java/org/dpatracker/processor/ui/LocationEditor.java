package org.dpatracker.processor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.dpatracker.core.Strings;
import org.dpatracker.core.ui.Badge;
import org.dpatracker.organisation.Certification;
import org.dpatracker.organisation.DpfCertification;
import org.dpatracker.organisation.Organisation;
import org.dpatracker.processor.ProcessingLocation;
import org.dpatracker.transfer.Countries;
import org.dpatracker.transfer.CountryRanking;
import org.dpatracker.transfer.TransferMechanism;

/**
 * Edits a list of processing locations. Outside the EEA each row asks for the transfer mechanism,
 * the module of the 2021 clauses (Commission Implementing Decision (EU) 2021/914) by its name, the
 * Art. 49 point and a reference to the safeguards; the Data Privacy Framework asks for the
 * organisation's certification when it has none on record.
 */
public class LocationEditor extends CustomField<List<ProcessingLocation>> {

    private final Div rows = new Div();
    private final List<Row> editors = new ArrayList<>();
    private transient Supplier<Organisation> organisation = () -> null;
    private transient BiConsumer<Organisation, Consumer<Organisation>> editCertifications;
    private transient Organisation edited;

    public LocationEditor(String label) {
        setLabel(label);
        Button add = new Button(getTranslation("location.add"), VaadinIcon.PLUS.create(), click -> {
            addRow(ProcessingLocation.in(null, null));
            updateValue();
        });
        add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        add(rows, add);
        setWidthFull();
    }

    /**
     * Checks a transfer under the EU-US Data Privacy Framework against the certifications of the organisation
     * that {@code organisation} names (the processor or subprocessor of the form); {@code editCertifications}
     * opens that organisation for editing and hands the saved one back.
     */
    public void watchDpf(
            Supplier<Organisation> organisation, BiConsumer<Organisation, Consumer<Organisation>> editCertifications) {
        this.organisation = organisation;
        this.editCertifications = editCertifications;
        editors.forEach(Row::showTransferFields);
    }

    /** Shows the DPF prompts again, for another organisation chosen in the form. */
    public void organisationChanged() {
        edited = null;
        editors.forEach(Row::showTransferFields);
    }

    private Organisation organisation() {
        Organisation chosen = organisation.get();
        return edited != null && chosen != null && edited.id().equals(chosen.id()) ? edited : chosen;
    }

    @Override
    protected List<ProcessingLocation> generateModelValue() {
        return editors.stream()
                .map(Row::read)
                .filter(location -> location.country() != null)
                .toList();
    }

    @Override
    protected void setPresentationValue(List<ProcessingLocation> locations) {
        rows.removeAll();
        editors.clear();
        (locations == null ? List.<ProcessingLocation>of() : locations).forEach(this::addRow);
    }

    private void addRow(ProcessingLocation location) {
        Row row = new Row(location);
        editors.add(row);
        rows.add(row);
    }

    /** One location. */
    private final class Row extends HorizontalLayout {
        private final ComboBox<String> country = new ComboBox<>(getTranslation("location.country"));
        private final TextField region = new TextField(getTranslation("location.region"));
        private final Select<TransferMechanism> mechanism = new Select<>();
        private final Select<Integer> module = new Select<>();
        private final Div dpf = new Div();
        private final TextField derogation = new TextField(getTranslation("location.derogation"));
        private final TextField reference = new TextField(getTranslation("location.reference"));
        private final Long id;

        Row(ProcessingLocation location) {
            id = location.id();
            List<String> codes = new ArrayList<>(List.of(Countries.EU));
            codes.addAll(Countries.all(getLocale()));
            CountryRanking ranking = new CountryRanking(codes, getLocale());
            country.setItems(query -> ranking.rank(query.getFilter().orElse("")).stream()
                    .skip(query.getOffset())
                    .limit(query.getLimit()));
            country.setItemLabelGenerator(code -> Countries.name(code, getLocale()));
            country.setValue(location.country());
            country.addClassName("location-country");
            region.setValue(location.region() == null ? "" : location.region());
            mechanism.setLabel(getTranslation("location.mechanism"));
            mechanism.setItems(TransferMechanism.values());
            mechanism.setEmptySelectionAllowed(true);
            mechanism.setItemLabelGenerator(m -> m == null ? "" : getTranslation("mechanism." + m.name()));
            mechanism.setValue(location.mechanism());
            module.setLabel(getTranslation("location.scc-module"));
            module.setItems(1, 2, 3, 4);
            module.setEmptySelectionAllowed(true);
            module.setItemLabelGenerator(m -> m == null ? "" : getTranslation("location.scc-module." + m));
            module.addClassName("location-scc-module");
            module.setValue(
                    location.sccModule() != null && location.sccModule() >= 1 && location.sccModule() <= 4
                            ? location.sccModule()
                            : null);
            dpf.addClassName("location-dpf");
            derogation.setValue(location.derogation() == null ? "" : location.derogation());
            derogation.setWidth("6em");
            reference.setValue(location.safeguardsReference() == null ? "" : location.safeguardsReference());
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                editors.remove(this);
                rows.remove(this);
                updateValue();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("location.remove"));
            add(country, region, mechanism, module, derogation, reference, remove, dpf);
            setAlignItems(FlexComponent.Alignment.BASELINE);
            setWrap(true);
            country.addValueChangeListener(change -> showTransferFields());
            mechanism.addValueChangeListener(change -> showTransferFields());
            showTransferFields();
            country.addValueChangeListener(change -> updateValue());
            mechanism.addValueChangeListener(change -> updateValue());
            region.addValueChangeListener(change -> updateValue());
            module.addValueChangeListener(change -> updateValue());
            derogation.addValueChangeListener(change -> updateValue());
            reference.addValueChangeListener(change -> updateValue());
        }

        private void showTransferFields() {
            boolean thirdCountry = country.getValue() != null && !Countries.isInEea(country.getValue());
            mechanism.setVisible(thirdCountry);
            reference.setVisible(thirdCountry);
            module.setVisible(thirdCountry && mechanism.getValue() == TransferMechanism.SCC_2021);
            derogation.setVisible(thirdCountry && mechanism.getValue() == TransferMechanism.ART_49_DEROGATION);
            showDpf(thirdCountry && mechanism.getValue() == TransferMechanism.DATA_PRIVACY_FRAMEWORK);
        }

        /** Decision (EU) 2023/1795 covers only organisations listed under the Data Privacy Framework. */
        private void showDpf(boolean chosen) {
            dpf.removeAll();
            Organisation party = organisation();
            dpf.setVisible(chosen && party != null);
            if (!chosen || party == null) {
                return;
            }
            Optional<Certification> current = DpfCertification.current(party, LocalDate.now());
            if (current.isPresent()) {
                Certification certification = current.get();
                dpf.add(new Badge(
                        getTranslation(
                                "location.dpf-certified",
                                party.name(),
                                certification.validUntil(),
                                certification.reference() == null ? "" : certification.reference()),
                        Badge.Tone.SUCCESS));
                return;
            }
            Badge warning = new Badge(getTranslation("location.dpf-missing", party.name()), Badge.Tone.WARNING);
            warning.addClassName("location-dpf-warning");
            dpf.add(warning);
            if (editCertifications != null && party.id() != null) {
                Button record = new Button(
                        getTranslation("location.dpf-record"),
                        click -> editCertifications.accept(party, saved -> {
                            edited = saved;
                            editors.forEach(Row::showTransferFields);
                        }));
                record.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                record.addClassName("location-dpf-record");
                dpf.add(record);
            }
        }

        ProcessingLocation read() {
            return new ProcessingLocation(
                    id,
                    country.getValue(),
                    Strings.trimmedOrNull(region.getValue()),
                    mechanism.getValue(),
                    module.getValue(),
                    Strings.trimmedOrNull(derogation.getValue()),
                    Strings.trimmedOrNull(reference.getValue()));
        }
    }
}

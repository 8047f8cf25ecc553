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
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.dpatracker.core.Strings;
import org.dpatracker.processor.ProcessingLocation;
import org.dpatracker.transfer.Countries;
import org.dpatracker.transfer.TransferMechanism;

/**
 * Edits a list of processing locations. Outside the EEA each row asks for the transfer mechanism,
 * the module of the 2021 clauses, the Art. 49 point and a reference to the safeguards.
 */
public class LocationEditor extends CustomField<List<ProcessingLocation>> {

    private final Div rows = new Div();
    private final List<Row> editors = new ArrayList<>();

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
        private final IntegerField module = new IntegerField(getTranslation("location.scc-module"));
        private final TextField derogation = new TextField(getTranslation("location.derogation"));
        private final TextField reference = new TextField(getTranslation("location.reference"));
        private final Long id;

        Row(ProcessingLocation location) {
            id = location.id();
            List<String> codes = new ArrayList<>(List.of(Countries.EU));
            codes.addAll(Countries.all(getLocale()));
            country.setItems(codes);
            country.setItemLabelGenerator(code -> Countries.name(code, getLocale()));
            country.setValue(location.country());
            country.addClassName("location-country");
            region.setValue(location.region() == null ? "" : location.region());
            mechanism.setLabel(getTranslation("location.mechanism"));
            mechanism.setItems(TransferMechanism.values());
            mechanism.setEmptySelectionAllowed(true);
            mechanism.setItemLabelGenerator(m -> m == null ? "" : getTranslation("mechanism." + m.name()));
            mechanism.setValue(location.mechanism());
            module.setMin(1);
            module.setMax(4);
            module.setValue(location.sccModule());
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
            add(country, region, mechanism, module, derogation, reference, remove);
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

package org.dpatracker.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.dpatracker.core.Strings;
import org.dpatracker.core.ui.DateField;
import org.dpatracker.organisation.Certification;
import org.dpatracker.organisation.CertificationKind;

/** Edits an organisation's certifications: kind, exact label, issuer, valid until, reference. */
class CertificationEditor extends CustomField<List<Certification>> {

    private final Div rows = new Div();
    private final List<Row> editors = new ArrayList<>();

    CertificationEditor(String label) {
        setLabel(label);
        Button add = new Button(getTranslation("certification.add"), VaadinIcon.PLUS.create(), click -> {
            addRow(new Certification(null, CertificationKind.ISO_27001, null, null, null, null));
            updateValue();
        });
        add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        add(rows, add);
        setWidthFull();
    }

    @Override
    protected List<Certification> generateModelValue() {
        return editors.stream().map(Row::read).toList();
    }

    @Override
    protected void setPresentationValue(List<Certification> certifications) {
        rows.removeAll();
        editors.clear();
        (certifications == null ? List.<Certification>of() : certifications).forEach(this::addRow);
    }

    private void addRow(Certification certification) {
        Row row = new Row(certification);
        editors.add(row);
        rows.add(row);
    }

    /** One certification. */
    private final class Row extends HorizontalLayout {
        private final Select<CertificationKind> kind = new Select<>();
        private final TextField label = new TextField(getTranslation("certification.label"));
        private final TextField issuer = new TextField(getTranslation("certification.issuer"));
        private final DatePicker validUntil = new DateField(getTranslation("certification.valid-until-label"));
        private final TextField reference = new TextField(getTranslation("certification.reference"));
        private final Long id;

        Row(Certification certification) {
            id = certification.id();
            kind.setLabel(getTranslation("certification.kind"));
            kind.setItems(CertificationKind.values());
            kind.setItemLabelGenerator(k -> getTranslation("certification.kind." + k.name()));
            kind.setValue(certification.kind());
            label.setValue(certification.label() == null ? "" : certification.label());
            issuer.setValue(certification.issuer() == null ? "" : certification.issuer());
            validUntil.setValue(certification.validUntil());
            reference.setValue(certification.reference() == null ? "" : certification.reference());
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                editors.remove(this);
                rows.remove(this);
                updateValue();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("certification.remove"));
            add(kind, label, issuer, validUntil, reference, remove);
            setAlignItems(FlexComponent.Alignment.BASELINE);
            setWrap(true);
            kind.addValueChangeListener(change -> updateValue());
            label.addValueChangeListener(change -> updateValue());
            issuer.addValueChangeListener(change -> updateValue());
            validUntil.addValueChangeListener(change -> updateValue());
            reference.addValueChangeListener(change -> updateValue());
        }

        Certification read() {
            return new Certification(
                    id,
                    kind.getValue(),
                    Strings.trimmedOrNull(label.getValue()),
                    Strings.trimmedOrNull(issuer.getValue()),
                    validUntil.getValue(),
                    Strings.trimmedOrNull(reference.getValue()));
        }
    }
}

package org.dpatracker.processor.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import java.util.List;
import java.util.Objects;
import org.dpatracker.processor.AgreementRow;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.RegisterFilter;

/**
 * Pickers for agreements that fetch only the page the user scrolls to, filtered by what they type
 * (processor, subprocessor or subject matter), so that a register of 10,000 agreements is not loaded
 * into every dialog.
 */
public final class AgreementPicker {

    private AgreementPicker() {}

    public static ComboBox<AgreementRow> single(AgreementService agreements, String label) {
        ComboBox<AgreementRow> picker = new ComboBox<>(label);
        picker.setItems(fetch(agreements));
        picker.setItemLabelGenerator(AgreementPicker::label);
        return picker;
    }

    public static MultiSelectComboBox<AgreementRow> multiple(AgreementService agreements, String label) {
        MultiSelectComboBox<AgreementRow> picker = new MultiSelectComboBox<>(label);
        picker.setItems(fetch(agreements));
        picker.setItemLabelGenerator(AgreementPicker::label);
        return picker;
    }

    private static CallbackDataProvider.FetchCallback<AgreementRow, String> fetch(AgreementService agreements) {
        return query ->
                agreements
                        .findPage(
                                filter(query.getFilter().orElse(null)), List.of(), query.getOffset(), query.getLimit())
                        .stream();
    }

    /** What the user typed, or of a whole label typed or pasted, the processor's part. */
    private static RegisterFilter filter(String typed) {
        if (typed == null) {
            return RegisterFilter.all();
        }
        int dash = typed.indexOf(" – ");
        return RegisterFilter.text(dash < 0 ? typed : typed.substring(0, dash));
    }

    static String label(AgreementRow row) {
        return row.processorName() + " – " + Objects.toString(row.subjectMatter(), "");
    }
}

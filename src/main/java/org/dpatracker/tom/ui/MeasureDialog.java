package org.dpatracker.tom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.dpatracker.core.ui.FormDialog;
import org.dpatracker.core.ui.Notifications;
import org.dpatracker.tom.Bilingual;
import org.dpatracker.tom.TomCatalogueService;
import org.dpatracker.tom.TomMeasure;

/** Adds a measure to a catalogue ({@code measure} null) or corrects its labels; the code stays as it is. */
class MeasureDialog extends FormDialog {

    MeasureDialog(TomCatalogueService catalogues, long catalogueId, TomMeasure measure, Consumer<TomMeasure> saved) {
        setHeaderTitle(getTranslation(measure == null ? "tom.measure.add" : "tom.measure.edit"));
        TextField code = new TextField(getTranslation("tom.code"), measure == null ? "" : measure.code(), "");
        code.setReadOnly(measure != null);
        code.setHelperText(getTranslation("tom.code-help"));
        code.setId("measure-code");
        TextField groupEn = new TextField(
                getTranslation("tom.group-en"),
                text(
                        measure == null || measure.group() == null
                                ? null
                                : measure.group().en()),
                "");
        TextField groupDe = new TextField(
                getTranslation("tom.group-de"),
                text(
                        measure == null || measure.group() == null
                                ? null
                                : measure.group().de()),
                "");
        TextField nameEn = new TextField(
                getTranslation("tom.name-en"),
                measure == null ? "" : measure.name().en(),
                "");
        nameEn.setId("measure-name-en");
        TextField nameDe = new TextField(
                getTranslation("tom.name-de"),
                measure == null ? "" : measure.name().de(),
                "");
        nameDe.setId("measure-name-de");
        TextField reference =
                new TextField(getTranslation("tom.reference"), measure == null ? "" : text(measure.reference()), "");
        add(new FormLayout(code, reference, nameEn, nameDe, groupEn, groupDe));
        Button save = new Button(getTranslation("action.save"), click -> {
            Bilingual group = groupEn.isEmpty() && groupDe.isEmpty()
                    ? null
                    : new Bilingual(groupEn.getValue(), groupDe.getValue());
            TomMeasure input = new TomMeasure(
                    measure == null ? null : measure.id(),
                    measure == null ? 0 : measure.version(),
                    catalogueId,
                    code.getValue(),
                    group,
                    new Bilingual(nameEn.getValue(), nameDe.getValue()),
                    reference.isEmpty() ? null : reference.getValue().trim(),
                    measure == null ? 0 : measure.sortOrder(),
                    false);
            Notifications.attempt(this, () -> catalogues.saveMeasure(input), "tom.measure.saved", nameEn.getValue())
                    .ifPresent(result -> {
                        close();
                        saved.accept(result);
                    });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("measure-save");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("44rem");
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}

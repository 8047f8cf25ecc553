package org.dpatracker.tom.ui;

import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;
import org.dpatracker.core.ui.EntryForm;
import org.dpatracker.tom.Bilingual;
import org.dpatracker.tom.TomMeasure;

/**
 * The fields of a catalogue's measure: its code (fixed once saved), reference, name and group in both
 * languages. Public, as are its entered values, for the Binder to read and build them.
 */
public class MeasureForm extends EntryForm<MeasureForm.Entered> {

    /** What the user enters for a measure. */
    public record Entered(String code, String reference, String nameEn, String nameDe, String groupEn, String groupDe) {

        static Entered of(TomMeasure m) {
            if (m == null) {
                return new Entered(null, null, null, null, null, null);
            }
            Bilingual group = m.group() == null ? new Bilingual(null, null) : m.group();
            return new Entered(m.code(), m.reference(), m.name().en(), m.name().de(), group.en(), group.de());
        }
    }

    private final TomMeasure original;
    private final long catalogueId;

    /** Edits the labels of {@code original}, or a new measure of the catalogue when it is null. */
    MeasureForm(long catalogueId, TomMeasure original) {
        super(Entered.class);
        this.original = original;
        this.catalogueId = catalogueId;
        TextField code = new TextField(getTranslation("tom.code"));
        code.setHelperText(getTranslation("tom.code-help"));
        code.setId("measure-code");
        TextField groupEn = new TextField(getTranslation("tom.group-en"));
        TextField groupDe = new TextField(getTranslation("tom.group-de"));
        TextField nameEn = new TextField(getTranslation("tom.name-en"));
        nameEn.setId("measure-name-en");
        TextField nameDe = new TextField(getTranslation("tom.name-de"));
        nameDe.setId("measure-name-de");
        TextField reference = new TextField(getTranslation("tom.reference"));

        text("code", code);
        text("reference", reference);
        text("nameEn", nameEn);
        text("nameDe", nameDe);
        showAt("name", new BothLanguages(nameEn, nameDe));
        text("groupEn", groupEn);
        text("groupDe", groupDe);
        showAt("group", new BothLanguages(groupEn, groupDe));
        load(Entered.of(original));
        code.setReadOnly(original != null);

        add(code, reference, nameEn, nameDe, groupEn, groupDe);
    }

    /** The measure as entered, or empty while a field is invalid (the field then says why). */
    Optional<TomMeasure> read() {
        return entered()
                .map(e -> new TomMeasure(
                        original == null ? null : original.id(),
                        original == null ? 0 : original.version(),
                        catalogueId,
                        e.code(),
                        e.groupEn() == null && e.groupDe() == null ? null : new Bilingual(e.groupEn(), e.groupDe()),
                        new Bilingual(e.nameEn(), e.nameDe()),
                        e.reference(),
                        original == null ? 0 : original.sortOrder(),
                        false));
    }
}

package org.dpatracker.tom.ui;

import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;
import org.dpatracker.core.ui.EntryForm;
import org.dpatracker.tom.Bilingual;

/**
 * The fields of a new catalogue of measures: its code and its name in both languages. Public, as are its
 * entered values, for the Binder to read and build them.
 */
public class CatalogueForm extends EntryForm<CatalogueForm.Entered> {

    /** What the user enters for a catalogue. */
    public record Entered(String code, String nameEn, String nameDe) {

        Bilingual name() {
            return new Bilingual(nameEn, nameDe);
        }
    }

    CatalogueForm() {
        super(Entered.class);
        TextField code = new TextField(getTranslation("tom.code"));
        code.setHelperText(getTranslation("tom.code-help"));
        code.setId("catalogue-code");
        TextField nameEn = new TextField(getTranslation("tom.name-en"));
        nameEn.setId("catalogue-name-en");
        TextField nameDe = new TextField(getTranslation("tom.name-de"));
        nameDe.setId("catalogue-name-de");

        text("code", code);
        text("nameEn", nameEn);
        text("nameDe", nameDe);
        showAt("name", new BothLanguages(nameEn, nameDe));
        load(new Entered(null, null, null));

        add(code, nameEn, nameDe);
    }

    /** The catalogue as entered, or empty while a field is invalid (the field then says why). */
    Optional<Entered> read() {
        return entered();
    }
}

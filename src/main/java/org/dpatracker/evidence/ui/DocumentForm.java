package org.dpatracker.evidence.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;
import org.dpatracker.core.ui.DateField;
import org.dpatracker.core.ui.EntryForm;
import org.dpatracker.evidence.Document;
import org.dpatracker.evidence.DocumentDraft;
import org.dpatracker.evidence.DocumentKind;

/** What the user says about a document: kind, title, the date it bears and until when it is valid. */
class DocumentForm extends EntryForm<DocumentDraft> {

    private final DatePicker documentDate = new DateField(getTranslation("vault.date"));
    private final DatePicker validUntil = new DateField(getTranslation("vault.valid-until"));

    DocumentForm(Document previous) {
        super(DocumentDraft.class);
        ComboBox<DocumentKind> kind = new ComboBox<>(getTranslation("vault.kind"), DocumentKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("vault.kind." + k.name()));
        kind.setId("document-kind");
        TextField title = new TextField(getTranslation("vault.title"));
        title.setMaxLength(300);
        title.setId("document-title");
        documentDate.setId("document-date");
        validUntil.setId("document-valid-until");
        field("kind", kind).asRequired(getTranslation("validation.required")).bind("kind");
        trimmed("title", title)
                .asRequired(getTranslation("validation.required"))
                .bind("title");
        bind("documentDate", documentDate);
        field("validUntil", validUntil)
                .withValidator(
                        until -> until == null
                                || documentDate.getValue() == null
                                || !until.isBefore(documentDate.getValue()),
                        getTranslation("vault.valid-before-date"))
                .bind("validUntil");
        add(kind, title, documentDate, validUntil);
        load(
                previous == null
                        ? new DocumentDraft(null, null, null, null)
                        : new DocumentDraft(previous.kind(), previous.title(), null, previous.validUntil()));
    }

    Optional<DocumentDraft> read() {
        return entered();
    }
}

package org.dpatracker.evidence.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.dpatracker.core.ui.Notifications;
import org.dpatracker.evidence.Document;
import org.dpatracker.evidence.DocumentService;
import org.dpatracker.security.CurrentUser;
import org.dpatracker.security.Permission;

/** What a user may do with one version, stacked so the column stays narrow on a phone: download, new version, remove. */
class DocumentActions extends VerticalLayout {

    DocumentActions(DocumentService documents, Document document, Runnable refresh) {
        setSpacing(false);
        setPadding(false);
        if (CurrentUser.has(Permission.DOCUMENTS_EXPORT)) {
            add(DocumentDownloads.anchor(documents, document, getTranslation("vault.download")));
        }
        if (CurrentUser.has(Permission.REGISTER_EDIT)) {
            Button newVersion = new Button(
                    getTranslation("vault.new-version"),
                    click -> new DocumentDialog(documents, document.owner(), document, saved -> refresh.run()).open());
            newVersion.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            Button remove =
                    new Button(getTranslation("vault.remove"), click -> confirmRemoval(documents, document, refresh));
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            add(newVersion, remove);
        }
    }

    private void confirmRemoval(DocumentService documents, Document document, Runnable refresh) {
        ConfirmDialog confirm = new ConfirmDialog(
                getTranslation("vault.remove.title"),
                getTranslation("vault.remove.text", document.title()),
                getTranslation("vault.remove"),
                confirmed -> {
                    if (Notifications.attempt(this, () -> documents.remove(document.id()), "vault.removed")) {
                        refresh.run();
                    }
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setId("document-remove-confirm");
        confirm.open();
    }
}

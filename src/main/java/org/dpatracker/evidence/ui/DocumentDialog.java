package org.dpatracker.evidence.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.dpatracker.core.ui.FormDialog;
import org.dpatracker.evidence.Document;
import org.dpatracker.evidence.DocumentDraft;
import org.dpatracker.evidence.DocumentOwner;
import org.dpatracker.evidence.DocumentService;
import org.dpatracker.evidence.FileSizes;

/**
 * Uploads a document, or a new version of one: the file goes to a temporary file of this dialog (never
 * past the size limit), and on saving the service checks it again, detects its type and stores it.
 */
class DocumentDialog extends FormDialog {

    private final Paragraph chosen = new Paragraph();
    private final long maxBytes;
    private Path file;
    private String fileName;

    DocumentDialog(DocumentService documents, DocumentOwner owner, Document previous, Consumer<Document> saved) {
        maxBytes = documents.maxBytes();
        setHeaderTitle(
                previous == null
                        ? getTranslation("vault.upload")
                        : getTranslation("vault.new-version.title", previous.title()));
        Upload upload = new Upload(this::receive);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setId("document-file");
        chosen.setId("document-file-chosen");
        DocumentForm form = new DocumentForm(previous);
        upload.addFileRejectedListener(rejected -> form.message().show(List.of(rejected.getErrorMessage())));
        add(
                new Paragraph(getTranslation("vault.file-hint", FileSizes.format(maxBytes, getLocale()))),
                upload,
                chosen,
                form);
        addSaveButton(
                "document-save",
                form,
                () -> readWithFile(form),
                draft -> store(documents, owner, previous, draft),
                "vault.uploaded",
                DocumentDraft::title,
                saved);
        addDetachListener(detach -> discardFile());
        setWidth("40rem");
    }

    /** Runs for the upload request, outside the UI's lock: copies the bytes, then tells the UI. */
    private void receive(UploadEvent event) throws IOException {
        Path target = Files.createTempFile("dpa-upload-", ".part");
        long copied = 0;
        try (InputStream in = event.getInputStream();
                OutputStream out = Files.newOutputStream(target)) {
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = in.read(buffer)) >= 0 && copied <= maxBytes) {
                out.write(buffer, 0, read);
                copied += read;
            }
        }
        if (copied > maxBytes) {
            Files.deleteIfExists(target);
            throw new IOException("The file is larger than the limit of " + maxBytes + " bytes");
        }
        String name = event.getFileName();
        UI ui = event.getUI();
        ui.access(() -> {
            discardFile();
            file = target;
            fileName = name;
            chosen.setText(getTranslation("vault.file-chosen", name));
        });
    }

    private Optional<DocumentDraft> readWithFile(DocumentForm form) {
        Optional<DocumentDraft> draft = form.read();
        if (draft.isPresent() && file == null) {
            form.message().show(List.of(getTranslation("vault.file-missing")));
            return Optional.empty();
        }
        return draft;
    }

    private Document store(DocumentService documents, DocumentOwner owner, Document previous, DocumentDraft draft) {
        try (InputStream content = Files.newInputStream(file)) {
            return previous == null
                    ? documents.upload(owner, draft, fileName, content)
                    : documents.newVersion(previous.id(), draft, fileName, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void discardFile() {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // A temporary file; the system's clean-up removes what is left.
            }
            file = null;
        }
    }
}

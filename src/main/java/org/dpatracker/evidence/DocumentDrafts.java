package org.dpatracker.evidence;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dpatracker.core.Validation;

/** The rules for what a user says about a document, and a document's state as the history records it. */
final class DocumentDrafts {

    static final int TITLE_MAX = 300;
    static final int FILE_NAME_MAX = 255;

    private DocumentDrafts() {}

    static void validate(DocumentDraft draft, String fileName) {
        new Validation()
                .require(draft.kind() != null, "kind", "validation.required")
                .requireText(draft.title(), "title", TITLE_MAX)
                .requireText(fileName, "file", FILE_NAME_MAX)
                .require(
                        draft.validUntil() == null
                                || draft.documentDate() == null
                                || !draft.validUntil().isBefore(draft.documentDate()),
                        "validUntil",
                        "vault.valid-before-date")
                .throwIfInvalid();
    }

    static Map<String, Object> state(Document d, Instant removedAt) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("owner", d.ownerKind().name() + ":" + d.ownerId());
        state.put("documentKey", d.documentKey());
        state.put("version", d.version());
        state.put("kind", d.kind().name());
        state.put("title", d.title());
        state.put(
                "documentDate",
                d.documentDate() == null ? null : d.documentDate().toString());
        state.put("validUntil", d.validUntil() == null ? null : d.validUntil().toString());
        state.put("fileName", d.fileName());
        state.put("mediaType", d.mediaType());
        state.put("byteSize", d.byteSize());
        state.put("sha256", d.sha256());
        state.put("removedAt", removedAt == null ? null : removedAt.toString());
        return state;
    }
}

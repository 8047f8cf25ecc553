package org.dpatracker.evidence;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.dpatracker.core.InvalidInputException;
import org.dpatracker.history.ChangeRecorder;
import org.dpatracker.security.CurrentUser;
import org.dpatracker.security.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The evidence vault: files attached to agreements, organisations, audits, breaches, deletion
 * confirmations and change notices. An upload is spooled to a temporary file (hashed and measured on the
 * way, refused past the size limit), accepted by its detected content type only, and stored with a new
 * version number, never over an old one; removal only marks a document removed. Every read is checked
 * against the SHA-256. The DPO uploads and removes; whoever may export documents downloads them.
 */
@Service
public class DocumentService {

    static final String ENTITY = "document";

    private final DocumentRepository repository;
    private final DocumentOwnerQuery owners;
    private final DocumentStore store;
    private final DocumentIntegrity integrity;
    private final ChangeRecorder history;
    private final TransactionTemplate transactions;
    private final DocumentSettings settings;
    private final Clock clock;

    DocumentService(
            DocumentRepository repository,
            DocumentOwnerQuery owners,
            DocumentStore store,
            ChangeRecorder history,
            TransactionTemplate transactions,
            DocumentSettings settings,
            Clock clock) {
        this.repository = repository;
        this.owners = owners;
        this.store = store;
        this.integrity = new DocumentIntegrity(store);
        this.history = history;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    /** The largest file accepted, in bytes. */
    public long maxBytes() {
        return settings.maxSize().toBytes();
    }

    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public List<Document> ofOwner(DocumentOwner owner) {
        return repository.ofOwner(owner);
    }

    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public Optional<Document> find(long id) {
        return repository.find(id);
    }

    /** Attaches a new document to the owner, as its version 1. */
    @RolesAllowed(Permission.Names.REGISTER_EDIT)
    public Document upload(DocumentOwner owner, DocumentDraft draft, String fileName, InputStream content) {
        DocumentDrafts.validate(draft, fileName);
        return store(draft, fileName, content, () -> {
            if (!owners.exists(owner)) {
                throw new InvalidInputException("owner", "vault.owner-unknown");
            }
            return new Lineage(owner, UUID.randomUUID().toString(), 1);
        });
    }

    /** Adds a new version of the document {@code id} belongs to; the older versions stay as they are. */
    @RolesAllowed(Permission.Names.REGISTER_EDIT)
    public Document newVersion(long id, DocumentDraft draft, String fileName, InputStream content) {
        DocumentDrafts.validate(draft, fileName);
        return store(draft, fileName, content, () -> {
            Document current = repository.find(id).orElseThrow(() -> unknown(id));
            return new Lineage(current.owner(), current.documentKey(), repository.nextVersion(current.documentKey()));
        });
    }

    /** Removes the document with all its versions from view; the bytes and the history stay. */
    @RolesAllowed(Permission.Names.REGISTER_EDIT)
    @Transactional
    public void remove(long id) {
        Document document = repository.find(id).orElseThrow(() -> unknown(id));
        Instant now = now();
        List<Document> versions = repository.versions(document.documentKey());
        repository.markRemoved(document.documentKey(), CurrentUser.name(), now);
        for (Document version : versions) {
            history.updated(
                    ENTITY, version.id(), DocumentDrafts.state(version, null), DocumentDrafts.state(version, now));
        }
    }

    /** The document's bytes, refused with {@link DocumentDamagedException} when they fail the hash check. */
    @RolesAllowed(Permission.Names.DOCUMENTS_EXPORT)
    public DocumentContent open(long id) {
        Document document = transactions.execute(status -> repository.find(id)).orElseThrow(() -> unknown(id));
        return new DocumentContent(document, integrity.open(document));
    }

    /** The newest version of every document that is valid until a day up to {@code horizon}. */
    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public List<ExpiringDocument> expiringUpTo(LocalDate horizon) {
        return repository.latestValidUpTo(horizon).stream()
                .map(d -> new ExpiringDocument(d, owners.agreementOf(d.owner()).orElse(null)))
                .toList();
    }

    /** Where a new version goes: the owner, the document it belongs to and its number. */
    private record Lineage(DocumentOwner owner, String documentKey, int version) {}

    private Document store(
            DocumentDraft draft, String fileName, InputStream content, java.util.function.Supplier<Lineage> lineage) {
        // Read the upload before the transaction starts: a slow client holds no database connection.
        try (SpooledUpload upload = SpooledUpload.of(content, maxBytes())) {
            if (upload.size() == 0) {
                throw new InvalidInputException("file", "vault.empty");
            }
            String mediaType = ContentTypes.detect(upload.file(), fileName);
            if (!ContentTypes.allowed(mediaType)) {
                throw new InvalidInputException("file", "vault.type-refused", mediaType);
            }
            return transactions.execute(status -> {
                Lineage target = lineage.get();
                putContent(upload);
                Document document = new Document(
                        0,
                        target.documentKey(),
                        target.version(),
                        target.owner().kind(),
                        target.owner().id(),
                        draft.kind(),
                        draft.title().strip(),
                        draft.documentDate(),
                        draft.validUntil(),
                        fileName.strip(),
                        mediaType,
                        upload.size(),
                        upload.sha256(),
                        CurrentUser.name(),
                        now());
                long id = repository.insert(document);
                Document stored = repository.find(id).orElseThrow();
                history.inserted(ENTITY, id, DocumentDrafts.state(stored, null));
                return stored;
            });
        } catch (IOException e) {
            throw new UncheckedIOException("The upload could not be read", e);
        }
    }

    private void putContent(SpooledUpload upload) {
        try {
            store.put(upload.sha256(), upload.file());
        } catch (IOException e) {
            throw new UncheckedIOException("The document could not be stored", e);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static InvalidInputException unknown(long id) {
        return new InvalidInputException("document", "vault.unknown", id);
    }
}

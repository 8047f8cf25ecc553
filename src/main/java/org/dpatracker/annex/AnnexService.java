package org.dpatracker.annex;

import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.dpatracker.audit.AuditService;
import org.dpatracker.breach.BreachService;
import org.dpatracker.core.ExportProgress;
import org.dpatracker.core.Languages;
import org.dpatracker.core.Sha256;
import org.dpatracker.core.Validation;
import org.dpatracker.evidence.DocumentOwner;
import org.dpatracker.evidence.DocumentService;
import org.dpatracker.history.ChangeRecorder;
import org.dpatracker.organisation.SeatTimeZone;
import org.dpatracker.pdf.FontSet;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.retention.RetentionService;
import org.dpatracker.security.CurrentUser;
import org.dpatracker.security.Permission;
import org.dpatracker.tom.TomCatalogueService;
import org.dpatracker.tom.TomChecklistService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Art. 28 annex PDFs: generated from the register, archived unchanged with their SHA-256 and a
 * version number per agreement and language, listed, downloaded (the bytes are checked against the
 * hash on every read), compared ("what changed since version N") and exported in bulk as a ZIP.
 * A new version is made only when the facts it shows changed. Auditors and the DPO only.
 */
@Service
public class AnnexService {

    static final String ENTITY = "annex";
    private final AgreementService agreements;
    private final TomChecklistService checklists;
    private final TomCatalogueService catalogues;
    private final AuditService audits;
    private final BreachService breaches;
    private final RetentionService retention;
    private final DocumentService documents;
    private final AnnexRepository repository;
    private final ChangeRecorder history;
    private final FontSet fonts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AnnexService(
            AgreementService agreements,
            TomChecklistService checklists,
            TomCatalogueService catalogues,
            AuditService audits,
            BreachService breaches,
            RetentionService retention,
            DocumentService documents,
            AnnexRepository repository,
            ChangeRecorder history,
            FontSet fonts,
            ApplicationEventPublisher events,
            Clock clock) {
        this.agreements = agreements;
        this.checklists = checklists;
        this.catalogues = catalogues;
        this.audits = audits;
        this.breaches = breaches;
        this.retention = retention;
        this.documents = documents;
        this.repository = repository;
        this.history = history;
        this.fonts = fonts;
        this.events = events;
        this.clock = clock;
    }

    /** The newest annex in the language, generated and archived first if the facts changed since. */
    @RolesAllowed(Permission.Names.DOCUMENTS_EXPORT)
    @Transactional
    public AnnexVersion current(long agreementId, String language) {
        Locale locale = Languages.of(language);
        AnnexContent content = content(agreementId);
        AnnexModel model = AnnexComposer.compose(content, locale);
        String fingerprint = sha256(String.join("\u0000", model.texts()).getBytes(StandardCharsets.UTF_8));
        Optional<AnnexVersion> latest = repository.latest(agreementId, locale.getLanguage());
        if (latest.isPresent() && latest.get().fingerprint().equals(fingerprint)) {
            return latest.get();
        }
        int version = repository.nextVersion(agreementId, locale.getLanguage());
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        AnnexStamp stamp = new AnnexStamp(version, UUID.randomUUID().toString(), generator(), now);
        byte[] pdf = AnnexPdf.render(model, stamp, locale, controllerClock(content), fonts);
        AnnexVersion archived = new AnnexVersion(
                0,
                agreementId,
                locale.getLanguage(),
                version,
                stamp.documentId(),
                sha256(pdf),
                fingerprint,
                pdf.length,
                pageCount(pdf),
                stamp.generatedBy(),
                now);
        long id = repository.insert(archived, AnnexSnapshot.write(AnnexSnapshot.of(content)), pdf);
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("agreementId", agreementId);
        state.put("language", archived.language());
        state.put("version", version);
        state.put("documentId", archived.documentId());
        state.put("sha256", archived.sha256());
        history.inserted(ENTITY, id, state);
        events.publishEvent(
                new AnnexVersionCreated(id, agreementId, archived.language(), version, archived.documentId()));
        return repository.findByDocumentId(stamp.documentId()).orElseThrow();
    }

    @RolesAllowed(Permission.Names.DOCUMENTS_EXPORT)
    @Transactional(readOnly = true)
    public List<AnnexVersion> versions(long agreementId) {
        return repository.versions(agreementId);
    }

    /** The archived bytes; refused if they no longer match the hash recorded when they were made. */
    @RolesAllowed(Permission.Names.DOCUMENTS_EXPORT)
    @Transactional(readOnly = true)
    public byte[] content(AnnexVersion version) {
        byte[] bytes = repository.content(version.id()).orElseThrow();
        if (!sha256(bytes).equals(version.sha256())) {
            throw new IllegalStateException("Annex " + version.documentId() + " does not match its recorded SHA-256");
        }
        return bytes;
    }

    @RolesAllowed(Permission.Names.DOCUMENTS_EXPORT)
    @Transactional(readOnly = true)
    public Optional<AnnexVersion> byDocumentId(String documentId) {
        return repository.findByDocumentId(documentId);
    }

    /** What changed from version {@code from} to the newest version in the same language. */
    @RolesAllowed(Permission.Names.DOCUMENTS_EXPORT)
    @Transactional(readOnly = true)
    public AnnexDiff changesSince(long agreementId, String language, int from) {
        AnnexVersion old = repository.find(agreementId, language, from).orElse(null);
        AnnexVersion latest = repository.latest(agreementId, language).orElse(null);
        new Validation()
                .require(old != null && latest != null, "version", "annex.validation.version")
                .throwIfInvalid();
        return AnnexDiff.between(
                old.version(),
                AnnexSnapshot.read(repository.snapshot(old.id())),
                latest.version(),
                AnnexSnapshot.read(repository.snapshot(latest.id())));
    }

    /** The current annexes of the given agreements, one PDF each, in a ZIP. */
    @RolesAllowed(Permission.Names.DOCUMENTS_EXPORT)
    @Transactional
    public byte[] zip(List<Long> agreementIds, String language) {
        return zip(agreementIds, language, ExportProgress.unwatched());
    }

    /**
     * Like {@link #zip(List, String)}, counting each annex in {@code progress}; cancelled there, it stops and the
     * versions it archived so far are rolled back.
     */
    @RolesAllowed(Permission.Names.DOCUMENTS_EXPORT)
    @Transactional
    public byte[] zip(List<Long> agreementIds, String language, ExportProgress progress) {
        new Validation()
                .require(!agreementIds.isEmpty(), "agreements", "annex.validation.none-selected")
                .throwIfInvalid();
        progress.start(agreementIds.size());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (long id : agreementIds) {
                AnnexVersion version = current(id, language);
                zip.putNextEntry(new ZipEntry(version.fileName()));
                zip.write(content(version));
                zip.closeEntry();
                progress.advance();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Renders without archiving, for previews and the benchmark. */
    @RolesAllowed(Permission.Names.DOCUMENTS_EXPORT)
    @Transactional(readOnly = true)
    public byte[] render(long agreementId, String language) {
        Locale locale = Languages.of(language);
        AnnexContent content = content(agreementId);
        return AnnexPdf.render(
                AnnexComposer.compose(content, locale),
                new AnnexStamp(0, "preview", CurrentUser.name(), clock.instant()),
                locale,
                controllerClock(content),
                fonts);
    }

    /** The time zone of the controller's seat, which the annex is dated in. */
    private static ZoneId controllerClock(AnnexContent content) {
        return SeatTimeZone.orUtc(content.detail().controller());
    }

    /** The user's name and login, e.g. "Ari Auditor (auditor)". */
    private static String generator() {
        return CurrentUser.principal()
                .map(p -> p.displayName() + " (" + p.username() + ")")
                .orElse(CurrentUser.name());
    }

    /** Everything the annex shows, read with the caller's rights. */
    AnnexContent content(long agreementId) {
        var detail = agreements.detail(agreementId).orElse(null);
        new Validation()
                .require(detail != null, "agreementId", "validation.required")
                .throwIfInvalid();
        new Validation()
                .require(
                        detail.agreement().relationship().isProcessor(),
                        "agreementId",
                        "annex.validation.not-processor")
                .throwIfInvalid();
        return new AnnexContent(
                detail,
                catalogues.findAll(),
                checklists.ofAgreement(agreementId),
                audits.rightsOf(agreementId),
                breaches.dutyOf(agreementId),
                retention.rulesOf(agreementId),
                retention.endOf(agreementId),
                documents.ofOwner(DocumentOwner.agreement(agreementId)));
    }

    private static int pageCount(byte[] pdf) {
        try (var document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        return Sha256.hex(bytes);
    }
}

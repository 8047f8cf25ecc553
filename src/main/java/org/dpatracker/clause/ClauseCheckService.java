package org.dpatracker.clause;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.dpatracker.core.ConcurrentEditException;
import org.dpatracker.core.InvalidInputException;
import org.dpatracker.evidence.Document;
import org.dpatracker.evidence.DocumentService;
import org.dpatracker.evidence.OwnerKind;
import org.dpatracker.history.ChangeRecorder;
import org.dpatracker.security.CurrentUser;
import org.dpatracker.security.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The clause checker: reads an agreement's document with the rule pack and keeps what it finds as proposals;
 * only the DPO's accept fills a value into the register (through the service that owns it), and a reject
 * keeps it out. Every step is in the change history. The DPO only: all methods need the register-edit
 * permission, which no other role holds.
 */
@Service
public class ClauseCheckService {

    static final String ENTITY = "clause-finding";

    private final ClauseFindingRepository repository;
    private final DocumentService documents;
    private final ClauseApplication application;
    private final ChangeRecorder history;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final RulePack pack = RulePack.standard();

    ClauseCheckService(
            ClauseFindingRepository repository,
            DocumentService documents,
            ClauseApplication application,
            ChangeRecorder history,
            TransactionTemplate transactions,
            Clock clock) {
        this.repository = repository;
        this.documents = documents;
        this.application = application;
        this.history = history;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The name and version of the rule pack, e.g. "dpa-clauses v1". */
    @RolesAllowed(Permission.Names.REGISTER_EDIT)
    public String rulePack() {
        return pack.name() + " v" + pack.version();
    }

    /** Why a transfer mechanism a rule finds is no longer valid, or null for every other rule. */
    @RolesAllowed(Permission.Names.REGISTER_EDIT)
    public String invalidBecause(String ruleId) {
        return pack.rule(ruleId).map(ClauseRule::invalidBecause).orElse(null);
    }

    /**
     * Reads the document and replaces its open proposals with what the rules find now; decided findings
     * stay. The text is read in full before anything is stored: a file that cannot be read changes nothing.
     */
    @RolesAllowed(Permission.Names.REGISTER_EDIT)
    public List<StoredFinding> check(long documentId) {
        Document document = agreementDocument(documentId);
        List<ClauseFinding> found = new ClauseScanner(pack).scan(text(document).pages());
        return transactions.execute(status -> {
            List<StoredFinding> before = repository.ofDocument(documentId);
            for (StoredFinding old : before) {
                if (old.isProposed()) {
                    repository.delete(old.id());
                    history.deleted(ENTITY, old.id(), old.historyState());
                }
            }
            Instant now = now();
            for (ClauseFinding finding : found) {
                boolean decided = before.stream()
                        .anyMatch(old -> !old.isProposed()
                                && old.ruleId().equals(finding.ruleId())
                                && old.value().equals(finding.value())
                                && old.page() == finding.page());
                if (!decided) {
                    long id = repository.insert(document.ownerId(), documentId, rulePack(), finding, now);
                    history.inserted(
                            ENTITY, id, repository.find(id).orElseThrow().historyState());
                }
            }
            return repository.ofDocument(documentId);
        });
    }

    @RolesAllowed(Permission.Names.REGISTER_EDIT)
    @Transactional(readOnly = true)
    public List<StoredFinding> findings(long documentId) {
        return repository.ofDocument(documentId);
    }

    /** The document's text page by page, to read the findings beside. */
    @RolesAllowed(Permission.Names.REGISTER_EDIT)
    public ExtractedText pages(long documentId) {
        return text(agreementDocument(documentId));
    }

    @RolesAllowed(Permission.Names.REGISTER_EDIT)
    @Transactional(readOnly = true)
    public Document document(long documentId) {
        return agreementDocument(documentId);
    }

    /** Fills {@code value} (the finding's, or the DPO's correction) into the register and marks the finding accepted. */
    @RolesAllowed(Permission.Names.REGISTER_EDIT)
    @Transactional
    public StoredFinding accept(long findingId, int version, String value) {
        StoredFinding finding = proposed(findingId, version);
        String checked = AppliedValues.checked(finding.target(), value);
        String appliedTo = application.apply(finding, checked, agreementDocument(finding.documentId()));
        return decide(finding, FindingStatus.ACCEPTED, checked, appliedTo);
    }

    @RolesAllowed(Permission.Names.REGISTER_EDIT)
    @Transactional
    public StoredFinding reject(long findingId, int version) {
        return decide(proposed(findingId, version), FindingStatus.REJECTED, null, null);
    }

    private StoredFinding proposed(long findingId, int version) {
        StoredFinding finding = repository
                .find(findingId)
                .orElseThrow(() -> new InvalidInputException("finding", "clause.finding-unknown"));
        if (!finding.isProposed() || finding.version() != version) {
            throw new ConcurrentEditException(ENTITY, findingId);
        }
        return finding;
    }

    private StoredFinding decide(StoredFinding f, FindingStatus status, String value, String appliedTo) {
        StoredFinding decided = new StoredFinding(
                f.id(),
                f.agreementId(),
                f.documentId(),
                f.rulePack(),
                f.ruleId(),
                f.target(),
                f.value(),
                f.quote(),
                f.page(),
                f.confidence(),
                status,
                value,
                appliedTo,
                CurrentUser.name(),
                now(),
                f.foundAt(),
                f.version());
        if (!repository.decide(decided)) {
            throw new ConcurrentEditException(ENTITY, f.id());
        }
        StoredFinding stored = repository.find(f.id()).orElseThrow();
        history.updated(ENTITY, f.id(), f.historyState(), stored.historyState());
        return stored;
    }

    private Document agreementDocument(long documentId) {
        return documents
                .find(documentId)
                .filter(d -> d.ownerKind() == OwnerKind.AGREEMENT)
                .orElseThrow(() -> new InvalidInputException("document", "vault.unknown", documentId));
    }

    private ExtractedText text(Document document) {
        try (InputStream content = documents.open(document.id()).stream()) {
            return TextExtractor.extract(document.mediaType(), content);
        } catch (IOException e) {
            throw new UncheckedIOException("The document could not be read", e);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}

package org.dpatracker.deadline;

import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dpatracker.audit.AuditOverview;
import org.dpatracker.audit.AuditService;
import org.dpatracker.audit.OpenAction;
import org.dpatracker.breach.Breach;
import org.dpatracker.breach.BreachClock;
import org.dpatracker.breach.BreachService;
import org.dpatracker.evidence.DocumentService;
import org.dpatracker.evidence.ExpiringDocument;
import org.dpatracker.notice.ChangeNoticeService;
import org.dpatracker.notice.NoticeDeadline;
import org.dpatracker.processor.AgreementDates;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.CertificateDue;
import org.dpatracker.records.ProcessingActivity;
import org.dpatracker.records.RecordFilter;
import org.dpatracker.records.RecordService;
import org.dpatracker.retention.AgreementEnd;
import org.dpatracker.retention.RetentionService;
import org.dpatracker.retention.RetentionTrigger;
import org.dpatracker.retention.ScheduledRule;
import org.dpatracker.security.Permission;
import org.dpatracker.transfer.AdequacyDecision;
import org.dpatracker.transfer.AdequacyService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything across the register that falls due, overdue first: 72-hour clocks of breaches,
 * informing data subjects of high-risk breaches, deletion dues and missing deletion confirmations,
 * objection deadlines of subprocessor notices, audits and remediation actions, reviews of records and
 * agreements, the end of agreements' terms, expiring certificates (the DPF certification too) and documents in the evidence
 * vault, and the
 * adequacy list's re-verification and sunset dates.
 */
@Service
public class UpcomingDeadlines {

    private final BreachService breaches;
    private final RetentionService retention;
    private final ChangeNoticeService notices;
    private final AuditService audits;
    private final RecordService records;
    private final AgreementService agreements;
    private final AdequacyService adequacy;
    private final DocumentService documents;

    UpcomingDeadlines(
            BreachService breaches,
            RetentionService retention,
            ChangeNoticeService notices,
            AuditService audits,
            RecordService records,
            AgreementService agreements,
            AdequacyService adequacy,
            DocumentService documents) {
        this.breaches = breaches;
        this.retention = retention;
        this.notices = notices;
        this.audits = audits;
        this.records = records;
        this.agreements = agreements;
        this.adequacy = adequacy;
        this.documents = documents;
    }

    /** The instant the deadlines are computed against. */
    public Instant now() {
        return breaches.now();
    }

    /** What is overdue, and what falls due within {@code days} days. */
    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public List<Deadline> within(int days) {
        Instant now = breaches.now();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Dated dated = new Dated(today, today.plusDays(days), retention.processorNames());
        for (Breach breach : breaches.findOpen()) {
            String processor = breach.agreementId() == null ? null : dated.names.get(breach.agreementId());
            if (BreachClock.authorityMustBeNotified(breach.risk()) && breach.authorityNotifiedAt() == null) {
                dated.all.add(new Deadline(
                        DeadlineKind.BREACH_AUTHORITY,
                        "breach:" + breach.id(),
                        breach.authorityDeadline(),
                        null,
                        breach.agreementId(),
                        processor,
                        breach.id(),
                        null,
                        breach.nature(),
                        breach.authorityDeadline().isBefore(now)));
            }
            if (BreachClock.subjectsMustBeInformed(
                    breach.risk(), breach.subjectsInformedAt(), breach.subjectsExemption())) {
                dated.all.add(new Deadline(
                        DeadlineKind.BREACH_SUBJECTS,
                        "breach:" + breach.id(),
                        breach.awareAt(),
                        null,
                        breach.agreementId(),
                        processor,
                        breach.id(),
                        null,
                        breach.nature(),
                        true));
            }
        }
        Set<Long> confirmed = retention.allEnds().stream()
                .filter(e -> e.confirmedOn() != null)
                .map(AgreementEnd::agreementId)
                .collect(Collectors.toSet());
        for (ScheduledRule scheduled : retention.allRules()) {
            long agreementId = scheduled.rule().agreementId();
            if (scheduled.rule().trigger() == RetentionTrigger.END_OF_CONTRACT && confirmed.contains(agreementId)) {
                continue;
            }
            String rule = "retention-rule:" + scheduled.rule().id();
            String category = scheduled.rule().dataCategory();
            dated.add(DeadlineKind.DELETION, rule, scheduled.deletionDue(), agreementId, category);
            dated.add(DeadlineKind.BACKUP_DELETION, rule, scheduled.backupDeletionDue(), agreementId, category);
        }
        for (AgreementEnd end : retention.allEnds()) {
            if (end.confirmedOn() == null) {
                dated.add(
                        DeadlineKind.DELETION_CONFIRMATION,
                        "agreement-end:" + end.agreementId(),
                        end.dueOn(),
                        end.agreementId(),
                        end.choice().name());
            }
        }
        for (NoticeDeadline notice : notices.openDeadlines()) {
            dated.add(
                    DeadlineKind.OBJECTION,
                    "notice:" + notice.noticeId(),
                    notice.deadline(),
                    notice.agreementId(),
                    notice.proposedName());
        }
        for (AuditOverview overview : audits.overview()) {
            dated.add(
                    DeadlineKind.AUDIT,
                    "audits:" + overview.agreementId(),
                    overview.calendar().nextDue(),
                    overview.agreementId(),
                    null);
        }
        for (OpenAction action : audits.openActions()) {
            dated.add(
                    DeadlineKind.REMEDIATION_ACTION,
                    "action:" + action.action().id(),
                    action.action().dueOn(),
                    action.agreementId(),
                    action.action().description());
        }
        for (ProcessingActivity activity : records.findAll(RecordFilter.all())) {
            if (activity.reviewDue() != null && !activity.reviewDue().isAfter(dated.horizon)) {
                dated.all.add(new Deadline(
                        DeadlineKind.RECORD_REVIEW,
                        "record:" + activity.id(),
                        null,
                        activity.reviewDue(),
                        null,
                        null,
                        null,
                        activity.id(),
                        activity.name(),
                        activity.reviewOverdue(today)));
            }
        }
        for (AgreementDates agreement : agreements.datesUpTo(dated.horizon)) {
            String object = "agreement:" + agreement.agreementId();
            dated.add(DeadlineKind.AGREEMENT_REVIEW, object, agreement.nextReview(), agreement.agreementId(), null);
            dated.add(DeadlineKind.AGREEMENT_END, object, agreement.validUntil(), agreement.agreementId(), null);
        }
        for (CertificateDue certificate : agreements.certificatesUpTo(dated.horizon)) {
            dated.add(
                    DeadlineKind.CERTIFICATE_EXPIRY,
                    "certificate:" + certificate.certificationId(),
                    certificate.validUntil(),
                    certificate.agreementId(),
                    certificate.organisationName() + ": "
                            + (certificate.label() == null ? certificate.kind().name() : certificate.label()));
        }
        for (ExpiringDocument expiring : documents.expiringUpTo(dated.horizon)) {
            dated.add(
                    DeadlineKind.DOCUMENT_EXPIRY,
                    "document:" + expiring.document().documentKey(),
                    expiring.document().validUntil(),
                    expiring.agreementId(),
                    expiring.document().title());
        }
        for (AdequacyDecision decision : adequacy.findAll()) {
            String object = "adequacy:" + decision.country();
            dated.add(
                    DeadlineKind.ADEQUACY_REVIEW,
                    object,
                    decision.verifiedOn() == null
                            ? today
                            : decision.verifiedOn().plus(AdequacyDecision.VERIFY_AGAIN_AFTER),
                    null,
                    decision.country());
            dated.add(DeadlineKind.ADEQUACY_SUNSET, object, decision.validUntil(), null, decision.country());
        }
        dated.all.sort(Comparator.comparing((Deadline d) -> !d.overdue()).thenComparing(Deadline::sortKey));
        return dated.all;
    }

    /** Collects the deadlines that fall on a day up to the horizon. */
    private static final class Dated {

        private final List<Deadline> all = new ArrayList<>();
        private final LocalDate today;
        private final LocalDate horizon;
        private final Map<Long, String> names;

        private Dated(LocalDate today, LocalDate horizon, Map<Long, String> names) {
            this.today = today;
            this.horizon = horizon;
            this.names = names;
        }

        private void add(DeadlineKind kind, String object, LocalDate due, Long agreementId, String subject) {
            if (due != null && !due.isAfter(horizon)) {
                all.add(new Deadline(
                        kind,
                        object,
                        null,
                        due,
                        agreementId,
                        agreementId == null ? null : names.get(agreementId),
                        null,
                        null,
                        subject,
                        due.isBefore(today)));
            }
        }
    }
}

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
import org.dpatracker.notice.ChangeNoticeService;
import org.dpatracker.notice.NoticeDeadline;
import org.dpatracker.records.ProcessingActivity;
import org.dpatracker.records.RecordFilter;
import org.dpatracker.records.RecordService;
import org.dpatracker.retention.AgreementEnd;
import org.dpatracker.retention.RetentionService;
import org.dpatracker.retention.RetentionTrigger;
import org.dpatracker.retention.ScheduledRule;
import org.dpatracker.security.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything across the register that falls due, overdue first: 72-hour clocks of breaches,
 * informing data subjects of high-risk breaches, deletion dues and missing deletion confirmations,
 * objection deadlines of subprocessor notices, audits and remediation actions.
 */
@Service
public class UpcomingDeadlines {

    private final BreachService breaches;
    private final RetentionService retention;
    private final ChangeNoticeService notices;
    private final AuditService audits;
    private final RecordService records;

    UpcomingDeadlines(
            BreachService breaches,
            RetentionService retention,
            ChangeNoticeService notices,
            AuditService audits,
            RecordService records) {
        this.breaches = breaches;
        this.retention = retention;
        this.notices = notices;
        this.audits = audits;
        this.records = records;
    }

    /** What is overdue, and what falls due within {@code days} days. */
    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public List<Deadline> within(int days) {
        Instant now = breaches.now();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate horizon = today.plusDays(days);
        Map<Long, String> names = retention.processorNames();
        List<Deadline> all = new ArrayList<>();
        for (Breach breach : breaches.findOpen()) {
            String processor = breach.agreementId() == null ? null : names.get(breach.agreementId());
            if (BreachClock.authorityMustBeNotified(breach.risk()) && breach.authorityNotifiedAt() == null) {
                all.add(new Deadline(
                        DeadlineKind.BREACH_AUTHORITY,
                        breach.authorityDeadline(),
                        null,
                        breach.agreementId(),
                        processor,
                        breach.id(),
                        breach.nature(),
                        breach.authorityDeadline().isBefore(now)));
            }
            if (BreachClock.subjectsMustBeInformed(
                    breach.risk(), breach.subjectsInformedAt(), breach.subjectsExemption())) {
                all.add(new Deadline(
                        DeadlineKind.BREACH_SUBJECTS,
                        breach.awareAt(),
                        null,
                        breach.agreementId(),
                        processor,
                        breach.id(),
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
            dated(
                    all,
                    DeadlineKind.DELETION,
                    scheduled.deletionDue(),
                    agreementId,
                    names,
                    scheduled.rule().dataCategory(),
                    today,
                    horizon);
            dated(
                    all,
                    DeadlineKind.BACKUP_DELETION,
                    scheduled.backupDeletionDue(),
                    agreementId,
                    names,
                    scheduled.rule().dataCategory(),
                    today,
                    horizon);
        }
        for (AgreementEnd end : retention.allEnds()) {
            if (end.confirmedOn() == null) {
                dated(
                        all,
                        DeadlineKind.DELETION_CONFIRMATION,
                        end.dueOn(),
                        end.agreementId(),
                        names,
                        end.choice().name(),
                        today,
                        horizon);
            }
        }
        for (NoticeDeadline notice : notices.openDeadlines()) {
            dated(
                    all,
                    DeadlineKind.OBJECTION,
                    notice.deadline(),
                    notice.agreementId(),
                    names,
                    notice.proposedName(),
                    today,
                    horizon);
        }
        for (AuditOverview overview : audits.overview()) {
            dated(
                    all,
                    DeadlineKind.AUDIT,
                    overview.calendar().nextDue(),
                    overview.agreementId(),
                    names,
                    null,
                    today,
                    horizon);
        }
        for (OpenAction action : audits.openActions()) {
            dated(
                    all,
                    DeadlineKind.REMEDIATION_ACTION,
                    action.action().dueOn(),
                    action.agreementId(),
                    names,
                    action.action().description(),
                    today,
                    horizon);
        }
        for (ProcessingActivity activity : records.findAll(RecordFilter.all())) {
            if (activity.reviewDue() != null && !activity.reviewDue().isAfter(horizon)) {
                all.add(new Deadline(
                        DeadlineKind.RECORD_REVIEW,
                        null,
                        activity.reviewDue(),
                        null,
                        null,
                        null,
                        activity.name(),
                        activity.reviewOverdue(today)));
            }
        }
        all.sort(Comparator.comparing((Deadline d) -> !d.overdue()).thenComparing(Deadline::sortKey));
        return all;
    }

    private static void dated(
            List<Deadline> all,
            DeadlineKind kind,
            LocalDate due,
            long agreementId,
            Map<Long, String> names,
            String subject,
            LocalDate today,
            LocalDate horizon) {
        if (due != null && !due.isAfter(horizon)) {
            all.add(new Deadline(
                    kind, null, due, agreementId, names.get(agreementId), null, subject, due.isBefore(today)));
        }
    }
}

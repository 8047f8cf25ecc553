package org.dpatracker.cloning;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dpatracker.audit.AuditRights;
import org.dpatracker.audit.AuditService;
import org.dpatracker.breach.BreachDuty;
import org.dpatracker.breach.BreachService;
import org.dpatracker.contract.ContractCheck;
import org.dpatracker.contract.ContractCheckService;
import org.dpatracker.core.Validation;
import org.dpatracker.processor.Agreement;
import org.dpatracker.processor.AgreementDetail;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.AgreementStatus;
import org.dpatracker.processor.ProcessingLocation;
import org.dpatracker.processor.Subprocessor;
import org.dpatracker.processor.SubprocessorService;
import org.dpatracker.retention.RetentionRule;
import org.dpatracker.retention.RetentionService;
import org.dpatracker.retention.ScheduledRule;
import org.dpatracker.security.Permission;
import org.dpatracker.tom.TomChecklist;
import org.dpatracker.tom.TomChecklistService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Copies an agreement for another controller of the group (Art. 28(3) GDPR: each controller needs its
 * own contract), as a new draft: the current subprocessors with their locations and transfer facts, the
 * subprocessor terms, the measure checklists, the Art. 28(3) checklist, the breach duties, the audit
 * rights and the retention rules. Every part is saved through its feature's service, so each is
 * validated and recorded in the history as if entered by hand; one transaction: all or nothing.
 */
@Service
public class AgreementCloneService {

    private final AgreementService agreements;
    private final SubprocessorService subprocessors;
    private final TomChecklistService measures;
    private final ContractCheckService contract;
    private final BreachService breaches;
    private final AuditService audits;
    private final RetentionService retention;
    private final Clock clock;

    AgreementCloneService(
            AgreementService agreements,
            SubprocessorService subprocessors,
            TomChecklistService measures,
            ContractCheckService contract,
            BreachService breaches,
            AuditService audits,
            RetentionService retention,
            Clock clock) {
        this.agreements = agreements;
        this.subprocessors = subprocessors;
        this.measures = measures;
        this.contract = contract;
        this.breaches = breaches;
        this.audits = audits;
        this.retention = retention;
        this.clock = clock;
    }

    /** The copy for {@code controllerId}, with the same processor unless {@code processorId} names another. */
    @RolesAllowed(Permission.Names.REGISTER_EDIT)
    @Transactional
    public ClonedAgreement cloneFor(long sourceId, long controllerId, Long processorId) {
        AgreementDetail source = agreements.detail(sourceId).orElse(null);
        new Validation()
                .require(source != null, "source", "validation.required")
                .throwIfInvalid();
        Agreement original = source.agreement();
        new Validation()
                .require(original.controllerId() != controllerId, "controllerId", "clone.validation.same-controller")
                .throwIfInvalid();
        Agreement copy = agreements.save(new Agreement(
                null,
                0,
                controllerId,
                processorId == null ? original.processorId() : processorId,
                AgreementStatus.DRAFT,
                original.nextReview(),
                original.processing(),
                original.document(),
                original.subprocessorTerms(),
                original.ownPurposeUse(),
                original.ownPurposeClause(),
                original.source(),
                fresh(original.locations()),
                original.relationship(),
                original.jointArrangement()));
        long id = copy.id();
        Map<Long, Long> copied = copySubprocessors(sourceId, id);
        int measureCount = copyChecklists(sourceId, id, copied);
        int points = 0;
        for (ContractCheck check : contract.ofAgreement(sourceId)) {
            if (!check.isNew()) {
                contract.save(new ContractCheck(
                        id, check.point(), check.status(), check.clauseReference(), check.quote(), -1));
                points++;
            }
        }
        copyDutiesAndRights(sourceId, id);
        int rules = 0;
        for (ScheduledRule scheduled : retention.rulesOf(sourceId)) {
            RetentionRule rule = scheduled.rule();
            retention.saveRule(new RetentionRule(
                    null,
                    0,
                    id,
                    rule.dataCategory(),
                    rule.period(),
                    rule.trigger(),
                    rule.customEvent(),
                    rule.criteria(),
                    rule.triggerDate(),
                    rule.backupPeriod(),
                    rule.legalHold(),
                    rule.legalHoldReason(),
                    rule.source()));
            rules++;
        }
        return new ClonedAgreement(id, copied.size(), measureCount, points, rules);
    }

    /** Today's subprocessors, parents before the ones they engaged; the map leads from old ids to new. */
    private Map<Long, Long> copySubprocessors(long sourceId, long targetId) {
        List<Subprocessor> pending = new ArrayList<>(subprocessors.listAsOf(sourceId, LocalDate.now(clock)));
        Map<Long, Long> copied = new HashMap<>();
        boolean progress = true;
        while (!pending.isEmpty() && progress) {
            progress = false;
            for (Subprocessor s : List.copyOf(pending)) {
                if (s.parentId() == null || copied.containsKey(s.parentId())) {
                    Subprocessor saved = subprocessors.save(new Subprocessor(
                            null,
                            0,
                            targetId,
                            s.parentId() == null ? null : copied.get(s.parentId()),
                            s.organisationId(),
                            s.service(),
                            s.affiliate(),
                            s.addedOn(),
                            s.approval(),
                            fresh(s.locations())));
                    copied.put(s.id(), saved.id());
                    pending.remove(s);
                    progress = true;
                }
            }
        }
        return copied;
    }

    private int copyChecklists(long sourceId, long targetId, Map<Long, Long> copied) {
        int count = 0;
        for (TomChecklist checklist : measures.ofAgreement(sourceId)) {
            if (checklist.subprocessorId() == null || copied.containsKey(checklist.subprocessorId())) {
                Long party = checklist.subprocessorId() == null ? null : copied.get(checklist.subprocessorId());
                count +=
                        measures.copy(checklist.id(), targetId, party).entries().size();
            }
        }
        return count;
    }

    private void copyDutiesAndRights(long sourceId, long targetId) {
        BreachDuty duty = breaches.dutyOf(sourceId);
        if (!duty.isNew()) {
            breaches.saveDuty(new BreachDuty(
                    targetId,
                    duty.noticeHours(),
                    duty.noticeWording(),
                    duty.channel(),
                    duty.contact(),
                    duty.requiredContents(),
                    duty.supportsController(),
                    duty.mayNotify(),
                    duty.clauseReference(),
                    -1,
                    duty.onlyWhenNotifiable()));
        }
        AuditRights rights = audits.rightsOf(sourceId);
        if (!rights.isNew()) {
            audits.saveRights(new AuditRights(
                    targetId,
                    rights.onSite(),
                    rights.maxAudits(),
                    rights.period(),
                    rights.noticeDays(),
                    rights.costBearer(),
                    rights.acceptsCertificates(),
                    rights.acceptsCodesOfConduct(),
                    rights.acceptsCertification(),
                    rights.acceptsThirdPartyReports(),
                    rights.extraAfterIncidents(),
                    rights.intervalMonths(),
                    rights.clauseReference(),
                    -1));
        }
    }

    /** The same locations as new rows: the copy keeps its own location history. */
    private static List<ProcessingLocation> fresh(List<ProcessingLocation> locations) {
        return locations.stream().map(ProcessingLocation::withoutId).toList();
    }
}

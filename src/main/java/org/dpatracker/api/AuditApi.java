package org.dpatracker.api;

import static org.dpatracker.api.Representations.fields;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.dpatracker.audit.Audit;
import org.dpatracker.audit.AuditCalendar;
import org.dpatracker.audit.AuditOverview;
import org.dpatracker.audit.AuditRights;
import org.dpatracker.audit.AuditService;
import org.dpatracker.audit.Finding;
import org.dpatracker.audit.OpenAction;
import org.dpatracker.audit.RemediationAction;
import org.dpatracker.audit.Severity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Audit rights of an agreement, its audits with findings and remediation actions, and the audit overview. */
@RestController
@Tag(name = "Audits", description = "Audit rights, audits, findings and remediation actions")
class AuditApi {

    private static final String AGREEMENT = "/api/v1/agreements/{agreementId}";

    private final AuditService audits;
    private final RecordWrites<AuditRights> rights;
    private final RecordWrites<Audit> audit;
    private final RecordWrites<RemediationAction> actions;

    AuditApi(AuditService audits, Representations json) {
        this.audits = audits;
        this.rights = new RecordWrites<>(json, AuditRights.class, AuditRights::version);
        this.audit = new RecordWrites<>(json, Audit.class, Audit::version);
        this.actions = new RecordWrites<>(json, RemediationAction.class, RemediationAction::version);
    }

    @GetMapping("/api/v1/audits")
    @Operation(summary = "Per agreement: rights recorded, next permitted and next due audit, open and overdue actions")
    List<AuditOverview> overview() {
        return audits.overview();
    }

    @GetMapping("/api/v1/audit-actions")
    @Operation(summary = "Every remediation action not done yet, with its agreement and finding")
    List<OpenAction> openActions() {
        return audits.openActions();
    }

    @GetMapping(AGREEMENT + "/audit-rights")
    @Operation(summary = "The contract's audit rights; version 0 while none are recorded")
    ResponseEntity<AuditRights> rights(@PathVariable long agreementId) {
        return rights.read(audits.rightsOf(agreementId));
    }

    @PutMapping(AGREEMENT + "/audit-rights")
    @Operation(summary = "Records the audit rights; If-Match required")
    ResponseEntity<AuditRights> replaceRights(
            @PathVariable long agreementId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody AuditRights body) {
        return rights.replace(
                audits.rightsOf(agreementId), body, ifMatch, fields("agreementId", agreementId), audits::saveRights);
    }

    @PatchMapping(
            value = AGREEMENT + "/audit-rights",
            consumes = {"application/merge-patch+json", "application/json"})
    @Operation(summary = "Changes the fields given (JSON merge patch); If-Match required")
    ResponseEntity<AuditRights> patchRights(
            @PathVariable long agreementId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody JsonNode patch) {
        return rights.patch(
                audits.rightsOf(agreementId), patch, ifMatch, fields("agreementId", agreementId), audits::saveRights);
    }

    @GetMapping(AGREEMENT + "/audit-calendar")
    @Operation(summary = "The next permitted inspection, the next due audit and the last day to give notice")
    AuditCalendar calendar(@PathVariable long agreementId) {
        return audits.calendarOf(agreementId);
    }

    @GetMapping(AGREEMENT + "/audits")
    @Operation(summary = "The agreement's audits with findings and actions")
    List<Audit> list(@PathVariable long agreementId) {
        return audits.auditsOf(agreementId);
    }

    @GetMapping(AGREEMENT + "/audits/{id}")
    @Operation(summary = "One audit")
    ResponseEntity<Audit> one(@PathVariable long agreementId, @PathVariable long id) {
        return audit.read(current(agreementId, id));
    }

    @PostMapping(AGREEMENT + "/audits")
    @Operation(summary = "Plans or records an audit (auditors and the DPO)")
    ResponseEntity<Audit> create(@PathVariable long agreementId, @RequestBody Audit body) {
        return audit.create(
                body,
                fields("agreementId", agreementId, "findings", List.of()),
                audits::saveAudit,
                saved -> "/api/v1/agreements/" + agreementId + "/audits/" + saved.id());
    }

    @PutMapping(AGREEMENT + "/audits/{id}")
    @Operation(summary = "Replaces the audit (its findings are kept: add them with POST .../findings)")
    ResponseEntity<Audit> replace(
            @PathVariable long agreementId,
            @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody Audit body) {
        return audit.replace(current(agreementId, id), body, ifMatch, identity(agreementId, id), audits::saveAudit);
    }

    @PatchMapping(
            value = AGREEMENT + "/audits/{id}",
            consumes = {"application/merge-patch+json", "application/json"})
    @Operation(summary = "Changes the fields given (JSON merge patch); If-Match required")
    ResponseEntity<Audit> patch(
            @PathVariable long agreementId,
            @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody JsonNode patch) {
        return audit.patch(current(agreementId, id), patch, ifMatch, identity(agreementId, id), audits::saveAudit);
    }

    @PostMapping(AGREEMENT + "/audits/{id}/findings")
    @Operation(summary = "Records what a performed audit found")
    ResponseEntity<Finding> addFinding(
            @PathVariable long agreementId, @PathVariable long id, @RequestBody NewFinding body) {
        current(agreementId, id);
        Finding saved = audits.addFinding(id, body.description(), body.severity());
        return ResponseEntity.created(URI.create(AGREEMENT.replace("{agreementId}", String.valueOf(agreementId))
                        + "/audits/" + id + "#finding-" + saved.id()))
                .body(saved);
    }

    @PostMapping(AGREEMENT + "/audits/{id}/findings/{findingId}/actions")
    @Operation(summary = "Adds a remediation action (owner, due date, status) to a finding")
    ResponseEntity<RemediationAction> addAction(
            @PathVariable long agreementId,
            @PathVariable long id,
            @PathVariable long findingId,
            @RequestBody RemediationAction body) {
        finding(agreementId, id, findingId);
        return actions.create(
                body,
                fields("findingId", findingId),
                audits::saveAction,
                saved -> actionAddress(agreementId, id, findingId, saved.id()));
    }

    @PutMapping(AGREEMENT + "/audits/{id}/findings/{findingId}/actions/{actionId}")
    @Operation(summary = "Records the action's progress; If-Match required")
    ResponseEntity<RemediationAction> replaceAction(
            @PathVariable long agreementId,
            @PathVariable long id,
            @PathVariable long findingId,
            @PathVariable long actionId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody RemediationAction body) {
        return actions.replace(
                action(agreementId, id, findingId, actionId),
                body,
                ifMatch,
                fields("id", actionId, "findingId", findingId),
                audits::saveAction);
    }

    @PatchMapping(
            value = AGREEMENT + "/audits/{id}/findings/{findingId}/actions/{actionId}",
            consumes = {"application/merge-patch+json", "application/json"})
    @Operation(summary = "Changes the fields given (JSON merge patch); If-Match required")
    ResponseEntity<RemediationAction> patchAction(
            @PathVariable long agreementId,
            @PathVariable long id,
            @PathVariable long findingId,
            @PathVariable long actionId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody JsonNode patch) {
        return actions.patch(
                action(agreementId, id, findingId, actionId),
                patch,
                ifMatch,
                fields("id", actionId, "findingId", findingId),
                audits::saveAction);
    }

    private static Map<String, Object> identity(long agreementId, long id) {
        return fields("id", id, "agreementId", agreementId);
    }

    private static String actionAddress(long agreementId, long auditId, long findingId, long actionId) {
        return "/api/v1/agreements/" + agreementId + "/audits/" + auditId + "/findings/" + findingId + "/actions/"
                + actionId;
    }

    private Audit current(long agreementId, long id) {
        return audits.auditsOf(agreementId).stream()
                .filter(a -> a.id() == id)
                .findFirst()
                .orElseThrow(() -> NotFound.of("audit", id + " on agreement " + agreementId));
    }

    private Finding finding(long agreementId, long auditId, long findingId) {
        return current(agreementId, auditId).findings().stream()
                .filter(f -> f.id() == findingId)
                .findFirst()
                .orElseThrow(() -> NotFound.of("finding", findingId + " of audit " + auditId));
    }

    private RemediationAction action(long agreementId, long auditId, long findingId, long actionId) {
        return finding(agreementId, auditId, findingId).actions().stream()
                .filter(a -> a.id() == actionId)
                .findFirst()
                .orElseThrow(() -> NotFound.of("action", actionId + " of finding " + findingId));
    }

    /** A finding: what was found and how severe it is. */
    record NewFinding(String description, Severity severity) {}
}

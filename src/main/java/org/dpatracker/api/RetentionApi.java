package org.dpatracker.api;

import static org.dpatracker.api.Representations.fields;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.dpatracker.retention.AgreementEnd;
import org.dpatracker.retention.RetentionRule;
import org.dpatracker.retention.RetentionService;
import org.dpatracker.retention.ScheduledRule;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Retention rules per agreement and data category with their deletion dates, and the end of an agreement. */
@RestController
@Tag(name = "Retention", description = "Retention rules, deletion due dates and agreement ends (delete or return)")
class RetentionApi {

    private static final String RULES = "/api/v1/agreements/{agreementId}/retention-rules";

    private final RetentionService retention;
    private final RecordWrites<RetentionRule> rules;
    private final RecordWrites<AgreementEnd> ends;

    RetentionApi(RetentionService retention, Representations json) {
        this.retention = retention;
        this.rules = new RecordWrites<>(json, RetentionRule.class, RetentionRule::version);
        this.ends = new RecordWrites<>(json, AgreementEnd.class, AgreementEnd::version);
    }

    @GetMapping("/api/v1/retention-rules")
    @Operation(summary = "Every rule of every agreement with its trigger date, deletion due date and whether overdue")
    List<ScheduledRule> all() {
        return retention.allRules();
    }

    @GetMapping(RULES)
    @Operation(summary = "The agreement's rules with their deletion due dates")
    List<ScheduledRule> list(@PathVariable long agreementId) {
        return retention.rulesOf(agreementId);
    }

    @GetMapping(RULES + "/{id}")
    @Operation(summary = "One rule")
    ResponseEntity<RetentionRule> one(@PathVariable long agreementId, @PathVariable long id) {
        return rules.read(current(agreementId, id));
    }

    @PostMapping(RULES)
    @Operation(summary = "Adds a rule: an ISO-8601 period from a trigger, or the criteria")
    ResponseEntity<RetentionRule> create(@PathVariable long agreementId, @RequestBody RetentionRule body) {
        return rules.create(
                body,
                fields("agreementId", agreementId),
                retention::saveRule,
                saved -> "/api/v1/agreements/" + agreementId + "/retention-rules/" + saved.id());
    }

    @PutMapping(RULES + "/{id}")
    @Operation(summary = "Replaces the rule; If-Match required")
    ResponseEntity<RetentionRule> replace(
            @PathVariable long agreementId,
            @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody RetentionRule body) {
        return rules.replace(current(agreementId, id), body, ifMatch, identity(agreementId, id), retention::saveRule);
    }

    @PatchMapping(
            value = RULES + "/{id}",
            consumes = {"application/merge-patch+json", "application/json"})
    @Operation(summary = "Changes the fields given (JSON merge patch); If-Match required")
    ResponseEntity<RetentionRule> patch(
            @PathVariable long agreementId,
            @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody JsonNode patch) {
        return rules.patch(current(agreementId, id), patch, ifMatch, identity(agreementId, id), retention::saveRule);
    }

    @DeleteMapping(RULES + "/{id}")
    @Operation(summary = "Removes the rule; If-Match required")
    ResponseEntity<Void> remove(
            @PathVariable long agreementId,
            @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        retention.removeRule(id, rules.matching(current(agreementId, id), ifMatch));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/agreements/{agreementId}/end")
    @Operation(summary = "The end of the agreement: delete or return, due date, confirmation; version 0 while open")
    ResponseEntity<AgreementEnd> end(@PathVariable long agreementId) {
        return ends.read(endOf(agreementId));
    }

    @PutMapping("/api/v1/agreements/{agreementId}/end")
    @Operation(summary = "Records the end and the controller's choice, later the confirmation; If-Match required")
    ResponseEntity<AgreementEnd> replaceEnd(
            @PathVariable long agreementId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody AgreementEnd body) {
        return ends.replace(endOf(agreementId), body, ifMatch, fields("agreementId", agreementId), retention::saveEnd);
    }

    @PatchMapping(
            value = "/api/v1/agreements/{agreementId}/end",
            consumes = {"application/merge-patch+json", "application/json"})
    @Operation(summary = "Changes the fields given (JSON merge patch); If-Match required")
    ResponseEntity<AgreementEnd> patchEnd(
            @PathVariable long agreementId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody JsonNode patch) {
        return ends.patch(endOf(agreementId), patch, ifMatch, fields("agreementId", agreementId), retention::saveEnd);
    }

    private AgreementEnd endOf(long agreementId) {
        return retention
                .endOf(agreementId)
                .orElseGet(() -> new AgreementEnd(agreementId, null, null, null, null, null, 0));
    }

    private static Map<String, Object> identity(long agreementId, long id) {
        return fields("id", id, "agreementId", agreementId);
    }

    private RetentionRule current(long agreementId, long id) {
        return retention.rulesOf(agreementId).stream()
                .map(ScheduledRule::rule)
                .filter(rule -> rule.id() == id)
                .findFirst()
                .orElseThrow(() -> NotFound.of("retention rule", id + " on agreement " + agreementId));
    }
}

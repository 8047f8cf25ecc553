package org.dpatracker.api;

import static org.dpatracker.api.Representations.fields;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.dpatracker.contract.ContractCheck;
import org.dpatracker.contract.ContractCheckService;
import org.dpatracker.contract.ContractPoint;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The Art. 28(3) checklist of an agreement: points (a)–(h), 28(2), 28(4) and the duty to warn. */
@RestController
@RequestMapping("/api/v1/agreements/{agreementId}/contract-points")
@Tag(name = "Art. 28(3) checklist", description = "What the contract says on each point the article requires")
class ContractCheckApi {

    private final ContractCheckService checks;
    private final RecordWrites<ContractCheck> writes;

    ContractCheckApi(ContractCheckService checks, Representations json) {
        this.checks = checks;
        this.writes = new RecordWrites<>(json, ContractCheck.class, ContractCheck::version);
    }

    @GetMapping
    @Operation(summary = "Every point in the order of the article; points nobody checked yet read as open")
    List<ContractCheck> list(@PathVariable long agreementId) {
        return checks.ofAgreement(agreementId);
    }

    @GetMapping("/{point}")
    @Operation(summary = "One point; a point never checked has version 0")
    ResponseEntity<ContractCheck> one(@PathVariable long agreementId, @PathVariable ContractPoint point) {
        return writes.read(current(agreementId, point));
    }

    @PutMapping("/{point}")
    @Operation(summary = "Records the point (status, clause, quote); If-Match required (\"0\" for the first time)")
    ResponseEntity<ContractCheck> replace(
            @PathVariable long agreementId,
            @PathVariable ContractPoint point,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody ContractCheck body) {
        return writes.replace(current(agreementId, point), body, ifMatch, identity(agreementId, point), checks::save);
    }

    @PatchMapping(
            value = "/{point}",
            consumes = {"application/merge-patch+json", "application/json"})
    @Operation(summary = "Changes the fields given (JSON merge patch); If-Match required")
    ResponseEntity<ContractCheck> patch(
            @PathVariable long agreementId,
            @PathVariable ContractPoint point,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody JsonNode patch) {
        return writes.patch(current(agreementId, point), patch, ifMatch, identity(agreementId, point), checks::save);
    }

    private static java.util.Map<String, Object> identity(long agreementId, ContractPoint point) {
        return fields("agreementId", agreementId, "point", point);
    }

    private ContractCheck current(long agreementId, ContractPoint point) {
        return checks.ofAgreement(agreementId).stream()
                .filter(check -> check.point() == point)
                .findFirst()
                .orElseThrow(() -> NotFound.of("point", point));
    }
}

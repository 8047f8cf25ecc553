package org.dpatracker.api;

import static org.dpatracker.api.Representations.fields;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.dpatracker.processor.Subprocessor;
import org.dpatracker.processor.SubprocessorListDiff;
import org.dpatracker.processor.SubprocessorService;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** An agreement's subprocessors at any depth, with their processing locations and transfer mechanisms. */
@RestController
@RequestMapping("/api/v1/agreements/{agreementId}/subprocessors")
@Tag(name = "Subprocessors", description = "Subprocessors of one agreement and where they process")
class SubprocessorApi {

    private final SubprocessorService subprocessors;
    private final Clock clock;
    private final RecordWrites<Subprocessor> writes;

    SubprocessorApi(SubprocessorService subprocessors, Clock clock, Representations json) {
        this.subprocessors = subprocessors;
        this.clock = clock;
        this.writes = new RecordWrites<>(json, Subprocessor.class, Subprocessor::version);
    }

    @GetMapping
    @Operation(summary = "The subprocessor list as it stands on a day (today unless `on` is given)")
    List<Subprocessor> list(
            @PathVariable long agreementId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        return subprocessors.listAsOf(agreementId, on == null ? LocalDate.now(clock) : on);
    }

    @GetMapping("/changes")
    @Operation(summary = "Who was added and who left between two days")
    SubprocessorListDiff changes(
            @PathVariable long agreementId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return subprocessors.diff(agreementId, from, to);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One subprocessor of the agreement's current list")
    ResponseEntity<Subprocessor> one(@PathVariable long agreementId, @PathVariable long id) {
        return writes.read(current(agreementId, id));
    }

    @PostMapping
    @Operation(summary = "Adds a subprocessor (an organisation id; parentId for one engaged by another)")
    ResponseEntity<Subprocessor> create(@PathVariable long agreementId, @RequestBody Subprocessor body) {
        return writes.create(
                body,
                fields("agreementId", agreementId),
                subprocessors::save,
                saved -> "/api/v1/agreements/" + agreementId + "/subprocessors/" + saved.id());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replaces the subprocessor with its locations; If-Match required")
    ResponseEntity<Subprocessor> replace(
            @PathVariable long agreementId,
            @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody Subprocessor body) {
        return writes.replace(current(agreementId, id), body, ifMatch, identity(agreementId, id), subprocessors::save);
    }

    @PatchMapping(
            value = "/{id}",
            consumes = {"application/merge-patch+json", "application/json"})
    @Operation(summary = "Changes the fields given (JSON merge patch); If-Match required")
    ResponseEntity<Subprocessor> patch(
            @PathVariable long agreementId,
            @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody JsonNode patch) {
        return writes.patch(current(agreementId, id), patch, ifMatch, identity(agreementId, id), subprocessors::save);
    }

    @DeleteMapping("/{id}")
    @Operation(
            summary = "Takes the subprocessor off the list from a day on (today unless `on` is given); it stays in"
                    + " the lists of earlier days; If-Match required")
    ResponseEntity<Void> remove(
            @PathVariable long agreementId,
            @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        int version = writes.matching(current(agreementId, id), ifMatch);
        subprocessors.remove(id, version, on == null ? LocalDate.now(clock) : on);
        return ResponseEntity.noContent().build();
    }

    private static java.util.Map<String, Object> identity(long agreementId, long id) {
        return fields("id", id, "agreementId", agreementId);
    }

    private Subprocessor current(long agreementId, long id) {
        return subprocessors.listAsOf(agreementId, LocalDate.now(clock)).stream()
                .filter(s -> s.id() == id)
                .findFirst()
                .orElseThrow(() -> NotFound.of("subprocessor", id + " on agreement " + agreementId));
    }
}

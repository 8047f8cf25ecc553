package org.dpatracker.api;

import static org.dpatracker.api.Representations.fields;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.dpatracker.tom.TomChecklist;
import org.dpatracker.tom.TomChecklistService;
import org.dpatracker.tom.TomEntry;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.JsonNode;

/** The TOM checklists of an agreement, one per party (the processor, each subprocessor), and their entries. */
@RestController
@RequestMapping("/api/v1/agreements/{agreementId}/tom-checklists")
@Tag(name = "TOM checklists", description = "Technical and organisational measures per party of an agreement")
class TomChecklistApi {

    private final TomChecklistService checklists;
    private final RecordWrites<TomEntry> entries;

    TomChecklistApi(TomChecklistService checklists, Representations json) {
        this.checklists = checklists;
        this.entries = new RecordWrites<>(json, TomEntry.class, TomEntry::version);
    }

    @GetMapping
    @Operation(summary = "The agreement's checklists with their entries")
    List<TomChecklist> list(@PathVariable long agreementId) {
        return checklists.ofAgreement(agreementId);
    }

    @GetMapping("/{checklistId}")
    @Operation(summary = "One checklist with its entries")
    TomChecklist one(@PathVariable long agreementId, @PathVariable long checklistId) {
        return checklist(agreementId, checklistId);
    }

    @PostMapping
    @Operation(
            summary = "Starts a checklist for a party (no subprocessorId: the processor) from a catalogue"
                    + " (catalogueId), or as a copy of another agreement's checklist (copyOf)")
    ResponseEntity<TomChecklist> start(@PathVariable long agreementId, @RequestBody NewChecklist body) {
        if ((body.catalogueId() == null) == (body.copyOf() == null)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Give either catalogueId or copyOf.");
        }
        TomChecklist started = body.copyOf() != null
                ? checklists.copy(body.copyOf(), agreementId, body.subprocessorId())
                : checklists.start(agreementId, body.subprocessorId(), body.catalogueId());
        return ResponseEntity.created(
                        URI.create("/api/v1/agreements/" + agreementId + "/tom-checklists/" + started.id()))
                .body(started);
    }

    @GetMapping("/{checklistId}/entries/{entryId}")
    @Operation(summary = "One measure of the checklist")
    ResponseEntity<TomEntry> entry(
            @PathVariable long agreementId, @PathVariable long checklistId, @PathVariable long entryId) {
        return entries.read(entry(checklist(agreementId, checklistId), entryId));
    }

    @PutMapping("/{checklistId}/entries/{entryId}")
    @Operation(summary = "Records the measure's status, description, evidence and verification; If-Match required")
    ResponseEntity<TomEntry> replaceEntry(
            @PathVariable long agreementId,
            @PathVariable long checklistId,
            @PathVariable long entryId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody TomEntry body) {
        TomEntry current = entry(checklist(agreementId, checklistId), entryId);
        return entries.replace(current, body, ifMatch, identity(current), checklists::saveEntry);
    }

    @PatchMapping(
            value = "/{checklistId}/entries/{entryId}",
            consumes = {"application/merge-patch+json", "application/json"})
    @Operation(summary = "Changes the fields given (JSON merge patch); If-Match required")
    ResponseEntity<TomEntry> patchEntry(
            @PathVariable long agreementId,
            @PathVariable long checklistId,
            @PathVariable long entryId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody JsonNode patch) {
        TomEntry current = entry(checklist(agreementId, checklistId), entryId);
        return entries.patch(current, patch, ifMatch, identity(current), checklists::saveEntry);
    }

    private static java.util.Map<String, Object> identity(TomEntry current) {
        return fields("id", current.id(), "checklistId", current.checklistId(), "measureId", current.measureId());
    }

    private TomChecklist checklist(long agreementId, long checklistId) {
        return checklists.ofAgreement(agreementId).stream()
                .filter(c -> c.id() == checklistId)
                .findFirst()
                .orElseThrow(() -> NotFound.of("checklist", checklistId + " on agreement " + agreementId));
    }

    private static TomEntry entry(TomChecklist checklist, long entryId) {
        return checklist.entries().stream()
                .filter(e -> e.id() == entryId)
                .findFirst()
                .orElseThrow(() -> NotFound.of("entry", entryId + " in checklist " + checklist.id()));
    }

    /** What starts a checklist: a catalogue, or a checklist to copy; the party (null: the processor). */
    record NewChecklist(Long catalogueId, Long copyOf, Long subprocessorId) {}
}

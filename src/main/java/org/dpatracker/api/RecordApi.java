package org.dpatracker.api;

import static org.dpatracker.api.Representations.fields;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.function.BiFunction;
import org.dpatracker.api.PageRequest.Page;
import org.dpatracker.records.ProcessingActivity;
import org.dpatracker.records.RecordDetail;
import org.dpatracker.records.RecordExportService;
import org.dpatracker.records.RecordFilter;
import org.dpatracker.records.RecordRole;
import org.dpatracker.records.RecordService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

/**
 * Records of processing activities (Art. 30(1) as controller, 30(2) as processor) with what they derive from
 * the register, their review (draft, in review, approved) and the exports.
 */
@RestController
@RequestMapping("/api/v1/records")
@Tag(name = "Records of processing", description = "Art. 30 records, their approval and the PDF/XLSX exports")
class RecordApi {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final RecordService records;
    private final RecordExportService exports;
    private final RecordWrites<ProcessingActivity> writes;

    RecordApi(RecordService records, RecordExportService exports, Representations json) {
        this.records = records;
        this.exports = exports;
        this.writes = new RecordWrites<>(json, ProcessingActivity.class, ProcessingActivity::version);
    }

    @GetMapping
    @Operation(summary = "Activities with recipients, transfers, retention and measures derived from the register")
    Page<RecordDetail> list(
            @RequestParam(required = false) Long controllerId,
            @RequestParam(required = false) String department,
            @RequestParam(required = false) RecordRole role,
            @RequestParam(defaultValue = "false") boolean transfersOnly,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "100") int limit) {
        PageRequest page = new PageRequest(offset, limit);
        RecordFilter filter = new RecordFilter(controllerId, department, role, transfersOnly);
        Page<ProcessingActivity> activities = page.cut(records.findAll(filter));
        return page.of(
                activities.total(),
                activities.items().stream()
                        .map(activity -> records.view(activity.id()).orElseThrow())
                        .toList());
    }

    @GetMapping(
            value = "/export",
            produces = {
                MediaType.APPLICATION_PDF_VALUE,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            })
    @Operation(summary = "The filtered records as the PDF (format=pdf) or spreadsheet (format=xlsx) the UI exports")
    ResponseEntity<byte[]> export(
            @RequestParam(defaultValue = "pdf") String format,
            @RequestParam(defaultValue = "en") String lang,
            @RequestParam(required = false) Long controllerId,
            @RequestParam(required = false) String department,
            @RequestParam(required = false) RecordRole role,
            @RequestParam(defaultValue = "false") boolean transfersOnly) {
        RecordFilter filter = new RecordFilter(controllerId, department, role, transfersOnly);
        boolean xlsx = "xlsx".equalsIgnoreCase(format);
        byte[] content = xlsx ? exports.xlsx(filter, lang) : exports.pdf(filter, lang);
        return ResponseEntity.ok()
                .contentType(xlsx ? XLSX : MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("records-of-processing." + (xlsx ? "xlsx" : "pdf"))
                                .build()
                                .toString())
                .body(content);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One activity with what it derives; the ETag is the activity's version")
    ResponseEntity<RecordDetail> one(@PathVariable long id) {
        RecordDetail detail = detail(id);
        return ResponseEntity.ok()
                .eTag(VersionTags.of(detail.activity().version()))
                .body(detail);
    }

    @PostMapping
    @Operation(summary = "Adds an activity as a draft")
    ResponseEntity<ProcessingActivity> create(@RequestBody ProcessingActivity body) {
        return writes.create(body, fields(), records::save, saved -> "/api/v1/records/" + saved.id());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replaces the activity; an approved one becomes a draft again; If-Match required")
    ResponseEntity<ProcessingActivity> replace(
            @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody ProcessingActivity body) {
        return writes.replace(detail(id).activity(), body, ifMatch, fields("id", id), records::save);
    }

    @PatchMapping(
            value = "/{id}",
            consumes = {"application/merge-patch+json", "application/json"})
    @Operation(summary = "Changes the fields given (JSON merge patch); If-Match required")
    ResponseEntity<ProcessingActivity> patch(
            @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody JsonNode patch) {
        return writes.patch(detail(id).activity(), patch, ifMatch, fields("id", id), records::save);
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Sends a complete draft for review; If-Match required")
    ResponseEntity<ProcessingActivity> submit(
            @PathVariable long id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return transition(id, ifMatch, records::submit);
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "Approves an activity in review; the next review falls due a year later; If-Match required")
    ResponseEntity<ProcessingActivity> approve(
            @PathVariable long id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return transition(id, ifMatch, records::approve);
    }

    @PostMapping("/{id}/return-to-draft")
    @Operation(summary = "Sends an activity in review back to draft; If-Match required")
    ResponseEntity<ProcessingActivity> returnToDraft(
            @PathVariable long id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return transition(id, ifMatch, records::returnToDraft);
    }

    private ResponseEntity<ProcessingActivity> transition(
            long id, String ifMatch, BiFunction<Long, Integer, ProcessingActivity> step) {
        int version = writes.matching(detail(id).activity(), ifMatch);
        return writes.read(step.apply(id, version));
    }

    private RecordDetail detail(long id) {
        return records.view(id).orElseThrow(() -> NotFound.of("record", id));
    }
}

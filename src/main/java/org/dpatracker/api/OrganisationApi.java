package org.dpatracker.api;

import static org.dpatracker.api.Representations.fields;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.dpatracker.api.PageRequest.Page;
import org.dpatracker.organisation.Organisation;
import org.dpatracker.organisation.OrganisationService;
import org.springframework.http.HttpHeaders;
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

/** Organisations: our own companies, processors and subprocessors, each recorded once. */
@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisations", description = "Legal entities with address, contacts, DPO and certifications")
class OrganisationApi {

    private final OrganisationService organisations;
    private final RecordWrites<Organisation> writes;

    OrganisationApi(OrganisationService organisations, Representations json) {
        this.organisations = organisations;
        this.writes = new RecordWrites<>(json, Organisation.class, Organisation::version);
    }

    @GetMapping
    @Operation(summary = "Organisations by name, a page at a time")
    Page<Organisation> list(
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "100") int limit) {
        PageRequest page = new PageRequest(offset, limit);
        return page.of(organisations.count(q), organisations.findPage(q, offset, limit));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One organisation; its ETag is the version to send in If-Match")
    ResponseEntity<Organisation> one(@PathVariable long id) {
        return writes.read(current(id));
    }

    @PostMapping
    @Operation(summary = "Records an organisation (name unique per country)")
    ResponseEntity<Organisation> create(@RequestBody Organisation body) {
        return writes.create(body, fields(), organisations::save, saved -> "/api/v1/organisations/" + saved.id());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replaces the organisation; If-Match required")
    ResponseEntity<Organisation> replace(
            @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody Organisation body) {
        return writes.replace(current(id), body, ifMatch, fields("id", id), organisations::save);
    }

    @PatchMapping(
            value = "/{id}",
            consumes = {"application/merge-patch+json", "application/json"})
    @Operation(summary = "Changes the fields given (JSON merge patch); If-Match required")
    ResponseEntity<Organisation> patch(
            @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody JsonNode patch) {
        return writes.patch(current(id), patch, ifMatch, fields("id", id), organisations::save);
    }

    private Organisation current(long id) {
        return organisations.findById(id).orElseThrow(() -> NotFound.of("organisation", id));
    }
}

package org.dpatracker.api;

import static org.dpatracker.api.Representations.fields;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.dpatracker.api.PageRequest.Page;
import org.dpatracker.core.Texts;
import org.dpatracker.organisation.Organisation;
import org.dpatracker.processor.Agreement;
import org.dpatracker.processor.AgreementDetail;
import org.dpatracker.processor.AgreementRow;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.AgreementStatus;
import org.dpatracker.processor.RegisterFilter;
import org.dpatracker.processor.Subprocessor;
import org.dpatracker.redflag.RedFlag;
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

/**
 * Art. 28 agreements: the register list with the processor list's filters, one agreement with everything it
 * decides, and changes to it. Writes take the agreement record (the {@code agreement} member of a GET).
 */
@RestController
@RequestMapping("/api/v1/agreements")
@Tag(name = "Agreements", description = "Processor agreements with parties, locations, transfers and red flags")
class AgreementApi {

    private final AgreementService agreements;
    private final RecordWrites<Agreement> writes;

    AgreementApi(AgreementService agreements, Representations json) {
        this.agreements = agreements;
        this.writes = new RecordWrites<>(json, Agreement.class, Agreement::version);
    }

    @GetMapping
    @Operation(summary = "Agreements with processor, countries and red flags, filtered like the processor list")
    Page<AgreementRow> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) AgreementStatus status,
            @RequestParam(required = false) String country,
            @RequestParam(defaultValue = "false") boolean outsideEea,
            @RequestParam(defaultValue = "false") boolean flagged,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "100") int limit) {
        PageRequest page = new PageRequest(offset, limit);
        RegisterFilter filter = new RegisterFilter(q, status, country, outsideEea, flagged);
        return page.of(agreements.count(filter), agreements.findPage(filter, List.of(), offset, limit));
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "One agreement with its parties, subprocessors at any depth, locations, transfers and red"
                    + " flags; the ETag is the agreement's version")
    ResponseEntity<AgreementDocumentJson> one(@PathVariable long id, @RequestParam(defaultValue = "en") String lang) {
        AgreementDetail detail = detail(id);
        return ResponseEntity.ok()
                .eTag(VersionTags.of(detail.agreement().version()))
                .body(new AgreementDocumentJson(
                        detail.agreement(),
                        detail.controller(),
                        detail.processor(),
                        detail.subprocessors().stream()
                                .map(s -> new SubprocessorJson(s, detail.organisationOf(s)))
                                .toList(),
                        explained(detail.redFlags(), Locale.forLanguageTag(lang))));
    }

    @GetMapping("/{id}/red-flags")
    @Operation(summary = "The agreement's red flags, each explained with the rule and article it cites")
    List<ExplainedFlag> redFlags(@PathVariable long id, @RequestParam(defaultValue = "en") String lang) {
        return explained(detail(id).redFlags(), Locale.forLanguageTag(lang));
    }

    @PostMapping
    @Operation(summary = "Records an agreement between a controller and a processor (organisation ids)")
    ResponseEntity<Agreement> create(@RequestBody Agreement body) {
        return writes.create(body, fields(), agreements::save, saved -> "/api/v1/agreements/" + saved.id());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replaces the agreement record; If-Match required")
    ResponseEntity<Agreement> replace(
            @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody Agreement body) {
        return writes.replace(detail(id).agreement(), body, ifMatch, fields("id", id), agreements::save);
    }

    @PatchMapping(
            value = "/{id}",
            consumes = {"application/merge-patch+json", "application/json"})
    @Operation(summary = "Changes the fields given (JSON merge patch of the agreement record); If-Match required")
    ResponseEntity<Agreement> patch(
            @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody JsonNode patch) {
        return writes.patch(detail(id).agreement(), patch, ifMatch, fields("id", id), agreements::save);
    }

    private AgreementDetail detail(long id) {
        return agreements.detail(id).orElseThrow(() -> NotFound.of("agreement", id));
    }

    private static List<ExplainedFlag> explained(List<RedFlag> flags, Locale locale) {
        return flags.stream()
                .map(flag -> new ExplainedFlag(
                        flag.type().name(),
                        flag.subject(),
                        flag.details(),
                        Texts.get(locale, "redflag." + flag.type().name(), flag.messageArguments()),
                        Texts.get(locale, "redflag.rule." + flag.type().name())))
                .toList();
    }

    record SubprocessorJson(Subprocessor subprocessor, Organisation organisation) {}

    record ExplainedFlag(String type, String subject, List<String> details, String explanation, String rule) {}

    record AgreementDocumentJson(
            Agreement agreement,
            Organisation controller,
            Organisation processor,
            List<SubprocessorJson> subprocessors,
            List<ExplainedFlag> redFlags) {}
}

package org.dpatracker.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.dpatracker.core.Texts;
import org.dpatracker.dataflow.Recipient;
import org.dpatracker.dataflow.RecipientFilter;
import org.dpatracker.dataflow.RecipientService;
import org.dpatracker.organisation.Organisation;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.AgreementDetail;
import org.dpatracker.processor.AgreementRow;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.AgreementStatus;
import org.dpatracker.processor.RegisterFilter;
import org.dpatracker.redflag.RedFlag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Read-only JSON access to the register for scripts; the same users and permissions as the UI. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Register", description = "Processor agreements, organisations, subprocessors, transfers and red flags")
class RegisterApi {

    private static final int MAX_PAGE = 1000;

    private final AgreementService agreements;
    private final OrganisationService organisations;
    private final RecipientService recipients;

    RegisterApi(AgreementService agreements, OrganisationService organisations, RecipientService recipients) {
        this.agreements = agreements;
        this.organisations = organisations;
        this.recipients = recipients;
    }

    @GetMapping("/agreements")
    @Operation(summary = "Agreements with processor, countries and red flags, filtered like the processor list")
    Page<AgreementRow> agreements(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) AgreementStatus status,
            @RequestParam(required = false) String country,
            @RequestParam(defaultValue = "false") boolean outsideEea,
            @RequestParam(defaultValue = "false") boolean flagged,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "100") int limit) {
        RegisterFilter filter = new RegisterFilter(q, status, country, outsideEea, flagged);
        int size = Math.clamp(limit, 1, MAX_PAGE);
        return new Page<>(
                agreements.count(filter),
                Math.max(0, offset),
                size,
                agreements.findPage(filter, List.of(), Math.max(0, offset), size));
    }

    @GetMapping("/agreements/{id}")
    @Operation(
            summary = "One agreement with its parties, subprocessors at any depth, locations, transfers and red flags")
    AgreementDocumentJson agreement(@PathVariable long id, @RequestParam(defaultValue = "en") String lang) {
        AgreementDetail detail = agreements
                .detail(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No agreement " + id));
        Locale locale = Locale.forLanguageTag(lang);
        return new AgreementDocumentJson(
                detail.agreement(),
                detail.controller(),
                detail.processor(),
                detail.subprocessors().stream()
                        .map(s -> new SubprocessorJson(s, detail.organisationOf(s)))
                        .toList(),
                explained(detail.redFlags(), locale));
    }

    @GetMapping("/organisations")
    @Operation(summary = "Organisations with addresses, contacts and certifications")
    List<Organisation> organisations(@RequestParam(required = false) String q) {
        return organisations.findAll(q);
    }

    @GetMapping("/subprocessors")
    @Operation(
            summary = "Every organisation receiving data, through which agreements, where, on which transfer basis;"
                    + " with limit one page of them by name, the number of all in the header X-Total-Count")
    ResponseEntity<List<Recipient>> recipients(
            @RequestParam(required = false) String country,
            @RequestParam(defaultValue = "false") boolean outsideEea,
            @RequestParam(defaultValue = "false") boolean flagged,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(required = false) Integer limit) {
        RecipientFilter filter = new RecipientFilter(null, country, outsideEea, flagged);
        if (limit == null) {
            return ResponseEntity.ok(recipients.recipients(filter));
        }
        // A page costs what its rows cost; the whole list grows with the register.
        return ResponseEntity.ok()
                .header("X-Total-Count", String.valueOf(recipients.count(filter)))
                .body(recipients.page(filter, Math.max(0, offset), Math.clamp(limit, 1, MAX_PAGE)));
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

    record Page<T>(int total, int offset, int limit, List<T> items) {}

    record SubprocessorJson(org.dpatracker.processor.Subprocessor subprocessor, Organisation organisation) {}

    record ExplainedFlag(String type, String subject, List<String> details, String explanation, String rule) {}

    record AgreementDocumentJson(
            org.dpatracker.processor.Agreement agreement,
            Organisation controller,
            Organisation processor,
            List<SubprocessorJson> subprocessors,
            List<ExplainedFlag> redFlags) {}
}

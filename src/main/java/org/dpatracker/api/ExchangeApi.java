package org.dpatracker.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dpatracker.core.Texts;
import org.dpatracker.dataflow.RecipientFilter;
import org.dpatracker.dataflow.RecipientService;
import org.dpatracker.processor.AgreementStatus;
import org.dpatracker.processor.RegisterFilter;
import org.dpatracker.processor.exchange.ExchangeFormat;
import org.dpatracker.processor.exchange.ImportRefusedException;
import org.dpatracker.processor.exchange.RegisterExchangeService;
import org.dpatracker.processor.exchange.RegisterExchangeService.ImportResult;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The register in and out as files, as on the import and export page: CSV, XLSX or JSON, one row per location.
 * An import is all or nothing; a refused one lists every problem with its line and column.
 */
@RestController
@Tag(name = "Import and export", description = "The register as CSV, XLSX or JSON; Where data goes as CSV")
class ExchangeApi {

    private final RegisterExchangeService exchange;
    private final RecipientService recipients;

    ExchangeApi(RegisterExchangeService exchange, RecipientService recipients) {
        this.exchange = exchange;
        this.recipients = recipients;
    }

    @GetMapping("/api/v1/register/export")
    @Operation(summary = "The filtered register as a file (format csv, xlsx or json) that the import reads back")
    ResponseEntity<byte[]> export(
            @RequestParam(defaultValue = "csv") String format,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) AgreementStatus status,
            @RequestParam(required = false) String country,
            @RequestParam(defaultValue = "false") boolean outsideEea,
            @RequestParam(defaultValue = "false") boolean flagged) {
        ExchangeFormat chosen = format(format);
        RegisterFilter filter = new RegisterFilter(q, status, country, outsideEea, flagged);
        return file(exchange.export(filter, chosen), chosen.mediaType(), "register." + chosen.extension());
    }

    @GetMapping("/api/v1/register/template")
    @Operation(summary = "An empty import file with the columns and one example row")
    ResponseEntity<byte[]> template(@RequestParam(defaultValue = "csv") String format) {
        ExchangeFormat chosen = format(format);
        return file(exchange.template(chosen), chosen.mediaType(), "register-template." + chosen.extension());
    }

    @PostMapping(
            value = "/api/v1/register/import",
            consumes = {
                "text/csv",
                "application/json",
                MediaType.APPLICATION_OCTET_STREAM_VALUE,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            })
    @Operation(summary = "Imports a file in the export's format (the body); all rows or none")
    ResponseEntity<ImportResult> importFile(
            @RequestParam(defaultValue = "csv") String format, HttpServletRequest request) throws IOException {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(exchange.importFile(format(format), request.getInputStream()));
    }

    @GetMapping("/api/v1/subprocessors/export")
    @Operation(summary = "Where data goes as CSV, filtered as the list")
    ResponseEntity<byte[]> recipients(
            @RequestParam(required = false) String country,
            @RequestParam(defaultValue = "false") boolean outsideEea,
            @RequestParam(defaultValue = "false") boolean flagged) {
        RecipientFilter filter = new RecipientFilter(null, country, outsideEea, flagged);
        return file(recipients.exportCsv(filter), "text/csv", "where-data-goes.csv");
    }

    @ExceptionHandler(ImportRefusedException.class)
    ProblemDetail refused(ImportRefusedException refused) {
        List<Map<String, String>> problems = refused.problems().stream()
                .map(p -> Map.of(
                        "line",
                        String.valueOf(p.line()),
                        "field",
                        String.valueOf(p.column()),
                        "message",
                        Texts.get(Locale.ENGLISH, p.messageKey(), p.arguments().toArray())))
                .toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, "The import was refused; nothing of it was saved.");
        problem.setTitle("Import refused");
        problem.setProperty("problems", problems);
        return problem;
    }

    private static ExchangeFormat format(String name) {
        try {
            return ExchangeFormat.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new org.springframework.web.server.ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "format must be csv, xlsx or json, not " + name);
        }
    }

    private static ResponseEntity<byte[]> file(byte[] content, String mediaType, String name) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(mediaType))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(content);
    }
}

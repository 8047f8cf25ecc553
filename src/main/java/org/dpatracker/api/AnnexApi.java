package org.dpatracker.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.dpatracker.annex.AnnexService;
import org.dpatracker.annex.AnnexVersion;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The Art. 28 annex PDFs over HTTP, for auditors and the DPO (DOCUMENTS_EXPORT). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Annexes", description = "Archived Art. 28 annex PDFs (Annexes I–IV of the clauses 2021/915)")
class AnnexApi {

    private final AnnexService annexes;

    AnnexApi(AnnexService annexes) {
        this.annexes = annexes;
    }

    @GetMapping(value = "/agreements/{id}/annex", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The current annex PDF in English or German; a new archived version when the facts changed")
    ResponseEntity<byte[]> current(@PathVariable long id, @RequestParam(defaultValue = "en") String lang) {
        return pdf(annexes.current(id, lang));
    }

    @GetMapping("/agreements/{id}/annexes")
    @Operation(summary = "Every archived version of the agreement's annexes, newest first per language")
    List<AnnexVersion> versions(@PathVariable long id) {
        return annexes.versions(id);
    }

    @GetMapping(value = "/annexes/{documentId}", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "One archived annex by its document id")
    ResponseEntity<byte[]> archived(@PathVariable String documentId) {
        return pdf(annexes.byDocumentId(documentId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No annex " + documentId)));
    }

    private ResponseEntity<byte[]> pdf(AnnexVersion version) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(version.fileName())
                                .build()
                                .toString())
                .header("X-Content-SHA256", version.sha256())
                .body(annexes.content(version));
    }
}

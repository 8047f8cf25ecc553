package org.dpatracker.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.dpatracker.evidence.Document;
import org.dpatracker.evidence.DocumentContent;
import org.dpatracker.evidence.DocumentOwner;
import org.dpatracker.evidence.DocumentService;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The evidence vault over HTTP: the documents of an agreement (register readers) and their content
 * (those who may export documents), streamed after the SHA-256 check, with the hash as the ETag.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Documents", description = "Evidence attached to agreements: signed DPAs, certificates, reports")
class DocumentApi {

    private final DocumentService documents;

    DocumentApi(DocumentService documents) {
        this.documents = documents;
    }

    @GetMapping("/agreements/{id}/documents")
    @Operation(summary = "Every version of the agreement's documents, without their content")
    List<Document> ofAgreement(@PathVariable long id) {
        return documents.ofOwner(DocumentOwner.agreement(id));
    }

    @GetMapping("/documents/{id}/content")
    @Operation(summary = "One version's content, checked against its SHA-256 (the ETag) before it is sent")
    ResponseEntity<InputStreamResource> content(
            @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        Document document = documents
                .find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No document " + id));
        String etag = "\"" + document.sha256() + "\"";
        if (etag.equals(ifNoneMatch)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
        }
        DocumentContent content = documents.open(id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.mediaType()))
                .contentLength(document.byteSize())
                .eTag(etag)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(document.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(new InputStreamResource(content.stream()));
    }
}

package org.dpatracker.api;

import static org.dpatracker.api.Representations.fields;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.dpatracker.notice.ChangeNotice;
import org.dpatracker.notice.ChangeNoticeService;
import org.dpatracker.notice.OpenNotice;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Subprocessor change notices: the DPO records what a processor announced, a manager accepts or objects before
 * the objection deadline; silence counts as consent after it.
 */
@RestController
@Tag(name = "Change notices", description = "Announced subprocessor changes, objection deadlines and decisions")
class NoticeApi {

    private final ChangeNoticeService notices;
    private final Representations json;

    NoticeApi(ChangeNoticeService notices, Representations json) {
        this.notices = notices;
        this.json = json;
    }

    @GetMapping("/api/v1/notices")
    @Operation(summary = "The notices awaiting a decision, with deadline, days left and the red flags they would add")
    List<OpenNotice> open() {
        return notices.open();
    }

    @GetMapping("/api/v1/notices/{id}")
    @Operation(summary = "One notice with its status and decision; the ETag is the notice's version")
    ResponseEntity<OpenNotice> one(@PathVariable long id) {
        OpenNotice notice = current(id);
        return ResponseEntity.ok()
                .eTag(VersionTags.of(notice.notice().version()))
                .body(notice);
    }

    @GetMapping("/api/v1/agreements/{agreementId}/notices")
    @Operation(summary = "Every notice of the agreement")
    List<OpenNotice> ofAgreement(@PathVariable long agreementId) {
        return notices.ofAgreement(agreementId);
    }

    @PostMapping("/api/v1/agreements/{agreementId}/notices")
    @Operation(summary = "Records an announced new or replaced subprocessor; the deadline follows the agreement")
    ResponseEntity<OpenNotice> record(@PathVariable long agreementId, @RequestBody ChangeNotice body) {
        ChangeNotice recorded = notices.record(json.with(
                body,
                ChangeNotice.class,
                fields("id", null, "version", 0, "agreementId", agreementId, "decision", null, "status", null)));
        OpenNotice described = current(recorded.id());
        return ResponseEntity.created(URI.create("/api/v1/notices/" + recorded.id()))
                .eTag(VersionTags.of(recorded.version()))
                .body(described);
    }

    @PostMapping("/api/v1/notices/{id}/decision")
    @Operation(
            summary = "Accepts or objects (with reason, the day the objection was sent and how); If-Match required."
                    + " The sending date decides whether an objection was in time")
    ResponseEntity<OpenNotice> decide(
            @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody Decision body) {
        int version = VersionTags.matching(ifMatch, current(id).notice().version());
        ChangeNotice decided = notices.decide(id, version, body.accept(), body.reason(), body.sentOn(), body.sentVia());
        return ResponseEntity.ok().eTag(VersionTags.of(decided.version())).body(current(id));
    }

    private OpenNotice current(long id) {
        return notices.find(id).orElseThrow(() -> NotFound.of("notice", id));
    }

    /** A manager's decision: accept, or object with a reason sent on a day through a channel. */
    record Decision(boolean accept, String reason, LocalDate sentOn, String sentVia) {}
}

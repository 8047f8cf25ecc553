package org.dpatracker.api;

import static org.dpatracker.api.Representations.fields;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.dpatracker.breach.Breach;
import org.dpatracker.breach.BreachDuty;
import org.dpatracker.breach.BreachService;
import org.dpatracker.breach.FollowUp;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The breach register of Art. 33(5) and each agreement's contractual breach-notification duty. */
@RestController
@Tag(name = "Breaches", description = "Personal data breaches (Art. 33/34) and the processors' notice duties")
class BreachApi {

    private final BreachService breaches;
    private final RecordWrites<Breach> breach;
    private final RecordWrites<BreachDuty> duty;

    BreachApi(BreachService breaches, Representations json) {
        this.breaches = breaches;
        this.breach = new RecordWrites<>(json, Breach.class, Breach::version);
        this.duty = new RecordWrites<>(json, BreachDuty.class, BreachDuty::version);
    }

    @GetMapping("/api/v1/breaches")
    @Operation(summary = "Every breach, or with open=true those not closed")
    List<Breach> list(@RequestParam(defaultValue = "false") boolean open) {
        return open ? breaches.findOpen() : breaches.findAll();
    }

    @GetMapping("/api/v1/breaches/{id}")
    @Operation(summary = "One breach with its follow-ups")
    ResponseEntity<Breach> one(@PathVariable long id) {
        return breach.read(current(id));
    }

    @PostMapping("/api/v1/breaches")
    @Operation(summary = "Records a breach; the 72 hours of Art. 33(1) run from awareAt")
    ResponseEntity<Breach> create(@RequestBody Breach body) {
        return breach.create(
                body, fields("followUps", List.of()), breaches::save, saved -> "/api/v1/breaches/" + saved.id());
    }

    @PutMapping("/api/v1/breaches/{id}")
    @Operation(summary = "Replaces the breach (follow-ups are kept: add them with POST .../follow-ups)")
    ResponseEntity<Breach> replace(
            @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody Breach body) {
        return breach.replace(current(id), body, ifMatch, fields("id", id), breaches::save);
    }

    @PatchMapping(
            value = "/api/v1/breaches/{id}",
            consumes = {"application/merge-patch+json", "application/json"})
    @Operation(summary = "Changes the fields given (JSON merge patch); If-Match required")
    ResponseEntity<Breach> patch(
            @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody JsonNode patch) {
        return breach.patch(current(id), patch, ifMatch, fields("id", id), breaches::save);
    }

    @PostMapping("/api/v1/breaches/{id}/follow-ups")
    @Operation(summary = "Adds information given in phases (Art. 33(4)) to the authority or the data subjects")
    ResponseEntity<Breach> addFollowUp(@PathVariable long id, @RequestBody FollowUp body) {
        current(id);
        Breach after = breaches.addFollowUp(new FollowUp(null, id, body.sentAt(), body.recipient(), body.content()));
        return breach.read(after);
    }

    @GetMapping("/api/v1/agreements/{agreementId}/breach-duty")
    @Operation(summary = "The processor's contractual duty to report breaches; version 0 while none is recorded")
    ResponseEntity<BreachDuty> duty(@PathVariable long agreementId) {
        return duty.read(breaches.dutyOf(agreementId));
    }

    @PutMapping("/api/v1/agreements/{agreementId}/breach-duty")
    @Operation(summary = "Records the duty (hours or the contract's words, channel, contents); If-Match required")
    ResponseEntity<BreachDuty> replaceDuty(
            @PathVariable long agreementId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody BreachDuty body) {
        return duty.replace(
                breaches.dutyOf(agreementId), body, ifMatch, fields("agreementId", agreementId), breaches::saveDuty);
    }

    @PatchMapping(
            value = "/api/v1/agreements/{agreementId}/breach-duty",
            consumes = {"application/merge-patch+json", "application/json"})
    @Operation(summary = "Changes the fields given (JSON merge patch); If-Match required")
    ResponseEntity<BreachDuty> patchDuty(
            @PathVariable long agreementId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody JsonNode patch) {
        return duty.patch(
                breaches.dutyOf(agreementId), patch, ifMatch, fields("agreementId", agreementId), breaches::saveDuty);
    }

    private Breach current(long id) {
        return breaches.find(id).orElseThrow(() -> NotFound.of("breach", id));
    }
}

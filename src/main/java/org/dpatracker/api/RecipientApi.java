package org.dpatracker.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.dpatracker.dataflow.Recipient;
import org.dpatracker.dataflow.RecipientFilter;
import org.dpatracker.dataflow.RecipientService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Where data goes: every organisation that receives personal data, as the managers' page shows it. */
@RestController
@Tag(name = "Where data goes", description = "Recipients of personal data, their countries and transfer bases")
class RecipientApi {

    private final RecipientService recipients;

    RecipientApi(RecipientService recipients) {
        this.recipients = recipients;
    }

    @GetMapping("/api/v1/subprocessors")
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
        PageRequest page = new PageRequest(offset, limit);
        // A page costs what its rows cost; the whole list grows with the register.
        return ResponseEntity.ok()
                .header("X-Total-Count", String.valueOf(recipients.count(filter)))
                .body(recipients.page(filter, page.offset(), page.limit()));
    }
}

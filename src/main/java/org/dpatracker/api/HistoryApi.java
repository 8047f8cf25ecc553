package org.dpatracker.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.dpatracker.api.PageRequest.Page;
import org.dpatracker.history.ChainVerification;
import org.dpatracker.history.ChangeEntry;
import org.dpatracker.history.ChangeFilter;
import org.dpatracker.history.ChangeHistoryService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The change history: who changed what when, and the check that its hash chain is unbroken. */
@RestController
@Tag(name = "Change history", description = "Every change with its before and after, in a hash chain")
class HistoryApi {

    private final ChangeHistoryService history;

    HistoryApi(ChangeHistoryService history) {
        this.history = history;
    }

    @GetMapping("/api/v1/history")
    @Operation(summary = "Changes, newest first, filtered by entity, entity id and text")
    Page<ChangeEntry> changes(
            @RequestParam(required = false) String entity,
            @RequestParam(required = false) String entityId,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "100") int limit) {
        PageRequest page = new PageRequest(offset, limit);
        ChangeFilter filter = new ChangeFilter(entity, entityId, q);
        return page.of(history.count(filter), history.findPage(filter, offset, limit));
    }

    @GetMapping("/api/v1/history/verification")
    @Operation(
            summary = "Recomputes the hash chain over every entry (the first broken entry and why) and compares the"
                    + " current rows with their last recorded states: each row edited, inserted or deleted behind the"
                    + " application, by entity and id")
    ChainVerification verify() {
        return history.verify();
    }
}

package org.dpatracker.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.dpatracker.deadline.Deadline;
import org.dpatracker.deadline.UpcomingDeadlines;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Every dated duty of the register, as the deadlines page and the reminders see them. */
@RestController
@Tag(name = "Deadlines", description = "Breach clocks, objection windows, reviews, audits, deletions, certificates")
class DeadlineApi {

    private static final int MAX_DAYS = 3660;

    private final UpcomingDeadlines deadlines;

    DeadlineApi(UpcomingDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @GetMapping("/api/v1/deadlines")
    @Operation(summary = "The deadlines due within the next `days` days (default 30), overdue ones first")
    List<Deadline> within(@RequestParam(defaultValue = "30") int days) {
        if (days < 0 || days > MAX_DAYS) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "days must be between 0 and " + MAX_DAYS + ", not " + days);
        }
        return deadlines.within(days);
    }
}

package org.dpatracker.calendar;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The address calendar programs subscribe to. An unknown or revoked token gets a bare 404, the same for every
 * token, so the answer does not tell whether a token ever existed.
 */
@RestController
class CalendarFeedController {

    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar; charset=utf-8");

    private final CalendarFeedService feeds;

    CalendarFeedController(CalendarFeedService feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<byte[]> feed(@PathVariable String token) {
        return feeds.feed(token)
                .map(calendar -> ResponseEntity.ok().contentType(CALENDAR).body(calendar))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}

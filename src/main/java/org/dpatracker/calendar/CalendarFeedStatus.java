package org.dpatracker.calendar;

import java.time.Instant;

/** A user's calendar feed as its owner sees it: when its address was made and last fetched (or never). */
public record CalendarFeedStatus(Instant createdAt, Instant lastUsedAt) {}

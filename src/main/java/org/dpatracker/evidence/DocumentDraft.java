package org.dpatracker.evidence;

import java.time.LocalDate;

/** What the user says about a file they upload: its kind, title, the date it bears and until when it is valid. */
public record DocumentDraft(DocumentKind kind, String title, LocalDate documentDate, LocalDate validUntil) {}

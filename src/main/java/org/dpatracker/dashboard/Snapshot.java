package org.dpatracker.dashboard;

import java.time.LocalDate;

/**
 * The headline figures of one day: the overall score ({@code null} without agreements in force), the
 * agreements in force, those not signed, those with red flags, the open red flags and overdue deadlines.
 */
public record Snapshot(
        LocalDate day, Integer score, int agreements, int notSigned, int flagged, int redFlags, int overdue) {}

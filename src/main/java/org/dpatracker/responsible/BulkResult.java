package org.dpatracker.responsible;

/** What a bulk action did: how many agreements it changed and how many already were as asked or not found. */
public record BulkResult(int changed, int unchanged) {}

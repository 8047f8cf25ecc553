package org.dpatracker.dataflow;

/** One country on the map: how data reaches it and how many of the listed recipients process data there. */
public record CountryTransfers(String country, TransferCategory category, int recipients) {}

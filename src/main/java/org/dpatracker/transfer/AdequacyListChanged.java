package org.dpatracker.transfer;

/** Published inside the transaction that changed the adequacy list: every agreement's flags may change. */
public record AdequacyListChanged() {}

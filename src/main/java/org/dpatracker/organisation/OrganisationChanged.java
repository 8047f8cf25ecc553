package org.dpatracker.organisation;

/** Published inside the transaction that changed an organisation, e.g. its certificates. */
public record OrganisationChanged(long organisationId) {}

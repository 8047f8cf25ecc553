package org.dpatracker.webhook;

/** A delivery to be attempted, with what sending it needs: where, the secret to sign with, the body. */
record DueDelivery(long id, String targetUrl, String secret, String eventId, String payload, int attempts) {}

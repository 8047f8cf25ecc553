package org.dpatracker.webhook;

/** A signing secret just made for a subscription: the only time the application hands it out. */
public record IssuedSecret(WebhookSubscription subscription, String secret) {}

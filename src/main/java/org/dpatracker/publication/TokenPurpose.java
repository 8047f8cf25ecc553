package org.dpatracker.publication;

/** What a subscriber's link does: confirm the subscription (double opt-in) or end it. */
enum TokenPurpose {
    CONFIRM,
    UNSUBSCRIBE
}

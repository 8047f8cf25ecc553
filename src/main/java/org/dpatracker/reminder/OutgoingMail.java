package org.dpatracker.reminder;

/** A mail waiting in the outbox: to whom, and its text in plain and HTML form. */
record OutgoingMail(long id, String recipient, String subject, String text, String html, int attempts) {}

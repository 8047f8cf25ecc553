package org.dpatracker.apitoken;

/** A token just made: the only time its text is handed out; only its hash is kept. */
public record IssuedToken(ApiToken token, String secret) {}

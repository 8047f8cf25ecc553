package org.dpatracker.api;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** 404 for an id that names nothing (or nothing the address leads to). */
final class NotFound {

    private NotFound() {}

    static ResponseStatusException of(String what, Object id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No " + what + " " + id);
    }
}

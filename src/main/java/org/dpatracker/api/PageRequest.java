package org.dpatracker.api;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** One page of a list: {@code offset} from 0, {@code limit} 1 to 1,000; outside those bounds the call is 400. */
record PageRequest(int offset, int limit) {

    static final int MAX_LIMIT = 1000;

    PageRequest {
        if (offset < 0) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "offset must be 0 or more, not " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
    }

    <T> Page<T> of(int total, List<T> items) {
        return new Page<>(total, offset, limit, items);
    }

    /** A page cut from a list that the service returns whole. */
    <T> Page<T> cut(List<T> all) {
        int from = Math.min(offset, all.size());
        return of(all.size(), all.subList(from, Math.min(all.size(), from + limit)));
    }

    record Page<T>(int total, int offset, int limit, List<T> items) {}
}

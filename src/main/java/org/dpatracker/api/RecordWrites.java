package org.dpatracker.api;

import java.net.URI;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/**
 * Reading, creating, replacing and patching one kind of record through its service, with its version as the
 * ETag: the one way every resource of the API does it.
 */
final class RecordWrites<T> {

    private final Representations json;
    private final Class<T> type;
    private final ToIntFunction<T> version;

    RecordWrites(Representations json, Class<T> type, ToIntFunction<T> version) {
        this.json = json;
        this.type = type;
        this.version = version;
    }

    ResponseEntity<T> read(T current) {
        return ResponseEntity.ok()
                .eTag(VersionTags.of(version.applyAsInt(current)))
                .body(current);
    }

    /** A new record: its id is left to the database, its version starts at 0. */
    ResponseEntity<T> create(T body, Map<String, Object> fixed, UnaryOperator<T> save, Function<T, String> location) {
        Map<String, Object> identity = Representations.fields("id", null, "version", 0);
        identity.putAll(fixed);
        T saved = save.apply(json.with(required(body), type, identity));
        return ResponseEntity.created(URI.create(location.apply(saved)))
                .eTag(VersionTags.of(version.applyAsInt(saved)))
                .body(saved);
    }

    ResponseEntity<T> replace(T current, T body, String ifMatch, Map<String, Object> fixed, UnaryOperator<T> save) {
        return saved(json.with(required(body), type, identity(current, ifMatch, fixed)), save);
    }

    ResponseEntity<T> patch(
            T current, JsonNode patch, String ifMatch, Map<String, Object> fixed, UnaryOperator<T> save) {
        return saved(json.patched(current, patch, type, identity(current, ifMatch, fixed)), save);
    }

    /** The version the caller saw, checked against the stored one. */
    int matching(T current, String ifMatch) {
        return VersionTags.matching(ifMatch, version.applyAsInt(current));
    }

    private Map<String, Object> identity(T current, String ifMatch, Map<String, Object> fixed) {
        Map<String, Object> identity = Representations.fields("version", matching(current, ifMatch));
        identity.putAll(fixed);
        return identity;
    }

    private ResponseEntity<T> saved(T input, UnaryOperator<T> save) {
        T saved = save.apply(input);
        return read(saved);
    }

    private T required(T body) {
        if (body == null) {
            throw new org.springframework.web.server.ResponseStatusException(
                    org.springframework.http.HttpStatus.BAD_REQUEST, "The request needs a JSON body.");
        }
        return body;
    }
}

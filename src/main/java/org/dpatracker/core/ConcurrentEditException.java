package org.dpatracker.core;

/** Someone else saved the same row since it was read; the later save is refused, nothing is overwritten. */
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException(String entity, Object id) {
        super(entity + " " + id + " was changed by someone else");
    }
}

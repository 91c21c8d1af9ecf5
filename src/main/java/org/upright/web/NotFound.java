package org.upright.web;

/** Thrown by a handler when what the URL names does not exist; the message says what was looked for. */
public final class NotFound extends RuntimeException {
    public NotFound(String message) {
        super(message);
    }
}

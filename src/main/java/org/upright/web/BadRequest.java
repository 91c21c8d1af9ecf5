package org.upright.web;

/** Thrown by a handler when a parameter is wrong; the message says what was wrong and what to do. */
public final class BadRequest extends RuntimeException {
    public BadRequest(String message) {
        super(message);
    }
}

package org.upright.common;

/** A viewer asked for a change their role does not allow; the web answers 403, the command line exits 2. */
public final class NotAllowed extends RuntimeException {
    public NotAllowed(String message) {
        super(message);
    }
}

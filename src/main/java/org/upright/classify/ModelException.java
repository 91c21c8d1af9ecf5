package org.upright.classify;

/** A model folder that cannot be used, or training that cannot start; the message says what to do. */
public final class ModelException extends RuntimeException {
    public ModelException(String message) {
        super(message);
    }

    public ModelException(String message, Throwable cause) {
        super(message, cause);
    }
}

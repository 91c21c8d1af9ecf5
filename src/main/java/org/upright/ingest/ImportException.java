package org.upright.ingest;

/** A file that cannot be imported at all; the message names the file and says what to do. */
public class ImportException extends RuntimeException {
    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}

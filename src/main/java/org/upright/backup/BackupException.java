package org.upright.backup;

/** A backup or restore that cannot be done; the message says what was wrong and what to do. */
public final class BackupException extends RuntimeException {
    public BackupException(String message) {
        super(message);
    }

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.upright.document;

import org.upright.common.UserMistake;

/** A file that cannot become a document, with what was wrong and what to do about it. */
public final class DocumentException extends UserMistake {
    private final java.util.Map<String, String> fields;

    public DocumentException(String message) {
        this(message, java.util.Map.of());
    }

    /** @param fields each field that was wrong → what was wrong with it, for a form to show beside the field */
    public DocumentException(String message, java.util.Map<String, String> fields) {
        super(message);
        this.fields = java.util.Map.copyOf(fields);
    }

    public java.util.Map<String, String> fields() {
        return fields;
    }
}

package org.upright.document;

/** The number of a document. */
public record DocumentId(long value) {
    @Override
    public String toString() {
        return Long.toString(value);
    }
}

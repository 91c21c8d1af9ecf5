package org.upright.document;

import org.upright.common.UserMistake;

/** A file that cannot become a document, with what was wrong and what to do about it. */
public final class DocumentException extends UserMistake {
    public DocumentException(String message) {
        super(message);
    }
}

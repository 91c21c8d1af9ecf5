package org.upright.document;

import java.time.LocalDate;

/**
 * A document as read from its file: the clean text (site chrome dropped), what the file says of itself (title,
 * publisher, publication date; null when it says nothing) and the language detected in the text.
 */
public record ReadDocument(String mediaType, String text, String title, String publisher, LocalDate published,
                           String language, int pages) {
}

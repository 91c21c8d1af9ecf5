package org.upright.document;

import java.util.List;
import org.upright.common.StateCode;
import org.upright.common.Visibility;

/**
 * A document the system holds, without its original bytes (read those with {@link DocumentStore#original}).
 * {@code state} is the state under review the draft found or an editor chose; null when the text names none.
 */
public record Document(DocumentId id, String title, String publisher, String publishedOn, String language,
                       String mediaType, String fileName, String sha256, String text, StateCode state, String reviewDate,
                       String previousReview, List<String> notices, Visibility visibility, String createdAt) {
}

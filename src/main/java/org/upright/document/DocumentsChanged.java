package org.upright.document;

import java.util.List;

/** Announced after documents were added or decided on (or removed): the search index reads them again. */
public record DocumentsChanged(List<DocumentId> ids) {
}

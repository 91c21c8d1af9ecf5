package org.upright.document;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.upright.common.StateCode;
import org.upright.common.Visibility;
import org.upright.evidence.Link;

/** Where documents, their drafts and the asks confirmed from them live. Lists take the visibilities the reader may see. */
public interface DocumentStore {
    DocumentId create(Document document, byte[] original, List<DraftItem> items);

    Optional<Document> byId(DocumentId id);

    Optional<byte[]> original(DocumentId id);

    /** Documents of these visibilities, newest first; state and words (in title or text) narrow it. */
    List<Document> find(Set<Visibility> visible, StateCode state, List<String> words, int limit);

    /** The asks confirmed about a state, of these visibilities, oldest first. */
    List<ConfirmedAsk> asks(Set<Visibility> visible, StateCode state, int limit);

    /** Every document's id, whatever its visibility: the search index reads them all and filters per reader. */
    List<DocumentId> ids();

    /** The document already holding exactly these bytes, if any. */
    Optional<DocumentId> bySha256(String sha256);

    List<DraftItem> items(DocumentId id);

    Optional<DraftItem> item(DocumentId id, long itemId);

    void decide(long itemId, String status, String data, String label, String result, String now);

    /** Saves an ask confirmed from a document with the recommendations it is linked to (id → score). */
    long createAsk(DocumentId document, StateCode state, String text, Visibility visibility, List<Link> links, String now);
}

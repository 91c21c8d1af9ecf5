package org.upright.document;

import java.util.List;
import org.upright.common.StateCode;
import org.upright.common.Visibility;
import org.upright.evidence.Link;

/** An ask an editor confirmed from a document, with the title of that document and the recommendations it is linked to. */
public record ConfirmedAsk(long id, DocumentId document, String documentTitle, StateCode state, String text, Visibility visibility,
                           List<Link> links) {
    /** Where the ask is shown: on its document's page. */
    public String url() {
        return "/documents/" + document + "#ask-" + id;
    }
}

package org.upright.search;

import io.javalin.http.Context;
import java.util.Locale;
import org.upright.common.Visibility;
import org.upright.state.StateLookup;
import org.upright.web.Auth;
import org.upright.web.BadRequest;
import org.upright.web.Params;

/** What the documents tab and the API share: the {@code kind} parameter, and reading the URL into a document search. */
final class DocumentSearchHttp {
    static final String KIND = "kind";
    static final int DEFAULT_SIZE = 20;

    private final DocumentSearch documents;
    private final StateLookup states;

    DocumentSearchHttp(DocumentSearch documents, StateLookup states) {
        this.documents = documents;
        this.states = states;
    }

    /**
     * True when the URL asks for documents ({@code kind=documents}). Any other kind is the recommendations' own
     * filter (recommendation or pledge), which their search reads and checks.
     */
    static boolean wantsDocuments(Context ctx) {
        return Params.text(ctx, KIND).map(k -> k.toLowerCase(Locale.ROOT).equals("documents")).orElse(false);
    }

    /** The documents the viewer may see that match the URL's q (and sur), one page of them. */
    DocumentSearch.Result run(Context ctx) {
        String state = Params.text(ctx, "sur").map(s -> states.find(s).orElseThrow(() -> new BadRequest(
                "sur: no state is known by the code or name '" + s + "'; use a name or an ISO code such as KAZ.")).code().value()).orElse(null);
        int page = Params.integer(ctx, "page").orElse(1);
        int size = Params.integer(ctx, "size").orElse(DEFAULT_SIZE);
        try {
            return documents.search(Params.text(ctx, "q").orElse(""), Visibility.seenBy(Auth.viewer(ctx).role()), state, page, size);
        } catch (SearchException e) {
            throw new BadRequest(e.getMessage());
        }
    }

    StateLookup states() {
        return states;
    }
}

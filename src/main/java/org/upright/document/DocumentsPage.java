package org.upright.document;

import java.util.List;
import org.upright.state.StateLookup;
import org.upright.state.StateRef;

/**
 * The documents a viewer may see and, for editors, the form to add one; after a refused upload the form shows
 * the problem beside the file field and keeps what was typed.
 */
public record DocumentsPage(List<Row> rows, String query, Form form, String problem) {
    public record Row(Document item, StateRef state) {
        public String url() {
            return "/documents/" + item.id();
        }
    }

    /** What the upload form holds. */
    public record Form(String visibility, String publisher, String published, String title, String state) {
        static final Form BLANK = new Form("private", "", "", "", "");

        static Form of(Upload u) {
            return new Form(u.visibility() == null ? "private" : u.visibility(), nz(u.publisher()), nz(u.published()), nz(u.title()), nz(u.state()));
        }

        private static String nz(String s) {
            return s == null ? "" : s;
        }
    }

    static DocumentsPage of(List<Document> found, String query, StateLookup states, Form form, String problem) {
        return new DocumentsPage(found.stream().map(d -> new Row(d, d.state() == null ? null : states.ref(d.state()))).toList(),
                query, form, problem);
    }
}

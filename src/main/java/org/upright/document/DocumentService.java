package org.upright.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.upright.common.Audited;
import org.upright.common.NotAllowed;
import org.upright.common.ChangeEvents;
import org.upright.common.Role;
import org.upright.common.StateCode;
import org.upright.common.Timestamps;
import org.upright.common.Viewer;
import org.upright.common.Visibility;
import org.upright.evidence.Extraction;
import org.upright.evidence.Extractor;
import org.upright.evidence.Link;
import org.upright.i18n.Ui;
import org.upright.store.Database;

/**
 * Documents for whoever asks, with the same visibility rule as cases: editors add them (private unless they say
 * public), read them into a clean text, draft what they say and link the draft to the record; a person then
 * accepts, corrects or rejects each item ({@link DraftDecisions}). Adding is all or nothing, and audited.
 */
public final class DocumentService {
    /** Recommendations linked to each ask or incident. */
    static final int LINKS = 5;

    private final Database db;
    private final DocumentStore store;
    private final DocumentReader reader = new DocumentReader();
    private final Extractor extractor;
    private final Linker linker;
    private final Function<String, Optional<StateCode>> states;
    private final ChangeEvents events;

    public DocumentService(Database db, DocumentStore store, Extractor extractor, Linker linker,
                           Function<String, Optional<StateCode>> states, ChangeEvents events) {
        this.db = db;
        this.store = store;
        this.extractor = extractor;
        this.linker = linker;
        this.states = states;
        this.events = events;
    }

    /** What adding a document made: the document and its draft. */
    public record Added(Document document, Extraction extraction, List<DraftItem> items) {
    }

    /** Reads, drafts, links and saves a document; {@code progress} hears each PDF page read (may be null). */
    public Added add(Viewer viewer, Upload upload, IntConsumer progress) {
        mayEdit(viewer);
        Checked form = check(upload);
        String sha = sha256(upload.bytes());
        store.bySha256(sha).ifPresent(existing -> {
            throw new DocumentException(Ui.text("document.problem.duplicate", String.valueOf(existing)));
        });
        ReadDocument read = reader.read(upload.fileName(), upload.bytes(), progress);
        LocalDate published = form.published != null ? form.published : read.published();
        Extraction x = extractor.extract(read.text(), published);
        StateCode state = form.state != null ? form.state : x.stateUnderReview();
        Function<org.upright.evidence.Span, List<Link>> links = span -> state == null ? List.of()
                : linker.recommendations(span.of(read.text()), state, LINKS);
        List<DraftItem> items = DraftItems.of(x, links, name -> state == null ? null : linker.caseNamed(viewer, name, state).orElse(null));
        Document draft = new Document(null, first(form.title, read.title()), first(form.publisher, read.publisher(), ""),
                published == null ? null : published.toString(), read.language(), read.mediaType(), fileName(upload.fileName()), sha,
                read.text(), state, x.reviewDate() == null ? null : x.reviewDate().date().iso(),
                x.previousReview() == null ? null : x.previousReview().date().iso(), x.notices(), form.visibility, now());
        DocumentId id = db.transaction(() -> store.create(draft, upload.bytes(), items));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("title", draft.title());
        after.put("file", draft.fileName());
        after.put("visibility", draft.visibility().id());
        after.put("items", items.size());
        events.publish(new Audited(viewer, "document.add", "document/" + id, null, after, Map.of()));
        events.publish(new DocumentsChanged(List.of(id)));
        Document saved = store.byId(id).orElseThrow();
        return new Added(saved, x, store.items(id));
    }

    public List<Document> find(Viewer viewer, StateCode state, String query, int limit) {
        List<String> words = new ArrayList<>();
        if (query != null) {
            // field clauses (sur:KAZ), exclusions (-word) and operators speak of recommendations, not documents
            for (String token : query.strip().split("\\s+")) {
                if (token.contains(":") || token.startsWith("-") || token.matches("AND|OR|NOT")) continue;
                for (String w : token.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                    if (w.length() > 1 && words.size() < 8 && !words.contains(w)) words.add(w);
                }
            }
        }
        return store.find(Visibility.seenBy(viewer.role()), state, words, Math.max(1, Math.min(limit, 500)));
    }

    /** The document when the viewer may see it; empty when there is none or they may not. */
    public Optional<Document> find(Viewer viewer, DocumentId id) {
        return store.byId(id).filter(d -> d.visibility().seenBy(viewer));
    }

    /** The asks editors confirmed about a state that the viewer may see. */
    public List<ConfirmedAsk> asks(Viewer viewer, StateCode state, int limit) {
        return store.asks(Visibility.seenBy(viewer.role()), state, Math.max(1, Math.min(limit, 500)));
    }

    /** Every document's id whatever its visibility, for the search index, which keeps the visibility and filters by it. */
    public List<DocumentId> ids() {
        return store.ids();
    }

    /** The document whatever its visibility, for the search index only: readers go through {@link #find(Viewer, DocumentId)}. */
    public Optional<Document> forIndex(DocumentId id) {
        return store.byId(id);
    }

    public List<DraftItem> items(Viewer viewer, DocumentId id) {
        return find(viewer, id).map(d -> store.items(id)).orElse(List.of());
    }

    public Optional<byte[]> original(Viewer viewer, DocumentId id) {
        return find(viewer, id).flatMap(d -> store.original(id));
    }

    static void mayEdit(Viewer viewer) {
        if (!viewer.can(Role.EDITOR)) throw new NotAllowed(Ui.text("document.problem.not_editor"));
    }

    private record Checked(Visibility visibility, String publisher, LocalDate published, String title, StateCode state) {
    }

    private Checked check(Upload u) {
        List<String> problems = new ArrayList<>();
        if (u.bytes() == null) problems.add(Ui.text("document.problem.file"));
        Visibility v = Visibility.PRIVATE;
        if (u.visibility() != null && !u.visibility().isBlank()) {
            v = Visibility.parse(u.visibility()).orElse(null);
            if (v == null) problems.add(Ui.text("document.problem.visibility", u.visibility().strip()));
        }
        String publisher = clean(u.publisher());
        if (publisher.length() > 200) problems.add(Ui.text("document.problem.at_most", Ui.text("document.publisher"), 200));
        String title = clean(u.title());
        if (title.length() > 300) problems.add(Ui.text("document.problem.at_most", Ui.text("document.title"), 300));
        LocalDate published = null;
        if (!clean(u.published()).isEmpty()) {
            try {
                published = LocalDate.parse(clean(u.published()));
                if (published.isAfter(LocalDate.now().plusDays(1))) problems.add(Ui.text("document.problem.future", published.toString()));
            } catch (DateTimeParseException e) {
                problems.add(Ui.text("document.problem.day", clean(u.published())));
            }
        }
        StateCode state = null;
        if (!clean(u.state()).isEmpty()) {
            state = states.apply(clean(u.state())).orElse(null);
            if (state == null) problems.add(Ui.text("document.problem.state", clean(u.state())));
        }
        if (!problems.isEmpty()) throw new DocumentException(String.join(" ", problems));
        return new Checked(v, publisher, published, title, state);
    }

    private static String fileName(String name) {
        if (name == null || name.isBlank()) return "document";
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "");
        return base.length() > 200 ? base.substring(0, 200) : base;
    }

    private static String first(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v.strip();
        return "";
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes == null ? new byte[0] : bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String now() {
        return Timestamps.of(Instant.now());
    }
}

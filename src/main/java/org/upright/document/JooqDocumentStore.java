package org.upright.document;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.table;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.upright.common.StateCode;
import org.upright.common.Visibility;
import org.upright.evidence.Link;
import org.upright.store.Database;

/** {@link DocumentStore} on jOOQ, the same SQL for SQLite and PostgreSQL. */
public final class JooqDocumentStore implements DocumentStore {
    private static final Table<?> DOCUMENT = table(name("document"));
    private static final Field<Long> ID = field(name("document", "id"), Long.class);
    private static final Field<String> TITLE = field(name("document", "title"), String.class);
    private static final Field<String> PUBLISHER = field(name("document", "publisher"), String.class);
    private static final Field<String> PUBLISHED = field(name("document", "published_on"), String.class);
    private static final Field<String> LANGUAGE = field(name("document", "language"), String.class);
    private static final Field<String> MEDIA_TYPE = field(name("document", "media_type"), String.class);
    private static final Field<String> FILE_NAME = field(name("document", "file_name"), String.class);
    private static final Field<String> SHA256 = field(name("document", "sha256"), String.class);
    private static final Field<byte[]> ORIGINAL = field(name("document", "original"), byte[].class);
    private static final Field<String> TEXT = field(name("document", "text"), String.class);
    private static final Field<String> STATE = field(name("document", "state_code"), String.class);
    private static final Field<String> REVIEW = field(name("document", "review_date"), String.class);
    private static final Field<String> PREVIOUS = field(name("document", "previous_review"), String.class);
    private static final Field<String> NOTICES = field(name("document", "notices"), String.class);
    private static final Field<String> VISIBILITY = field(name("document", "visibility"), String.class);
    private static final Field<String> CREATED = field(name("document", "created_at"), String.class);

    private static final Table<?> ITEM = table(name("document_item"));
    private static final Field<Long> I_ID = field(name("document_item", "id"), Long.class);
    private static final Field<Long> I_DOC = field(name("document_item", "document_id"), Long.class);
    private static final Field<Integer> I_POSITION = field(name("document_item", "position"), Integer.class);
    private static final Field<String> I_KIND = field(name("document_item", "kind"), String.class);
    private static final Field<String> I_LABEL = field(name("document_item", "label"), String.class);
    private static final Field<String> I_DATA = field(name("document_item", "data"), String.class);
    private static final Field<Integer> I_START = field(name("document_item", "span_start"), Integer.class);
    private static final Field<Integer> I_END = field(name("document_item", "span_end"), Integer.class);
    private static final Field<Double> I_CONFIDENCE = field(name("document_item", "confidence"), Double.class);
    private static final Field<String> I_STATUS = field(name("document_item", "status"), String.class);
    private static final Field<String> I_RESULT = field(name("document_item", "result"), String.class);
    private static final Field<String> I_DECIDED = field(name("document_item", "decided_at"), String.class);

    private static final Table<?> ASK = table(name("ask"));
    private static final Field<Long> A_ID = field(name("ask", "id"), Long.class);
    private static final Field<Long> A_DOC = field(name("ask", "document_id"), Long.class);
    private static final Field<String> A_STATE = field(name("ask", "state_code"), String.class);
    private static final Field<String> A_TEXT = field(name("ask", "text"), String.class);
    private static final Field<String> A_VISIBILITY = field(name("ask", "visibility"), String.class);
    private static final Field<String> A_CREATED = field(name("ask", "created_at"), String.class);
    private static final Table<?> ASK_REC = table(name("ask_recommendation"));
    private static final Field<Long> AR_ASK = field(name("ask_recommendation", "ask_id"), Long.class);
    private static final Field<Long> AR_REC = field(name("ask_recommendation", "recommendation_id"), Long.class);
    private static final Field<Double> AR_SCORE = field(name("ask_recommendation", "score"), Double.class);

    /** Every column but the original bytes, which only the download reads. */
    private static final List<Field<?>> COLUMNS = List.of(ID, TITLE, PUBLISHER, PUBLISHED, LANGUAGE, MEDIA_TYPE, FILE_NAME, SHA256,
            TEXT, STATE, REVIEW, PREVIOUS, NOTICES, VISIBILITY, CREATED);

    private final Database db;

    public JooqDocumentStore(Database db) {
        this.db = db;
    }

    @Override
    public DocumentId create(Document d, byte[] original, List<DraftItem> items) {
        Long id = db.dsl().insertInto(DOCUMENT, TITLE, PUBLISHER, PUBLISHED, LANGUAGE, MEDIA_TYPE, FILE_NAME, SHA256, ORIGINAL, TEXT,
                        STATE, REVIEW, PREVIOUS, NOTICES, VISIBILITY, CREATED)
                .values(d.title(), d.publisher(), d.publishedOn(), d.language(), d.mediaType(), d.fileName(), d.sha256(), original,
                        d.text(), d.state() == null ? null : d.state().value(), d.reviewDate(), d.previousReview(),
                        String.join("\n", d.notices()), d.visibility().id(), d.createdAt())
                .returningResult(ID).fetchOne(0, Long.class);
        var insert = db.dsl().insertInto(ITEM, I_DOC, I_POSITION, I_KIND, I_LABEL, I_DATA, I_START, I_END, I_CONFIDENCE, I_STATUS);
        for (DraftItem i : items) {
            insert = insert.values(id, i.position(), i.kind(), i.label(), i.data(), i.start(), i.end(), i.confidence(), i.status());
        }
        if (!items.isEmpty()) insert.execute();
        return new DocumentId(id);
    }

    @Override
    public Optional<Document> byId(DocumentId id) {
        return db.dsl().select(COLUMNS).from(DOCUMENT).where(ID.eq(id.value())).fetchOptional(JooqDocumentStore::toDocument);
    }

    @Override
    public Optional<byte[]> original(DocumentId id) {
        return db.dsl().select(ORIGINAL).from(DOCUMENT).where(ID.eq(id.value())).fetchOptional(ORIGINAL);
    }

    @Override
    public List<Document> find(Set<Visibility> visible, StateCode state, List<String> words, int limit) {
        Condition where = VISIBILITY.in(visible.stream().map(Visibility::id).toList())
                .and(state == null ? noCondition() : STATE.eq(state.value()));
        for (String w : words) where = where.and(TITLE.containsIgnoreCase(w).or(TEXT.containsIgnoreCase(w)));
        return db.dsl().select(COLUMNS).from(DOCUMENT).where(where).orderBy(ID.desc()).limit(limit).fetch(JooqDocumentStore::toDocument);
    }

    @Override
    public List<ConfirmedAsk> asks(Set<Visibility> visible, StateCode state, int limit) {
        var rows = db.dsl().select(A_ID, A_DOC, A_STATE, A_TEXT, A_VISIBILITY, TITLE).from(ASK).join(DOCUMENT).on(ID.eq(A_DOC))
                .where(A_VISIBILITY.in(visible.stream().map(Visibility::id).toList())).and(A_STATE.eq(state.value()))
                .orderBy(A_ID).limit(limit).fetch();
        List<ConfirmedAsk> asks = new java.util.ArrayList<>();
        for (Record r : rows) {
            List<Link> links = db.dsl().select(AR_REC, AR_SCORE).from(ASK_REC).where(AR_ASK.eq(r.get(A_ID))).orderBy(AR_SCORE.desc())
                    .fetch(l -> new Link(l.get(AR_REC), l.get(AR_SCORE) == null ? 0 : l.get(AR_SCORE)));
            asks.add(new ConfirmedAsk(r.get(A_ID), new DocumentId(r.get(A_DOC)), r.get(TITLE), state, r.get(A_TEXT),
                    Visibility.parse(r.get(A_VISIBILITY)).orElse(Visibility.PRIVATE), links));
        }
        return asks;
    }

    @Override
    public List<DocumentId> ids() {
        return db.dsl().select(ID).from(DOCUMENT).orderBy(ID).fetch(r -> new DocumentId(r.get(ID)));
    }

    @Override
    public Optional<DocumentId> bySha256(String sha256) {
        return db.dsl().select(ID).from(DOCUMENT).where(SHA256.eq(sha256)).limit(1).fetchOptional(r -> new DocumentId(r.get(ID)));
    }

    @Override
    public List<DraftItem> items(DocumentId id) {
        return db.dsl().select(I_ID, I_POSITION, I_KIND, I_LABEL, I_DATA, I_START, I_END, I_CONFIDENCE, I_STATUS, I_RESULT, I_DECIDED)
                .from(ITEM).where(I_DOC.eq(id.value())).orderBy(I_POSITION).fetch(JooqDocumentStore::toItem);
    }

    @Override
    public Optional<DraftItem> item(DocumentId id, long itemId) {
        return db.dsl().select(I_ID, I_POSITION, I_KIND, I_LABEL, I_DATA, I_START, I_END, I_CONFIDENCE, I_STATUS, I_RESULT, I_DECIDED)
                .from(ITEM).where(I_DOC.eq(id.value()).and(I_ID.eq(itemId))).fetchOptional(JooqDocumentStore::toItem);
    }

    @Override
    public void decide(long itemId, String status, String data, String label, String result, String now) {
        db.dsl().update(ITEM).set(I_STATUS, status).set(I_DATA, data).set(I_LABEL, label).set(I_RESULT, result).set(I_DECIDED, now)
                .where(I_ID.eq(itemId)).execute();
    }

    @Override
    public long createAsk(DocumentId document, StateCode state, String text, Visibility visibility, List<Link> links, String now) {
        Long id = db.dsl().insertInto(ASK, A_DOC, A_STATE, A_TEXT, A_VISIBILITY, A_CREATED)
                .values(document.value(), state == null ? null : state.value(), text, visibility.id(), now)
                .returningResult(A_ID).fetchOne(0, Long.class);
        for (Link l : links) db.dsl().insertInto(ASK_REC, AR_ASK, AR_REC, AR_SCORE).values(id, l.recommendation(), l.score()).execute();
        return id;
    }

    private static Document toDocument(Record r) {
        String notices = r.get(NOTICES);
        return new Document(new DocumentId(r.get(ID)), r.get(TITLE), r.get(PUBLISHER), r.get(PUBLISHED), r.get(LANGUAGE),
                r.get(MEDIA_TYPE), r.get(FILE_NAME), r.get(SHA256), r.get(TEXT), r.get(STATE) == null ? null : StateCode.of(r.get(STATE)),
                r.get(REVIEW), r.get(PREVIOUS), notices.isEmpty() ? List.of() : Arrays.asList(notices.split("\n")),
                Visibility.parse(r.get(VISIBILITY)).orElse(Visibility.PRIVATE), r.get(CREATED));
    }

    private static DraftItem toItem(Record r) {
        return new DraftItem(r.get(I_ID), r.get(I_POSITION), r.get(I_KIND), r.get(I_LABEL), r.get(I_DATA), r.get(I_START), r.get(I_END),
                r.get(I_CONFIDENCE), r.get(I_STATUS), r.get(I_RESULT), r.get(I_DECIDED));
    }
}

package org.upright.ingest;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.upright.store.Database;

/** {@link SourceFileStore} on jOOQ. */
public final class JooqSourceFileStore implements SourceFileStore {
    private static final Table<?> FILE = table(name("source_file"));
    private static final Field<Long> ID = field(name("id"), Long.class);
    private static final Field<String> SHA = field(name("sha256"), String.class);
    private static final Field<String> NAME = field(name("name"), String.class);
    private static final Field<String> PATH = field(name("path"), String.class);
    private static final Field<String> FORMAT = field(name("format"), String.class);
    private static final Field<String> AT = field(name("imported_at"), String.class);
    private static final Field<Integer> ROWS = field(name("rows_read"), Integer.class);
    private static final Field<Integer> NEW = field(name("recommendations_new"), Integer.class);
    private static final Field<Integer> MERGED = field(name("recommendations_merged"), Integer.class);
    private static final Field<Integer> REJECTED = field(name("rejected"), Integer.class);
    private static final Field<Long> REVIEWS_SEEN = field(name("reviews_seen"), Long.class);

    private final Database db;

    public JooqSourceFileStore(Database db) {
        this.db = db;
    }

    @Override
    public Optional<ImportedFile> bySha256(String sha256) {
        return db.dsl().select(ID, SHA, NAME, PATH, FORMAT, AT, ROWS, NEW, MERGED, REJECTED, REVIEWS_SEEN).from(FILE)
                .where(SHA.eq(sha256)).fetchOptional(JooqSourceFileStore::toFile);
    }

    @Override
    public void holdForImport(String sha256) {
        // SQLite's writing transactions already hold the one write lock from their start; PostgreSQL's READ
        // COMMITTED ones would both see no row and then collide on the unique sha256 key
        if (db.dialect() != SQLDialect.POSTGRES) return;
        db.dsl().fetch("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(?, 0))) AS held", sha256);
    }

    @Override
    public long add(String sha256, String name, String path, Format format) {
        return db.dsl().insertInto(FILE, SHA, NAME, PATH, FORMAT, AT, ROWS, NEW, MERGED, REJECTED)
                .values(sha256, name, path, format.id(), Instant.now().toString(), 0, 0, 0, 0)
                .returningResult(ID)
                .fetchOne(0, Long.class);
    }

    @Override
    public void setCounts(long id, int rowsRead, int recommendationsNew, int recommendationsMerged, int rejected,
                          long reviewsSeen) {
        db.dsl().update(FILE).set(ROWS, rowsRead).set(NEW, recommendationsNew).set(MERGED, recommendationsMerged)
                .set(REJECTED, rejected).set(REVIEWS_SEEN, reviewsSeen).where(ID.eq(id)).execute();
    }

    @Override
    public List<ImportedFile> all() {
        return db.dsl().select(ID, SHA, NAME, PATH, FORMAT, AT, ROWS, NEW, MERGED, REJECTED, REVIEWS_SEEN).from(FILE).orderBy(ID)
                .fetch(JooqSourceFileStore::toFile);
    }

    private static ImportedFile toFile(Record r) {
        return new ImportedFile(r.get(ID), r.get(SHA), r.get(NAME), r.get(PATH), r.get(FORMAT), r.get(AT),
                r.get(ROWS), r.get(NEW), r.get(MERGED), r.get(REJECTED), r.get(REVIEWS_SEEN));
    }
}

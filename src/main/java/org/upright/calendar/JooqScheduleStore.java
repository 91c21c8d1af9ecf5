package org.upright.calendar;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.upright.common.StateCode;
import org.upright.common.Timestamps;
import org.upright.store.Database;

/** {@link ScheduleStore} on jOOQ; days are kept as ISO text like the sessions' dates. */
public final class JooqScheduleStore implements ScheduleStore {
    private static final Table<?> SCHEDULE = table(name("review_schedule"));
    private static final Field<String> STATE = field(name("state_code"), String.class);
    private static final Field<Integer> SESSION = field(name("session_number"), Integer.class);
    private static final Field<String> REVIEW_ON = field(name("review_on"), String.class);
    private static final Field<String> NATIONAL = field(name("national_report_due"), String.class);
    private static final Field<String> STAKEHOLDERS = field(name("stakeholders_due"), String.class);
    private static final Field<String> ADOPTION = field(name("adoption_on"), String.class);
    private static final Field<String> SOURCE = field(name("source"), String.class);
    private static final Field<String> UPDATED = field(name("updated_at"), String.class);

    private final Database db;

    public JooqScheduleStore(Database db) {
        this.db = db;
    }

    @Override
    public List<ScheduledReview> all() {
        return fetch(DSL.noCondition());
    }

    @Override
    public List<ScheduledReview> ofState(StateCode state) {
        return fetch(STATE.eq(state.value()));
    }

    private List<ScheduledReview> fetch(Condition where) {
        return db.dsl().select(STATE, SESSION, REVIEW_ON, NATIONAL, STAKEHOLDERS, ADOPTION, SOURCE).from(SCHEDULE)
                .where(where).orderBy(SESSION, STATE).fetch(JooqScheduleStore::toReview);
    }

    @Override
    public void saveAll(List<ScheduledReview> reviews) {
        String now = Timestamps.of(Instant.now());
        db.transaction(() -> {
            for (ScheduledReview r : reviews) {
                db.dsl().deleteFrom(SCHEDULE).where(STATE.eq(r.state().value()).and(SESSION.eq(r.session()))).execute();
                db.dsl().insertInto(SCHEDULE, STATE, SESSION, REVIEW_ON, NATIONAL, STAKEHOLDERS, ADOPTION, SOURCE, UPDATED)
                        .values(r.state().value(), r.session(), text(r.reviewOn()), text(r.nationalReportDue()),
                                text(r.stakeholdersDue()), text(r.adoptionOn()), r.source(), now)
                        .execute();
            }
        });
    }

    private static String text(LocalDate day) {
        return day == null ? null : day.toString();
    }

    private static LocalDate day(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private static ScheduledReview toReview(Record r) {
        return new ScheduledReview(StateCode.of(r.get(STATE)), r.get(SESSION), day(r.get(REVIEW_ON)), day(r.get(NATIONAL)),
                day(r.get(STAKEHOLDERS)), day(r.get(ADOPTION)), r.get(SOURCE));
    }
}

package org.upright.followup;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectConditionStep;
import org.jooq.SelectJoinStep;
import org.jooq.Table;
import org.upright.common.StateCode;

/** The record's tables the follow-up stores join to find the state a recommendation was made to. */
final class JooqRecordTables {
    static final Table<?> RECOMMENDATION = table(name("recommendation"));
    static final Field<Long> R_ID = field(name("recommendation", "id"), Long.class);
    static final Field<Long> R_REVIEW = field(name("recommendation", "review_id"), Long.class);
    static final Table<?> REVIEW = table(name("review"));
    static final Field<Long> V_ID = field(name("review", "id"), Long.class);
    static final Field<String> V_STATE = field(name("review", "state_code"), String.class);

    private JooqRecordTables() {
    }

    /** The rows of the select whose recommendation (the column given) was made to the state. */
    static <R extends Record> SelectConditionStep<R> madeTo(SelectJoinStep<R> select, Field<Long> recommendation, StateCode state) {
        return select.join(RECOMMENDATION).on(R_ID.eq(recommendation)).join(REVIEW).on(V_ID.eq(R_REVIEW)).where(V_STATE.eq(state.value()));
    }
}

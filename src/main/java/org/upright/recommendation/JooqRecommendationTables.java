package org.upright.recommendation;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import org.jooq.Field;
import org.jooq.Table;

/** The tables and columns the recommendation store reads and writes (jOOQ without code generation). */
final class JooqRecommendationTables {
    static final Table<?> REC = table(name("recommendation"));
    static final Field<Long> ID = field(name("recommendation", "id"), Long.class);
    static final Field<Long> REVIEW_ID = field(name("recommendation", "review_id"), Long.class);
    static final Field<String> PARAGRAPH = field(name("recommendation", "paragraph"), String.class);
    static final Field<String> TEXT = field(name("recommendation", "text"), String.class);
    static final Field<String> RESPONSE = field(name("recommendation", "response"), String.class);
    static final Field<Boolean> RESPONSE_FINAL = field(name("recommendation", "response_final"), Boolean.class);
    static final Field<Boolean> PLEDGE = field(name("recommendation", "pledge"), Boolean.class);
    static final Field<Integer> ACTION = field(name("recommendation", "action_category"), Integer.class);
    static final Field<String> CREATED = field(name("recommendation", "created_at"), String.class);

    static final Table<?> REVIEW = table(name("review"));
    static final Field<Long> RV_ID = field(name("review", "id"), Long.class);
    static final Field<String> RV_STATE = field(name("review", "state_code"), String.class);
    static final Field<Integer> RV_SESSION = field(name("review", "session_number"), Integer.class);

    static final Table<?> SESSION = table(name("session"));
    static final Field<Integer> S_NUMBER = field(name("session", "number"), Integer.class);
    static final Field<Integer> S_CYCLE = field(name("session", "cycle"), Integer.class);

    static final Table<?> RS = table(name("recommending_state"));
    static final Field<Long> RS_REC = field(name("recommending_state", "recommendation_id"), Long.class);
    static final Field<String> RS_STATE = field(name("recommending_state", "state_code"), String.class);

    static final Table<?> LABEL = table(name("label"));
    static final Field<Long> L_REC = field(name("label", "recommendation_id"), Long.class);
    static final Field<String> L_KIND = field(name("label", "kind"), String.class);
    static final Field<String> L_VALUE = field(name("label", "value"), String.class);
    static final Field<String> L_ORIGIN = field(name("label", "origin"), String.class);
    static final Field<Double> L_CONFIDENCE = field(name("label", "confidence"), Double.class);
    static final Field<String> L_MODEL = field(name("label", "model_version"), String.class);

    static final Table<?> PROV = table(name("provenance"));
    static final Field<Long> P_REC = field(name("provenance", "recommendation_id"), Long.class);
    static final Field<Long> P_FILE = field(name("provenance", "source_file_id"), Long.class);
    static final Field<Integer> P_LINE = field(name("provenance", "line"), Integer.class);
    static final Field<String> P_PARAGRAPH = field(name("provenance", "paragraph"), String.class);
    static final Field<String> P_RAW = field(name("provenance", "raw_response"), String.class);
    static final Field<Boolean> P_FINAL = field(name("provenance", "response_final"), Boolean.class);
    static final Field<String> P_TEXT = field(name("provenance", "source_text"), String.class);
    static final Field<String> P_DOCUMENT = field(name("provenance", "document_symbol"), String.class);

    static final Table<?> FILE = table(name("source_file"));
    static final Field<Long> F_ID = field(name("source_file", "id"), Long.class);
    static final Field<String> F_NAME = field(name("source_file", "name"), String.class);
    static final Field<String> F_FORMAT = field(name("source_file", "format"), String.class);
    static final Field<String> F_AT = field(name("source_file", "imported_at"), String.class);

    private JooqRecommendationTables() {
    }
}

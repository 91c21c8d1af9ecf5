package org.upright.state;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.util.Collection;
import org.jooq.Field;
import org.jooq.Table;
import org.upright.store.Database;

/** {@link StateStore} on jOOQ. */
public final class JooqStateStore implements StateStore {
    private static final Table<?> STATE = table(name("state"));
    private static final Field<String> CODE = field(name("code"), String.class);
    private static final Field<String> NAME = field(name("name"), String.class);
    private static final Field<String> GROUP = field(name("regional_group"), String.class);
    private static final Field<Boolean> MEMBER = field(name("member"), Boolean.class);

    private final Database db;

    public JooqStateStore(Database db) {
        this.db = db;
    }

    @Override
    public void sync(Collection<State> states) {
        db.transaction(() -> {
            for (State s : states) {
                db.dsl().insertInto(STATE, CODE, NAME, GROUP, MEMBER)
                        .values(s.code().value(), s.name(), s.group().label(), s.member())
                        .onConflict(CODE).doUpdate()
                        .set(NAME, s.name()).set(GROUP, s.group().label()).set(MEMBER, s.member())
                        .execute();
            }
        });
    }
}

package org.upright.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Types;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** A row survives the trip through a line of JSON with every value's type intact, and converts to either database. */
class RowCodecTest {
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2026})
    void random_rows_of_every_neutral_type_come_back_as_they_went(long seed) throws IOException {
        Random random = new Random(seed);
        for (int n = 0; n < 200; n++) {
            Object[] row = new Object[7];
            row[0] = random.nextLong();
            row[1] = random.nextDouble() * 1e6 - 5e5;
            row[2] = random.nextBoolean();
            row[3] = text(random);
            byte[] bytes = new byte[random.nextInt(20)];
            random.nextBytes(bytes);
            row[4] = bytes;
            row[5] = null;
            row[6] = "2026-11-30T10:45:50.247199029Z";
            String line = new String(RowCodec.encode(row), StandardCharsets.UTF_8);
            assertThat(line).doesNotContain("\n");
            Object[] back = RowCodec.decode(line, row.length);
            assertThat(back).usingRecursiveFieldByFieldElementComparator().containsExactly(row);
        }
    }

    /** Text with what the record really holds: accents, Cyrillic, Arabic, quotes, line breaks, tabs. */
    private static String text(Random random) {
        String[] pieces = {"Ratify the Rome Statute", "Kazakhstan — Қазақстан", "المرأة", "\"quoted\"", "line\nbreak", "tab\t",
                "Côte d'Ivoire", "\\backslash", "emoji 🌍", ""};
        StringBuilder s = new StringBuilder();
        for (int i = random.nextInt(4); i >= 0; i--) s.append(pieces[random.nextInt(pieces.length)]);
        return s.toString();
    }

    @Test
    void a_line_that_is_not_an_array_of_the_right_length_is_refused() {
        assertThatThrownBy(() -> RowCodec.decode("[1, 2]", 3)).hasMessageContaining("array of 3 values");
        assertThatThrownBy(() -> RowCodec.decode("{\"a\": 1}", 1)).hasMessageContaining("array of 1 values");
        assertThatThrownBy(() -> RowCodec.decode("[[1]]", 1)).hasMessageContaining("neither number, text");
    }

    @Test
    void sqlite_booleans_become_postgresql_booleans_and_numbers_fit_either_column() {
        Column flag = new Column("pledge", Types.INTEGER, "BOOLEAN");
        assertThat(JdbcTableStore.bindable(1L, flag)).isEqualTo(true);
        assertThat(JdbcTableStore.bindable(0L, new Column("pledge", Types.BIT, "bool"))).isEqualTo(false);
        assertThat(JdbcTableStore.bindable(true, new Column("n", Types.INTEGER, "int4"))).isEqualTo(1L);
        assertThat(JdbcTableStore.bindable(3L, new Column("n", Types.INTEGER, "INTEGER"))).isEqualTo(3L);
        assertThat(JdbcTableStore.bindable(0.5, new Column("c", Types.REAL, "REAL"))).isEqualTo(0.5);
        assertThat(JdbcTableStore.bindable(7L, new Column("t", Types.VARCHAR, "TEXT"))).isEqualTo("7");
        assertThat(JdbcTableStore.bindable(null, new Column("t", Types.VARCHAR, "TEXT"))).isNull();
        assertThat(JdbcTableStore.bindable("2026-11-30 10:45:50", new Column("at", Types.TIMESTAMP, "timestamp")))
                .isEqualTo(java.time.LocalDateTime.of(2026, 11, 30, 10, 45, 50));
    }
}

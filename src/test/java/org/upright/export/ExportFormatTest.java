package org.upright.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExportFormatTest {
    @Test
    void csv_quotes_only_fields_that_need_it_and_doubles_quotes() {
        assertThat(CsvExport.field("plain text")).isEqualTo("plain text");
        assertThat(CsvExport.field("a, b")).isEqualTo("\"a, b\"");
        assertThat(CsvExport.field("say \"no\"")).isEqualTo("\"say \"\"no\"\"\"");
        assertThat(CsvExport.field("")).isEmpty();
    }

    @Test
    void csv_quotes_fields_with_line_breaks_and_leaves_null_empty() {
        assertThat(CsvExport.field("first\nsecond")).isEqualTo("\"first\nsecond\"");
        assertThat(CsvExport.field("first\rsecond")).isEqualTo("\"first\rsecond\"");
        assertThat(CsvExport.field(null)).isEmpty();
        assertThat(CsvExport.field(42)).isEqualTo("42");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            '"death penalty" sur:KAZ'        | upright-search-death-penalty-sur-kaz.csv
            ''                               | upright-search-all.csv
            Prévention de la torture         | upright-search-prevention-de-la-torture.csv
            التعذيب                          | upright-search-all.csv
            """)
    void file_names_keep_the_query_words_in_plain_ascii(String query, String name) {
        assertThat(ExportFormat.CSV.fileName(query)).isEqualTo(name);
    }

    @Test
    void formats_are_named_in_any_case() {
        assertThat(ExportFormat.byId("XLSX")).contains(ExportFormat.XLSX);
        assertThat(ExportFormat.byId("pdf")).isEmpty();
    }
}

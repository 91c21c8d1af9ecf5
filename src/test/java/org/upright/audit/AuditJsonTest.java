package org.upright.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The audit log's JSON columns read by a person: field by field, a value that is itself JSON unfolded, not escaped. */
class AuditJsonTest {
    @Test
    void a_value_that_holds_json_as_text_is_unfolded_instead_of_shown_escaped() {
        String details = "{\"format\":\"csv\",\"request\":\"{\\\"q\\\":\\\"torture\\\",\\\"filters\\\":{\\\"sur\\\":[\\\"KAZ\\\"]}}\",\"rows\":1656}";
        var fields = AuditJson.fields(details);
        assertThat(fields).containsKeys("format", "request", "rows");
        assertThat(fields.get("format")).isEqualTo("csv");
        assertThat(fields.get("rows")).isEqualTo("1656");
        assertThat(fields.get("request")).doesNotContain("\\\"").contains("\"q\" : \"torture\"", "\"sur\" : [ \"KAZ\" ]");
    }

    @Test
    void a_change_lists_the_fields_that_changed_with_before_and_after_and_leaves_the_others_out() {
        var changes = AuditJson.changes("{\"email\":\"a@x.org\",\"role\":\"admin\"}", "{\"email\":\"a@x.org\",\"role\":\"editor\"}");
        assertThat(changes).containsExactly(new AuditJson.Change("role", "admin", "editor"));
        assertThat(AuditJson.changes(null, "{\"name\":\"Asel\"}")).containsExactly(new AuditJson.Change("name", "", "Asel"));
        assertThat(AuditJson.changes("{\"name\":\"Asel\"}", null)).containsExactly(new AuditJson.Change("name", "Asel", ""));
    }

    @Test
    void text_that_is_not_json_is_shown_as_it_is() {
        assertThat(AuditJson.fields("not json {")).containsEntry("", "not json {");
        assertThat(AuditJson.fields(null)).isEmpty();
        assertThat(AuditJson.fields("{\"note\":\"[not a list\"}")).containsEntry("note", "[not a list");
    }
}

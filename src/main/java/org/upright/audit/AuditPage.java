package org.upright.audit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.upright.common.Page;
import org.upright.web.FieldProblems;
import org.upright.web.Pager;

/** The audit log page: the filter, one page of rows (newest first), the export link with the same filter. */
public record AuditPage(AuditFilter filter, List<String> actions, Page<AuditEntry> rows, Pager pager, String exportHref,
                        FieldProblems problems) {
    public static AuditPage of(AuditFilter filter, List<String> actions, Page<AuditEntry> rows, FieldProblems problems) {
        String query = query(filter);
        return new AuditPage(filter, actions, rows, Pager.of(rows, p -> "/admin/audit?" + query + "page=" + p),
                "/admin/audit/export.csv" + (query.isEmpty() ? "" : "?" + query.substring(0, query.length() - 1)), problems);
    }

    /** What a row changed, field by field, readable (nested JSON unfolded). */
    public static List<AuditJson.Change> changes(AuditEntry e) {
        return AuditJson.changes(e.before(), e.after());
    }

    /** A row's details, field by field, readable. */
    public static java.util.Map<String, String> details(AuditEntry e) {
        return AuditJson.fields(e.details());
    }

    public static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String query(AuditFilter f) {
        StringBuilder b = new StringBuilder();
        add(b, "actor", f.actor());
        add(b, "action", f.action());
        add(b, "from", f.from());
        add(b, "to", f.to());
        add(b, "text", f.text());
        return b.toString();
    }

    private static void add(StringBuilder b, String name, String value) {
        if (value != null && !value.isBlank()) b.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
    }
}

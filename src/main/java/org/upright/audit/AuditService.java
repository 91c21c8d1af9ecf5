package org.upright.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.upright.common.Timestamps;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.upright.common.Audited;
import org.upright.common.ChangeEvents;
import org.upright.common.Page;
import org.upright.common.PageRequest;
import org.upright.common.Viewer;
import org.upright.i18n.Ui;

/**
 * The audit log: appends one row for every {@link Audited} event any service announces, shows the log to admins
 * with filters, and exports it (which is itself logged).
 */
public final class AuditService {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AuditStore store;
    private final ChangeEvents events;

    /** The audit log of a database, listening on this bus: for commands that run without the whole app. */
    public static AuditService over(org.upright.store.Database db, ChangeEvents events) {
        return new AuditService(new JooqAuditStore(db), events);
    }

    public AuditService(AuditStore store, ChangeEvents events) {
        this.store = store;
        this.events = events;
        events.subscribe(Audited.class, this::record);
    }

    void record(Audited e) {
        Viewer who = e.who();
        store.append(new AuditEntry(0, Timestamps.of(Instant.now()), who.name(), who.userId(), e.action(), e.target(), who.address(),
                json(e.before()), json(e.after()), json(e.details())));
    }

    public Page<AuditEntry> find(AuditFilter filter, PageRequest page) {
        return store.find(checked(filter), page);
    }

    public List<String> actions() {
        return store.actions();
    }

    /** Writes the matching rows as CSV (UTF-8, RFC 4180), oldest first, and logs who exported what; returns the rows written. */
    public long export(Viewer who, AuditFilter filter, OutputStream out) throws IOException {
        AuditFilter f = checked(filter);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        long[] rows = {0};
        w.write("id,at,actor,actor_id,action,target,address,before,after,details\r\n");
        try {
            store.forEach(f, e -> {
                try {
                    w.write(e.id() + "," + csv(e.at()) + "," + csv(e.actor()) + "," + (e.actorId() == null ? "" : e.actorId()) + ","
                            + csv(e.action()) + "," + csv(e.target()) + "," + csv(e.address()) + "," + csv(e.before()) + ","
                            + csv(e.after()) + "," + csv(e.details()) + "\r\n");
                    rows[0]++;
                } catch (IOException x) {
                    throw new UncheckedIOException(x);
                }
            });
        } catch (UncheckedIOException x) {
            throw x.getCause();
        }
        w.flush();
        events.publish(Audited.of(who, "audit.export", null, Map.of("filter", describe(f), "rows", rows[0])));
        return rows[0];
    }

    /** The filter with its dates checked: a wrong one says what was wrong instead of matching nothing. */
    static AuditFilter checked(AuditFilter f) {
        day("from", f.from());
        day("to", f.to());
        return f;
    }

    private static void day(String name, String value) {
        if (value == null || value.isBlank()) return;
        try {
            LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new AuditFilter.WrongDay(name, Ui.text("audit.problem.day", name, value));
        }
    }

    private static String describe(AuditFilter f) {
        StringBuilder b = new StringBuilder();
        if (f.actor() != null && !f.actor().isBlank()) b.append("actor=").append(f.actor()).append(' ');
        if (f.action() != null && !f.action().isBlank()) b.append("action=").append(f.action()).append(' ');
        if (f.from() != null && !f.from().isBlank()) b.append("from=").append(f.from()).append(' ');
        if (f.to() != null && !f.to().isBlank()) b.append("to=").append(f.to()).append(' ');
        if (f.text() != null && !f.text().isBlank()) b.append("text=").append(f.text());
        return b.toString().strip();
    }

    private static String json(Map<String, Object> map) {
        if (map == null) return null;
        try {
            return JSON.writeValueAsString(map);
        } catch (JsonProcessingException e) {
            return String.valueOf(map);
        }
    }

    private static String csv(String s) {
        if (s == null) return "";
        // a cell starting with = + - @ would be run as a formula by a spreadsheet: the audit log holds what users typed
        String safe = !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}

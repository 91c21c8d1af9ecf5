package org.upright.audit;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import org.upright.web.Auth;
import org.upright.web.FieldProblems;
import org.upright.web.Params;
import org.upright.web.Require;
import org.upright.web.Templates;

/** {@code /admin/audit}: the audit log for admins, with filters, and its export as CSV. */
public final class AuditRoutes {
    private static final int SIZE = 50;
    private final AuditService audit;

    private AuditRoutes(AuditService audit) {
        this.audit = audit;
    }

    public static void register(RoutesConfig routes, AuditService audit) {
        AuditRoutes r = new AuditRoutes(audit);
        routes.get("/admin/audit", r::page, Require.ADMIN);
        routes.get("/admin/audit/export.csv", r::export, Require.ADMIN);
    }

    /** The log; a day that is not one comes back beside its field, with the filter as it was typed and no rows. */
    private void page(Context ctx) {
        AuditFilter filter = filter(ctx);
        try {
            var rows = audit.find(filter, new org.upright.common.PageRequest(Params.pageNumber(ctx, "page"), SIZE));
            Templates.html(ctx, "audit/log.jte", AuditPage.of(filter, audit.actions(), rows, FieldProblems.none()));
        } catch (AuditFilter.WrongDay e) {
            ctx.status(400);
            var none = new org.upright.common.Page<AuditEntry>(java.util.List.of(), 0, 1, SIZE);
            Templates.html(ctx, "audit/log.jte", AuditPage.of(filter, audit.actions(), none,
                    FieldProblems.of("filter", java.util.Map.of(), java.util.List.of(e.field() + ": " + e.getMessage()))));
        }
    }

    private void export(Context ctx) throws IOException {
        AuditFilter filter = AuditService.checked(filter(ctx));
        ctx.contentType("text/csv; charset=utf-8").header("Content-Disposition", "attachment; filename=\"upright-audit-log.csv\"");
        try (OutputStream out = ctx.res().getOutputStream()) {
            audit.export(Auth.viewer(ctx), filter, out);
        }
    }

    private static AuditFilter filter(Context ctx) {
        return new AuditFilter(Params.text(ctx, "actor").orElse(null), Params.text(ctx, "action").orElse(null),
                Params.text(ctx, "from").orElse(null), Params.text(ctx, "to").orElse(null), Params.text(ctx, "text").orElse(null));
    }
}

package org.upright.newsletter;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.upright.i18n.Ui;
import org.upright.web.Auth;
import org.upright.web.BadRequest;
import org.upright.web.NotFound;
import org.upright.web.Params;
import org.upright.web.Require;

/** {@code /api/v1/newsletters}: issues, a new draft, the send, and each reader's delivery; editors only. */
public final class NewsletterApiRoutes {
    private final NewsletterService newsletters;

    private NewsletterApiRoutes(NewsletterService newsletters) {
        this.newsletters = newsletters;
    }

    public static void register(RoutesConfig routes, NewsletterService newsletters) {
        NewsletterApiRoutes r = new NewsletterApiRoutes(newsletters);
        routes.get("/api/v1/newsletters", r::list, Require.EDITOR);
        routes.post("/api/v1/newsletters", r::create, Require.EDITOR);
        routes.get("/api/v1/newsletters/{id}", r::one, Require.EDITOR);
        routes.post("/api/v1/newsletters/{id}/send", r::send, Require.EDITOR);
    }

    private void list(Context ctx) {
        List<Newsletter> all = newsletters.all(Auth.viewer(ctx));
        ctx.json(Map.of("total", all.size(), "items", all.stream().map(NewsletterApiRoutes::json).toList()));
    }

    private void create(Context ctx) {
        JsonNode body = body(ctx);
        JsonNode segment = body.path("segment");
        NewsletterForm form = new NewsletterForm(text(body, "subject"), text(body, "body"), text(segment, "kind"), text(segment, "value"));
        try {
            long id = newsletters.create(Auth.viewer(ctx), form);
            ctx.status(201).json(json(newsletters.byId(Auth.viewer(ctx), id).orElseThrow()));
        } catch (NewsletterProblems e) {
            ctx.status(400).json(Map.of("status", 400, "error", e.getMessage(), "problems", e.problems()));
        }
    }

    private void one(Context ctx) {
        Newsletter n = newsletter(ctx);
        Map<String, Object> m = json(n);
        List<Delivery> deliveries = newsletters.deliveries(Auth.viewer(ctx), n.id());
        m.put("counts", NewsletterService.counts(deliveries));
        m.put("deliveries", deliveries.stream().map(NewsletterApiRoutes::delivery).toList());
        ctx.json(m);
    }

    private void send(Context ctx) {
        Newsletter n = newsletter(ctx);
        try {
            int queued = newsletters.send(Auth.viewer(ctx), n.id());
            ctx.status(202).json(Map.of("status", "sent", "queued", queued, "per_minute", newsletters.perMinute()));
        } catch (NewsletterProblems e) {
            ctx.status(409).json(Map.of("status", 409, "error", e.getMessage(), "problems", e.problems()));
        }
    }

    private Newsletter newsletter(Context ctx) {
        long id = Params.id(ctx, "newsletter");
        return newsletters.byId(Auth.viewer(ctx), id).orElseThrow(() -> new NotFound(Ui.text("newsletter.problem.missing", id)));
    }

    private static Map<String, Object> json(Newsletter n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", n.id());
        m.put("subject", n.subject());
        m.put("body", n.body());
        m.put("segment", Map.of("kind", n.segment().kind(), "value", n.segment().value()));
        m.put("status", n.status().id());
        m.put("created_by", n.createdBy());
        m.put("created_at", n.createdAt());
        m.put("sent_by", n.sentBy());
        m.put("sent_at", n.sentAt());
        return m;
    }

    private static Map<String, Object> delivery(Delivery d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("email", d.email());
        m.put("status", d.status());
        m.put("error", d.error());
        m.put("due_at", d.dueAt());
        m.put("sent_at", d.sentAt());
        return m;
    }

    private static JsonNode body(Context ctx) {
        try {
            JsonNode body = new com.fasterxml.jackson.databind.ObjectMapper().readTree(ctx.body());
            if (body == null || !body.isObject()) throw new BadRequest(Ui.text("newsletter.problem.json"));
            return body;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new BadRequest(Ui.text("newsletter.problem.json"));
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode n = body.path(field);
        return n.isTextual() ? n.asText() : null;
    }
}

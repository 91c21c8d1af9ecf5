package org.upright.classify;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.upright.web.Templates;

/** {@code /classification}: how good the suggestions are; {@code /api/v1/classification}: the same as JSON. */
public final class ClassificationRoutes {
    private final ClassificationService service;

    private ClassificationRoutes(ClassificationService service) {
        this.service = service;
    }

    public static void register(RoutesConfig routes, ClassificationService service) {
        ClassificationRoutes r = new ClassificationRoutes(service);
        routes.get("/classification", r::page);
        routes.get("/api/v1/classification", r::json);
    }

    private ClassificationPage model() {
        String version = null, problem = null;
        try {
            version = service.model().map(Classifier::version).orElse(null);
        } catch (ModelException e) {
            problem = e.getMessage();
        }
        return new ClassificationPage(version, problem, service.evaluation().orElse(null), service.counts());
    }

    private void page(Context ctx) {
        Templates.html(ctx, "classify/quality.jte", model());
    }

    private void json(Context ctx) {
        ClassificationPage p = model();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("model_version", p.modelVersion());
        body.put("problem", p.problem());
        body.put("suggestions", p.suggestions());
        body.put("evaluation", p.evaluation());
        ctx.json(body);
    }
}

package org.upright.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The API's front door: /api/v1 (documentation for browsers, an index for programs) and the OpenAPI document. */
public final class ApiRoutes {
    private static final String OPENAPI = "openapi.json";

    /** What /api/v1 answers to a program. */
    public record Index(String name, String version, String openapi, List<String> endpoints) {
    }

    private final byte[] openapi;
    private final ApiDocsPage docs;

    private ApiRoutes() {
        try (InputStream in = ApiRoutes.class.getResourceAsStream(OPENAPI)) {
            if (in == null) throw new IllegalStateException("the API description " + OPENAPI + " is missing from the jar");
            openapi = in.readAllBytes();
            docs = ApiDocsPage.of(new ObjectMapper().readTree(openapi));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the API description " + OPENAPI, e);
        }
    }

    public static void register(RoutesConfig routes) {
        ApiRoutes r = new ApiRoutes();
        routes.get("/api", ctx -> ctx.redirect("/api/v1", HttpStatus.MOVED_PERMANENTLY));
        routes.get("/api/v1", r::index);
        routes.get("/api/v1/openapi.json", r::openapi);
    }

    private void index(Context ctx) {
        String accept = ctx.header("Accept");
        if (accept != null && accept.contains("text/html")) {
            Templates.html(ctx, "web/api.jte", docs);
            return;
        }
        List<String> endpoints = docs.endpoints().stream().map(ApiDocsPage.Endpoint::path).toList();
        ctx.json(new Index("UPRight API", "1", "/api/v1/openapi.json", endpoints));
    }

    private void openapi(Context ctx) {
        ctx.contentType("application/json").result(openapi);
    }
}

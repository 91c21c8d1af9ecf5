package org.upright.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.upright.i18n.Ui;
import org.upright.state.StateLookup;
import org.upright.web.Auth;
import org.upright.web.BadRequest;
import org.upright.web.NotFound;
import org.upright.web.Params;
import org.upright.web.Require;

/**
 * {@code /api/v1/documents}: editors add a document (multipart {@code file}, or the raw bytes with {@code
 * file_name}) and get its draft; anyone reads the documents their role may see; editors decide on draft items.
 */
public final class DocumentApiRoutes {
    private final DocumentService documents;
    private final DraftDecisions decisions;
    private final StateLookup states;

    private DocumentApiRoutes(DocumentService documents, DraftDecisions decisions, StateLookup states) {
        this.documents = documents;
        this.decisions = decisions;
        this.states = states;
    }

    public static void register(RoutesConfig routes, DocumentService documents, DraftDecisions decisions, StateLookup states) {
        DocumentApiRoutes r = new DocumentApiRoutes(documents, decisions, states);
        routes.get("/api/v1/documents", r::list);
        routes.post("/api/v1/documents", r::add, Require.EDITOR);
        routes.get("/api/v1/documents/{id}", r::one);
        routes.post("/api/v1/documents/{id}/items/{item}", r::decide, Require.EDITOR);
    }

    private void list(Context ctx) {
        List<Document> found = documents.find(Auth.viewer(ctx), DocumentRoutes.state(ctx, states), Params.text(ctx, "q").orElse(""), 500);
        ctx.json(Map.of("total", found.size(), "items", found.stream().map(d -> DocumentJson.document(d, states)).toList()));
    }

    private void add(Context ctx) {
        DocumentService.Added added = documents.add(Auth.viewer(ctx), upload(ctx), null);
        ctx.status(HttpStatus.CREATED).json(DocumentJson.detail(added.document(), added.items(), states));
    }

    private void one(Context ctx) {
        DocumentId id = new DocumentId(Params.id(ctx, "document"));
        Document d = documents.find(Auth.viewer(ctx), id).orElseThrow(() -> new NotFound(Ui.text("document.problem.no_document", String.valueOf(id))));
        ctx.json(DocumentJson.detail(d, documents.items(Auth.viewer(ctx), id), states));
    }

    private void decide(Context ctx) {
        DocumentId id = new DocumentId(Params.id(ctx, "document"));
        long item = Params.pathNumber(ctx, "item", "draft item id");
        String verdict;
        Map<String, String> corrections = new LinkedHashMap<>();
        if (String.valueOf(ctx.contentType()).startsWith("application/json")) {
            JsonNode body = json(ctx);
            verdict = body.path("decision").asText(null);
            body.path("corrections").properties().forEach(e -> corrections.put(e.getKey(), e.getValue().isNull() ? "" : e.getValue().asText()));
        } else {
            verdict = ctx.formParam("decision");
        }
        Decision.Verdict v = Decision.Verdict.parse(verdict).orElseThrow(() ->
                new BadRequest(Ui.text("problem.decision", verdict)));
        DraftItem decided = decisions.decide(Auth.viewer(ctx), id, item, new Decision(v, corrections));
        ctx.json(DocumentJson.item(decided));
    }

    private static JsonNode json(Context ctx) {
        try {
            JsonNode node = new ObjectMapper().readTree(ctx.body());
            if (node == null || !node.isObject()) throw new BadRequest(Ui.text("document.problem.json_object", "{\"decision\": \"accept\"}"));
            return node;
        } catch (IOException e) {
            throw new BadRequest(Ui.text("document.problem.not_json", e.getMessage().lines().findFirst().orElse("")));
        }
    }

    /** The file and what the form says of it, from a multipart form or from the raw body. */
    static Upload upload(Context ctx) {
        String type = String.valueOf(ctx.contentType());
        if (type.startsWith("multipart/form-data")) {
            UploadedFile file = ctx.uploadedFile("file");
            if (file == null) throw new DocumentException(Ui.text("document.problem.no_file_field"));
            return new Upload(file.filename(), bytes(file), ctx.formParam("visibility"), ctx.formParam("publisher"),
                    ctx.formParam("published"), ctx.formParam("title"), ctx.formParam("state"));
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0 && ctx.formParamMap().isEmpty() == false) {
            throw new DocumentException(Ui.text("document.problem.raw_body"));
        }
        return new Upload(ctx.queryParam("file_name"), body, ctx.queryParam("visibility"), ctx.queryParam("publisher"),
                ctx.queryParam("published"), ctx.queryParam("title"), ctx.queryParam("state"));
    }

    private static byte[] bytes(UploadedFile file) {
        if (file.size() > DocumentReader.MAX_BYTES) {
            throw new DocumentException(Ui.text("document.problem.larger", file.filename(), String.valueOf(DocumentReader.MAX_BYTES / (1024 * 1024))));
        }
        try (InputStream in = file.content()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

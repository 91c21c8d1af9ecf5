package org.upright.document;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import org.upright.common.StateCode;
import org.upright.i18n.Ui;
import org.upright.state.StateLookup;
import org.upright.web.Auth;
import org.upright.web.BadRequest;
import org.upright.web.NotFound;
import org.upright.web.Params;
import org.upright.web.Require;
import org.upright.web.Templates;

/** The pages of documents: everyone reads what their role may see; editors add documents and confirm drafts. */
public final class DocumentRoutes {
    private final DocumentService documents;
    private final DraftDecisions decisions;
    private final StateLookup states;
    private final java.util.function.LongFunction<String> recommendationText;

    private DocumentRoutes(DocumentService documents, DraftDecisions decisions, StateLookup states,
                           java.util.function.LongFunction<String> recommendationText) {
        this.documents = documents;
        this.decisions = decisions;
        this.states = states;
        this.recommendationText = recommendationText;
    }

    /** {@code recommendationText} gives a linked recommendation's text (empty when the record lost it). */
    public static void register(RoutesConfig routes, DocumentService documents, DraftDecisions decisions, StateLookup states,
                                java.util.function.LongFunction<String> recommendationText) {
        DocumentRoutes r = new DocumentRoutes(documents, decisions, states, recommendationText);
        routes.get("/documents", r::list);
        routes.post("/documents", r::add, Require.EDITOR);
        routes.get("/documents/{id}", r::show);
        routes.get("/documents/{id}/original", r::original);
        routes.post("/documents/{id}/items/{item}", r::decide, Require.EDITOR);
    }

    private void list(Context ctx) {
        String q = Params.text(ctx, "q").orElse("");
        List<Document> found = documents.find(Auth.viewer(ctx), state(ctx, states), q, 200);
        Templates.html(ctx, "document/list.jte", DocumentsPage.of(found, q, states, DocumentsPage.Form.BLANK, null));
    }

    private void add(Context ctx) {
        Upload upload = null;
        try {
            upload = DocumentApiRoutes.upload(ctx);
            DocumentService.Added added = documents.add(Auth.viewer(ctx), upload, null);
            ctx.redirect("/documents/" + added.document().id(), HttpStatus.SEE_OTHER);
        } catch (DocumentException e) {
            ctx.status(400);
            DocumentsPage.Form form = upload == null ? DocumentsPage.Form.BLANK : DocumentsPage.Form.of(upload);
            Templates.html(ctx, "document/list.jte", DocumentsPage.of(documents.find(Auth.viewer(ctx), null, "", 200), "", states, form,
                    e.getMessage()));
        }
    }

    private void show(Context ctx) {
        Templates.html(ctx, "document/show.jte", page(ctx, visible(ctx)));
    }

    private DocumentPage page(Context ctx, Document d) {
        return DocumentPage.of(d, d.state() == null ? null : states.ref(d.state()), documents.items(Auth.viewer(ctx), d.id()), recommendationText);
    }

    /** The original bytes, as a download: an HTML original is never served as a live page. */
    private void original(Context ctx) {
        Document d = visible(ctx);
        byte[] bytes = documents.original(Auth.viewer(ctx), d.id()).orElseThrow(() -> new NotFound(Ui.text("document.problem.no_document", String.valueOf(d.id()))));
        ctx.header("Content-Disposition", "attachment; filename=\"" + d.fileName().replaceAll("[^\\w.\\- ]", "_") + "\"");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.contentType("application/octet-stream").result(bytes);
    }

    private void decide(Context ctx) {
        Document d = visible(ctx);
        long item = Params.pathNumber(ctx, "item", "draft item id");
        String verdict = ctx.formParam("decision");
        Decision.Verdict v = Decision.Verdict.parse(verdict).orElseThrow(() ->
                new BadRequest(Ui.text("problem.decision", verdict)));
        Map<String, String> corrections = new java.util.LinkedHashMap<>();
        if (v == Decision.Verdict.CORRECT) {
            ctx.formParamMap().forEach((k, values) -> {
                if (k.startsWith("f_") && !values.isEmpty()) corrections.put(k.substring(2), values.getFirst());
            });
        }
        try {
            decisions.decide(Auth.viewer(ctx), d.id(), item, new Decision(v, corrections));
        } catch (DocumentException e) {
            // the draft page again, the item's form open with what was typed and each problem beside its field
            Map<String, String> problems = new java.util.LinkedHashMap<>(e.fields());
            if (problems.isEmpty()) problems.put("", e.getMessage());
            ctx.status(400);
            Templates.html(ctx, "document/show.jte", page(ctx, d).withAttempt(new DocumentPage.Attempt(item, corrections, problems)));
            return;
        }
        ctx.redirect("/documents/" + d.id() + "#item-" + item, HttpStatus.SEE_OTHER);
    }

    private Document visible(Context ctx) {
        DocumentId id = new DocumentId(Params.id(ctx, "document"));
        return documents.find(Auth.viewer(ctx), id).orElseThrow(() -> new NotFound(Ui.text("document.problem.no_document", String.valueOf(id))));
    }

    /** The state named by the {@code sur} parameter, null when none is given. */
    static StateCode state(Context ctx, StateLookup states) {
        return Params.text(ctx, "sur").map(s -> states.find(s).orElseThrow(
                () -> new BadRequest(Ui.text("problem.state_called", s, "KAZ"))).code()).orElse(null);
    }
}

package org.upright.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;

/**
 * The JTE templates of src/main/jte, compiled at build time, so a server never needs a compiler or a writable
 * folder. Each page or fragment is one template with one view-model record as its only parameter.
 */
public final class Templates {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    private Templates() {
    }

    public static String render(String template, Object model) {
        StringOutput out = new StringOutput();
        ENGINE.render(template, model, out);
        return out.toString();
    }

    /** Renders a template of several parameters, by name. */
    public static String render(String template, java.util.Map<String, Object> params) {
        StringOutput out = new StringOutput();
        ENGINE.render(template, params, out);
        return out.toString();
    }

    /** Answers with the rendered template of several parameters as text/html. */
    public static void html(Context ctx, String template, java.util.Map<String, Object> params) {
        ctx.html(render(template, params));
    }

    /** Answers with the rendered template as text/html. */
    public static void html(Context ctx, String template, Object model) {
        ctx.html(render(template, model));
    }
}

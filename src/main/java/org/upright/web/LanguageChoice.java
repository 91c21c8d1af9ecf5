package org.upright.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;
import org.upright.common.Language;
import org.upright.i18n.Ui;

/**
 * Which of the six languages a request is answered in: {@code ?lang=xx} (then kept in a cookie), else the
 * cookie, else the browser's {@code Accept-Language}, else English. An unknown {@code lang} is ignored like any
 * other stray parameter of a shared link.
 */
public final class LanguageChoice {
    public static final String PARAMETER = "lang";
    static final String COOKIE = "upright_lang";
    private static final String ATTRIBUTE = "upright.language";

    private LanguageChoice() {
    }

    public static void register(RoutesConfig routes) {
        routes.before(LanguageChoice::choose);
        routes.after(ctx -> Ui.clear());
    }

    private static void choose(Context ctx) {
        Optional<Language> asked = Language.of(ctx.queryParam(PARAMETER));
        Language language;
        if (asked.isPresent()) {
            language = asked.get();
            if (!language.code().equals(ctx.cookie(COOKIE))) Cookies.keep(ctx, COOKIE, language.code(), 365, Auth.secure(ctx));
        } else {
            language = Language.of(ctx.cookie(COOKIE)).orElseGet(() -> Language.fromAcceptLanguage(ctx.header("Accept-Language")));
        }
        ctx.attribute(ATTRIBUTE, language);
        Ui.use(language, here(ctx));
        ctx.header("Content-Language", language.code());
        ctx.header("Vary", "Accept-Language, Cookie");
    }

    /** The page's path and query without {@code lang}, for links to the same page in another language. */
    private static String here(Context ctx) {
        if (!"GET".equals(ctx.method().name())) return ctx.path();
        String query = ctx.queryString();
        if (query == null || query.isEmpty()) return ctx.path();
        String kept = java.util.Arrays.stream(query.split("&")).filter(p -> !p.equals(PARAMETER) && !p.startsWith(PARAMETER + "="))
                .collect(java.util.stream.Collectors.joining("&"));
        return kept.isEmpty() ? ctx.path() : ctx.path() + "?" + kept;
    }

    /** The language the request is answered in. */
    public static Language of(Context ctx) {
        Language l = ctx.attribute(ATTRIBUTE);
        return l != null ? l : Language.EN;
    }
}

package org.upright.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.function.Consumer;
import org.upright.common.Language;
import org.upright.i18n.Ui;

/**
 * Which of the six languages a request is answered in: {@code ?lang=xx} (then kept in a cookie), else the
 * language a signed-in person's account chose, else the cookie, else the browser's {@code Accept-Language}, else
 * English. An unknown {@code lang} is ignored like any other stray parameter of a shared link.
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
        speak(ctx, language);
        ctx.header("Vary", "Accept-Language, Cookie");
    }

    private static void speak(Context ctx, Language language) {
        ctx.attribute(ATTRIBUTE, language);
        Ui.use(language, here(ctx));
        ctx.header("Content-Language", language.code());
    }

    /**
     * For a signed-in person, once their session is known: a {@code ?lang} choice on a page read that differs from
     * their account's is handed to {@code keep} (the menu's choice follows them to other browsers); without one, the account's
     * language wins over the cookie and Accept-Language, and the cookie takes it, so the browser stays in it after
     * signing out. An account without a language (null) follows the browser.
     */
    public static void follow(Context ctx, Language account, Consumer<Language> keep) {
        Optional<Language> asked = Language.of(ctx.queryParam(PARAMETER));
        if (asked.isPresent()) {
            // only a page read: the language menu's links; a form sent to an address with ?lang changes nothing more
            if (asked.get() != account && "GET".equals(ctx.method().name())) keep.accept(asked.get());
            return;
        }
        if (account == null) return;
        if (!account.code().equals(ctx.cookie(COOKIE))) Cookies.keep(ctx, COOKIE, account.code(), 365, Auth.secure(ctx));
        if (of(ctx) != account) speak(ctx, account);
    }

    /** Sets the cookie to a language just chosen on the account page, or removes it when the browser is to decide. */
    public static void remember(Context ctx, Language language) {
        Cookies.unset(ctx, COOKIE); // the session's former language, set by follow() before the choice was read
        if (language == null) Cookies.remove(ctx, COOKIE, Auth.secure(ctx));
        else Cookies.keep(ctx, COOKIE, language.code(), 365, Auth.secure(ctx));
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

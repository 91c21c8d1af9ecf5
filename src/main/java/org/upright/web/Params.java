package org.upright.web;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Optional;
import org.upright.common.Page;
import org.upright.common.PageRequest;
import org.upright.i18n.Ui;

/** Reads query parameters into values; a wrong one becomes a {@link BadRequest} that names it. */
public final class Params {
    public static final int DEFAULT_API_PAGE_SIZE = 50;

    private Params() {
    }

    /** The parameter's text, trimmed; empty when missing or blank. */
    public static Optional<String> text(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    public static Optional<Integer> integer(Context ctx, String name) {
        return text(ctx, name).map(value -> {
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new BadRequest(Ui.text("search.problem.whole_number", name, value));
            }
        });
    }

    /** The {id} of the URL: a whole number from 1 up; {@code what} names the thing in the error message. */
    public static long id(Context ctx, String what) {
        return pathNumber(ctx, "id", what + " id");
    }

    /** A path parameter that is a whole number from 1 up. */
    public static long pathNumber(Context ctx, String param, String what) {
        String value = ctx.pathParam(param);
        try {
            long number = Long.parseLong(value);
            if (number >= 1) return number;
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new BadRequest(Ui.text("problem.id", what, value));
    }

    /** page (from 1, default 1) and size (1 to 500, default as given). */
    public static PageRequest page(Context ctx, int defaultSize) {
        int size = integer(ctx, "size").orElse(defaultSize);
        if (size < 1 || size > Page.MAX_SIZE) {
            throw new BadRequest(Ui.text("search.problem.size", String.valueOf(Page.MAX_SIZE), String.valueOf(size)));
        }
        return new PageRequest(pageNumber(ctx, "page"), size);
    }

    /** A page number under its own name, for a page that lists several things with a fixed size each. */
    public static int pageNumber(Context ctx, String name) {
        int page = integer(ctx, name).orElse(1);
        if (page < 1) throw new BadRequest(Ui.text("problem.page_named", name, String.valueOf(page)));
        return page;
    }

    public static Integer cycle(Context ctx) {
        Integer cycle = integer(ctx, "cycle").orElse(null);
        if (cycle != null && (cycle < 1 || cycle > 4)) {
            throw new BadRequest(Ui.text("problem.cycle", String.valueOf(cycle)));
        }
        return cycle;
    }

    public static Integer session(Context ctx) {
        Integer session = integer(ctx, "session").orElse(null);
        if (session != null && session < 1) {
            throw new BadRequest(Ui.text("problem.session", String.valueOf(session)));
        }
        return session;
    }

    public static Boolean bool(Context ctx, String name) {
        return text(ctx, name).map(value -> switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new BadRequest(Ui.text("problem.true_false", name, value));
        }).orElse(null);
    }
}

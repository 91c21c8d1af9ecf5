package org.upright.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.upright.i18n.Ui;

/**
 * The answers the web server gives before a request reaches the application — an address too long (414),
 * headers too large (431), a request it cannot parse (400) — as UPRight's own error page (JSON under /api/),
 * not the server's bare one.
 */
public final class ServerErrors extends ErrorHandler {
    /** A request refused while it was read: the address may not be known, so the page is HTML. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, "text/html;charset=utf-8"));
        return ByteBuffer.wrap(html(status).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    protected void generateResponse(Request request, Response response, int status, String message, Throwable cause,
                                    Callback callback) throws IOException {
        boolean api = request.getHttpURI() != null && String.valueOf(request.getHttpURI().getPath()).startsWith("/api/");
        String body = api ? Json.mapper().toJsonString(ApiError.of(status, message(status)), ApiError.class) : html(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, api ? "application/json;charset=utf-8" : "text/html;charset=utf-8");
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    }

    static String html(int status) {
        Chrome.clear(); // nobody is known before the request is read: the page is the public's
        return Templates.render("layout/error.jte", new ErrorPage(status, Errors.heading(status), message(status)));
    }

    static String message(int status) {
        return switch (status) {
            case 414 -> Ui.text("problem.too_long");
            case 431 -> Ui.text("problem.headers_too_large");
            case 400 -> Ui.text("problem.unreadable");
            default -> status >= 500 ? Ui.text("problem.server_short")
                    : Ui.text("problem.cannot_answer", String.valueOf(status));
        };
    }
}

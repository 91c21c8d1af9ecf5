package org.upright.analytics;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.upright.web.Templates;

/** The brief as PDF: its print template (well-formed XHTML) rendered by openhtmltopdf. */
final class BriefPdf {
    private BriefPdf() {
    }

    static byte[] of(Brief brief) {
        String xhtml = Templates.render("analytics/brief-print.jte", brief);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the brief as PDF", e);
        }
    }
}

package org.upright.analytics;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.upright.i18n.Ui;
import org.upright.web.Templates;

/** The brief as PDF: its print template (well-formed XHTML) rendered by openhtmltopdf. */
public final class BriefPdf {
    private BriefPdf() {
    }

    /**
     * The print style, kept here so the template holds no words of its own. Sides are named outright (openhtmltopdf
     * follows CSS 2.1, without {@code start}/{@code end}) and swap for a right-to-left language.
     */
    public static String style() {
        boolean rtl = "rtl".equals(Ui.dir());
        String start = rtl ? "right" : "left";
        String end = rtl ? "left" : "right";
        return "body { font-family: " + BriefFonts.cssFamilies() + "; font-size: 10pt; color: #1b2430; }"
                + " h1 { font-size: 18pt; color: #12355b; } h2 { font-size: 13pt; color: #12355b; margin-top: 14pt; }"
                + " table { border-collapse: collapse; width: 100%; margin: 6pt 0; } caption { text-align: " + start
                + "; font-weight: bold; }"
                + " th, td { border: 0.5pt solid #999; padding: 2pt 4pt; text-align: " + start + "; vertical-align: top; }"
                + " .num { text-align: " + end + "; }";
    }

    static byte[] of(Brief brief) {
        String xhtml = Templates.render("analytics/brief-print.jte", brief);
        if ("rtl".equals(Ui.dir())) xhtml = columnsFromTheRight(xhtml);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            BriefFonts.register(builder);
            if ("rtl".equals(Ui.dir())) {
                // Arabic: split and reorder bidirectional runs and shape the letters (ICU), right to left by default.
                builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
                builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
                builder.defaultTextDirection(BaseRendererBuilder.TextDirection.RTL);
            }
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the brief as PDF", e);
        }
    }

    /**
     * The same page with every table row's cells in reverse order: openhtmltopdf lays table columns out left to
     * right whatever the direction, so a right-to-left table is written mirrored to read from the right.
     */
    static String columnsFromTheRight(String xhtml) {
        Document page = Jsoup.parse(xhtml, "", Parser.xmlParser());
        for (Element row : page.select("tr")) {
            List<Element> cells = new ArrayList<>(row.children());
            Collections.reverse(cells);
            row.empty();
            row.appendChildren(cells);
        }
        page.outputSettings().syntax(Document.OutputSettings.Syntax.xml).prettyPrint(false);
        return page.outerHtml();
    }
}

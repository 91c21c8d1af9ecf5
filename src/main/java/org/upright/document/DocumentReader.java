package org.upright.document;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.IntConsumer;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.upright.i18n.Ui;

/**
 * Reads a file into a clean text with real parsers: PDFBox for PDF (page by page, cached in temporary files, so a
 * 200-page report stays in bounded memory), jsoup and Readability4J for HTML (the main content; scripts are never
 * run and no markup is kept), and strict UTF-8 (or Windows-1252) for text. What the kind of file is comes from its
 * bytes, not its name: a binary file named .txt is refused.
 */
public final class DocumentReader {
    /** The largest file accepted. */
    public static final int MAX_BYTES = 50 * 1024 * 1024;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    public ReadDocument read(String fileName, byte[] bytes, IntConsumer pageProgress) {
        String name = fileName == null ? Ui.text("document.problem.the_file") : fileName;
        if (bytes.length == 0) throw new DocumentException(Ui.text("document.problem.empty_file", name));
        if (bytes.length > MAX_BYTES) {
            throw new DocumentException(Ui.text("document.problem.too_big", name, String.valueOf(bytes.length / (1024 * 1024)),
                    String.valueOf(MAX_BYTES / (1024 * 1024))));
        }
        ReadDocument read;
        if (startsWith(bytes, "%PDF-")) read = pdf(name, bytes, pageProgress);
        else {
            String decoded = decode(name, bytes);
            read = looksLikeHtml(decoded) ? html(decoded) : text(decoded);
        }
        if (read.text().isBlank()) {
            throw new DocumentException(Ui.text("document.problem.no_text", name));
        }
        return read;
    }

    private static ReadDocument text(String decoded) {
        String text = Chrome.drop(decoded.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' '));
        return new ReadDocument("text/plain", text, firstLine(text), null, null, Languages.of(text), 1);
    }

    private static ReadDocument html(String html) {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        // scripts, styles and forms are never content; nothing of the markup is kept, so nothing can run later
        page.select("script, style, noscript, form, iframe, template, svg").remove();
        Article article = new Readability4J("https://document.invalid/", page.outerHtml()).parse();
        Element content = article.getArticleContent();
        String body = content != null ? blocks(content) : "";
        if (body.strip().length() < 200) {
            page.select("nav, header, footer, aside, [role=navigation], [class*=share], [class*=cookie], [class*=newsletter], [class*=related]").remove();
            body = page.body() == null ? "" : blocks(page.body());
        }
        String text = Chrome.drop(body);
        String title = meta(page, "og:title", article.getTitle() != null ? article.getTitle() : page.title());
        String publisher = meta(page, "og:site_name", null);
        LocalDate published = date(meta(page, "article:published_time", meta(page, "date", null)));
        String language = page.selectFirst("html[lang]") != null
                ? page.selectFirst("html[lang]").attr("lang").toLowerCase(Locale.ROOT).replaceAll("[-_].*", "") : Languages.of(text);
        return new ReadDocument("text/html", text, blank(title) ? firstLine(text) : title.strip(), publisher, published,
                language.isBlank() ? Languages.of(text) : language, 1);
    }

    /** The text of an element with a line for each block and "• " before each list item. */
    private static String blocks(Element root) {
        StringBuilder out = new StringBuilder();
        walk(root, out);
        return out.toString().replaceAll("[ \\t\\u00a0]+", " ").replaceAll(" *\n *", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }

    private static void walk(Node node, StringBuilder out) {
        if (node instanceof TextNode t) {
            out.append(t.text());
            return;
        }
        if (!(node instanceof Element e)) return;
        String tag = e.tagName();
        boolean block = e.isBlock() || tag.equals("br") || tag.equals("li") || tag.matches("h[1-6]|p|div|tr|blockquote");
        if (block) out.append('\n');
        if (tag.equals("li")) out.append("• ");
        for (Node child : e.childNodes()) walk(child, out);
        if (block) out.append('\n');
    }

    private static ReadDocument pdf(String name, byte[] bytes, IntConsumer pageProgress) {
        try (PDDocument pdf = Loader.loadPDF(new RandomAccessReadBuffer(bytes), "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
            int pages = pdf.getNumberOfPages();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            StringBuilder text = new StringBuilder();
            for (int p = 1; p <= pages; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                text.append(stripper.getText(pdf)).append('\n');
                if (pageProgress != null) pageProgress.accept(p);
            }
            if (text.toString().strip().isEmpty()) {
                throw new DocumentException(Ui.text("document.problem.no_text_layer", name));
            }
            PDDocumentInformation info = pdf.getDocumentInformation();
            String clean = Chrome.drop(unwrap(text.toString()));
            LocalDate published = info.getCreationDate() == null ? null
                    : LocalDate.ofInstant(info.getCreationDate().toInstant(), java.time.ZoneOffset.UTC);
            return new ReadDocument("application/pdf", clean, blank(info.getTitle()) ? firstLine(clean) : info.getTitle().strip(),
                    blank(info.getAuthor()) ? null : info.getAuthor().strip(), published, Languages.of(clean), pages);
        } catch (InvalidPasswordException e) {
            throw new DocumentException(Ui.text("document.problem.password", name));
        } catch (IOException e) {
            throw new DocumentException(Ui.text("document.problem.broken_pdf", name, e.getMessage()));
        }
    }

    /** PDF lines end where the page's lines end: join a line to the next when the sentence runs on. */
    private static String unwrap(String text) {
        return text.replace("\r", "").replaceAll("([\\p{Ll},;])[ \\t]*\\n(?=[\\p{Ll}])", "$1 ").replaceAll("-\\n(?=\\p{Ll})", "");
    }

    private static String decode(String name, byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) throw new DocumentException(Ui.text("document.problem.binary", name));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, WINDOWS_1252);
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        long control = text.chars().filter(c -> c < 32 && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
        if (control > text.length() / 100 + 1) {
            throw new DocumentException(Ui.text("document.problem.binary", name));
        }
        return text;
    }

    private static boolean looksLikeHtml(String text) {
        String head = text.substring(0, Math.min(text.length(), 2048)).stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body") || head.startsWith("<?xml") && head.contains("<html");
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        if (bytes.length < prefix.length()) return false;
        for (int i = 0; i < prefix.length(); i++) if (bytes[i] != prefix.charAt(i)) return false;
        return true;
    }

    private static String meta(org.jsoup.nodes.Document page, String property, String fallback) {
        Element m = page.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        return m != null && !m.attr("content").isBlank() ? m.attr("content").strip() : fallback;
    }

    private static LocalDate date(String value) {
        if (value == null || value.length() < 10) return null;
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String firstLine(String text) {
        for (String line : text.split("\n")) {
            if (!line.isBlank()) return line.strip().length() > 200 ? line.strip().substring(0, 199) + "…" : line.strip();
        }
        return "";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

package org.upright.i18n;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The interface's own words on a page — headings, labels, buttons, column heads, navigation — and the check that
 * in a language written in another script none of them is left in Latin letters. Data is not the interface's:
 * recommendation texts, hits, facet values, document symbols, code, what people typed (a case's name, a survey's
 * title: inside {@code <bdi>}, which also keeps a Latin name from turning an Arabic sentence around) and anything
 * marked as being in another language ({@code lang="en"} on English data, each language's own name in the menu)
 * are left out.
 */
public final class InterfaceText {
    private static final String INTERFACE = "h1, h2, h3, legend, summary, caption, button, th[scope=col], dt, nav a, label";
    private static final String DATA = ".facets, .hit, blockquote, code, .symbol, bdi, [translate=no]";
    private static final Pattern LATIN_WORD = Pattern.compile("\\b\\p{IsLatin}{3,}\\b");
    /** Names the product keeps in every language. */
    private static final Set<String> KEPT_NAMES = Set.of("UPRight", "API", "UPR", "CSV", "XLSX", "JSON", "PDF", "DOCX", "Word",
            "iCal", "iCalendar", "Atom", "RSS", "HTML", "OHCHR", "SDG", "SDGs", "URL", "SMTP", "htmx", "Markdown", "Excel",
            "LibreOffice");

    private InterfaceText() {
    }

    /** "tag: word" for each Latin-letter word in the page's interface texts, in the order met. */
    public static Set<String> latinWords(Document page) {
        String language = page.select("html").attr("lang");
        Set<String> found = new LinkedHashSet<>();
        for (Element e : page.select(INTERFACE)) {
            if (e.closest(DATA) != null || inAnother(e, language)) continue;
            NodeTraversor.traverse(new NodeVisitor() {
                @Override
                public void head(Node node, int depth) {
                    if (!(node instanceof TextNode t) || !(t.parent() instanceof Element p)) return;
                    if (p.closest(DATA) != null || inAnother(p, language)) return;
                    for (String token : t.text().split("\\s+")) {
                        if (token.matches(".*[\\d/@_.].*[\\p{L}\\d].*")) continue; // symbols, addresses, file names
                        Matcher m = LATIN_WORD.matcher(token);
                        while (m.find()) if (!KEPT_NAMES.contains(m.group())) found.add(e.tagName() + ": " + m.group());
                    }
                }
            }, e);
        }
        return found;
    }

    private static boolean inAnother(Element e, String language) {
        Element marked = e.closest("[lang]");
        return marked != null && !marked.attr("lang").equals(language);
    }
}

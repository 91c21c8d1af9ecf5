package org.upright.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The tables and title text of a Word (.docx) file, read with the JDK alone: a .docx is a zip archive whose
 * {@code word/document.xml} holds the body and {@code word/header*.xml} the page headers.
 */
final class WordDocument {

    /** A table cell: the text of each of its paragraphs (a line break inside a paragraph starts a new line). */
    record Cell(List<String> lines) {
    }

    record Row(List<Cell> cells) {
    }

    record Table(List<Row> rows) {
    }

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String MARKUP_COMPATIBILITY = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    private static final Pattern HEADER_PART = Pattern.compile("word/header\\d*\\.xml");
    /** Far above any real document part; stops a zip bomb from filling the memory. */
    private static final long MAX_PART_BYTES = 64L * 1024 * 1024;

    private final List<Table> tables;
    private final String titleText;

    private WordDocument(List<Table> tables, String titleText) {
        this.tables = tables;
        this.titleText = titleText;
    }

    List<Table> tables() {
        return tables;
    }

    /** The body's paragraphs outside tables, then the page headers: where a document's title can be. */
    String titleText() {
        return titleText;
    }

    static WordDocument read(SourceFile file) {
        byte[] bytes = file.bytes();
        if (bytes.length == 0) {
            throw new ImportException(file.name() + ": the file is empty; expected a Word .docx document.");
        }
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4) {
            throw new ImportException(file.name() + ": this is not a Word .docx document (a .docx is a zip "
                    + "archive and this file does not start like one). Old .doc files must be saved as .docx first.");
        }
        Map<String, byte[]> parts = parts(file);
        byte[] document = parts.get("word/document.xml");
        if (document == null) {
            throw new ImportException(file.name() + ": this zip archive is not a Word .docx document (it has no "
                    + "word/document.xml).");
        }
        DocumentBuilder xml = xmlParser();
        Element body = firstChild(parse(file, "word/document.xml", document, xml), "body");
        List<Table> tables = new ArrayList<>();
        StringBuilder title = new StringBuilder();
        if (body != null) {
            for (Element table : descendants(body, "tbl")) tables.add(table(table));
            for (Element p : children(body, "p")) title.append(String.join("\n", lines(p))).append('\n');
        }
        for (Map.Entry<String, byte[]> part : parts.entrySet()) {
            if (!HEADER_PART.matcher(part.getKey()).matches()) continue;
            Element header = parse(file, part.getKey(), part.getValue(), xml);
            for (Element p : descendants(header, "p")) title.append(String.join("\n", lines(p))).append('\n');
        }
        return new WordDocument(List.copyOf(tables), title.toString());
    }

    private static Map<String, byte[]> parts(SourceFile file) {
        Map<String, byte[]> parts = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file.bytes()))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName();
                if (name.equals("word/document.xml") || HEADER_PART.matcher(name).matches()) {
                    parts.put(name, readPart(file, name, zip));
                }
            }
        } catch (IOException e) {
            throw new ImportException(file.name() + ": the .docx archive is damaged (" + e.getMessage()
                    + "); open it in Word and save it again, or download it anew.", e);
        }
        return parts;
    }

    private static byte[] readPart(SourceFile file, String name, InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = in.read(buffer)) > 0) {
            out.write(buffer, 0, n);
            if (out.size() > MAX_PART_BYTES) {
                throw new ImportException(file.name() + ": " + name + " unpacks to more than "
                        + MAX_PART_BYTES / (1024 * 1024) + " MB, far more than any thematic list; not imported.");
            }
        }
        return out.toByteArray();
    }

    private static DocumentBuilder xmlParser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            // A .docx never needs a DTD; refusing them rules out external entities and entity expansion.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a standard feature", e);
        }
    }

    private static Element parse(SourceFile file, String name, byte[] xml, DocumentBuilder parser) {
        try {
            parser.setErrorHandler(new DefaultHandler()); // throws on fatal errors instead of printing them
            return parser.parse(new ByteArrayInputStream(xml)).getDocumentElement();
        } catch (SAXException | IOException e) {
            throw new ImportException(file.name() + ": " + name + " inside the .docx is not readable XML ("
                    + e.getMessage() + "); open the file in Word and save it again.", e);
        }
    }

    private static Table table(Element table) {
        List<Row> rows = new ArrayList<>();
        for (Element tr : children(table, "tr")) {
            List<Cell> cells = new ArrayList<>();
            for (Element tc : children(tr, "tc")) {
                List<String> lines = new ArrayList<>();
                for (Element p : descendants(tc, "p")) lines.addAll(lines(p));
                cells.add(new Cell(List.copyOf(lines)));
            }
            rows.add(new Row(List.copyOf(cells)));
        }
        return new Table(List.copyOf(rows));
    }

    /** A paragraph's text; Word's line breaks split it into lines as a reader sees them. */
    private static List<String> lines(Element paragraph) {
        StringBuilder text = new StringBuilder();
        appendText(paragraph, text);
        return List.of(text.toString().split("\n", -1));
    }

    private static void appendText(Node node, StringBuilder text) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (!(child instanceof Element e)) continue;
            // Alternate content repeats the same text for old Word versions; the first choice is enough.
            if (MARKUP_COMPATIBILITY.equals(e.getNamespaceURI()) && "Fallback".equals(e.getLocalName())) continue;
            if (W.equals(e.getNamespaceURI())) {
                switch (e.getLocalName()) {
                    case "t" -> {
                        text.append(e.getTextContent());
                        continue;
                    }
                    case "tab" -> text.append('\t');
                    case "br", "cr" -> text.append('\n');
                    case "noBreakHyphen" -> text.append('-');
                    default -> {
                    }
                }
            }
            appendText(e, text);
        }
    }

    private static Element firstChild(Element parent, String localName) {
        List<Element> found = children(parent, localName);
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * The Word elements of that name directly under {@code parent}, looking through the wrappers Word may put
     * around rows and cells (content controls, custom XML).
     */
    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (!(child instanceof Element e) || !W.equals(e.getNamespaceURI())) continue;
            if (localName.equals(e.getLocalName())) {
                found.add(e);
            } else if (List.of("sdt", "sdtContent", "customXml").contains(e.getLocalName())) {
                found.addAll(children(e, localName));
            }
        }
        return found;
    }

    private static List<Element> descendants(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        var nodes = parent.getElementsByTagNameNS(W, localName);
        for (int i = 0; i < nodes.getLength(); i++) found.add((Element) nodes.item(i));
        return found;
    }
}

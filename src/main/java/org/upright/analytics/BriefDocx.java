package org.upright.analytics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.upright.i18n.Ui;

/** The brief as a Word document (Apache POI): headings, paragraphs and the tables the page shows. */
final class BriefDocx {
    private BriefDocx() {
    }

    static byte[] of(Brief brief) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            heading(doc, Ui.text("brief.title", BriefText.name(brief)), 1);
            for (String line : BriefText.intro(brief)) paragraph(doc, line);
            if (brief.reviewed()) {
                heading(doc, Ui.text("brief.reviews"), 2);
                table(doc, List.of(Ui.text("brief.col.session"), Ui.text("brief.col.cycle"), Ui.text("brief.col.dates"), Ui.text("brief.col.report")), brief.reviews().stream().map(r -> List.of(
                        Ui.number(r.session()), Ui.number(r.cycle()), r.dates(), nz(r.document()))).toList());
                chart(doc, brief.received());
                chart(doc, brief.open());
            }
            heading(doc, Ui.text("brief.assessments"), 2);
            paragraph(doc, BriefText.assessments(brief));
            heading(doc, Ui.text("brief.repeated"), 2);
            paragraph(doc, BriefText.repeated(brief));
            for (Brief.RepeatLine r : brief.repeated()) paragraph(doc, "“" + r.text() + "” — " + r.chain());
            heading(doc, Ui.text("brief.documents"), 2);
            paragraph(doc, BriefText.documents(brief));
            for (Brief.EvidenceLine e : brief.documents()) paragraph(doc, BriefText.line(e));
            heading(doc, Ui.text("nav.cases"), 2);
            if (brief.cases().isEmpty()) paragraph(doc, BriefText.noCases(brief));
            for (Brief.CaseLine c : brief.cases()) paragraph(doc, c.name() + " (" + c.status() + "): " + c.summary());
            if (!brief.lobbying().isEmpty()) heading(doc, Ui.text("state.lobby"), 2);
            for (Brief.LobbyingTable t : brief.lobbying()) {
                heading(doc, Ui.term("issue", t.issue()), 3);
                table(doc, List.of(Ui.text("brief.col.state"), Ui.text("brief.col.score"), Ui.text("brief.col.evidence")), t.candidates().stream().map(c -> List.of(c.name(),
                        String.format(java.util.Locale.ROOT, "%.3f", c.score()), c.evidence().summary())).toList());
            }
            paragraph(doc, BriefText.source());
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the brief as a Word document", e);
        }
    }

    private static void chart(XWPFDocument doc, Chart chart) {
        heading(doc, chart.title(), 3);
        paragraph(doc, chart.description());
        if (chart.table().empty()) return;
        List<String> header = new java.util.ArrayList<>(List.of(chart.table().by().shownTitle(), Ui.text("brief.col.total")));
        chart.table().columns().forEach(c -> header.add(c.label()));
        table(doc, header, chart.table().rows().stream().map(r -> {
            List<String> cells = new java.util.ArrayList<>(List.of(r.label(), Ui.number(r.total())));
            r.counts().forEach(n -> cells.add(Ui.number(n)));
            return cells;
        }).toList());
    }

    private static void heading(XWPFDocument doc, String text, int level) {
        XWPFParagraph p = paragraph(doc);
        p.setStyle("Heading" + level);
        var run = run(p);
        run.setBold(true);
        run.setFontSize(level == 1 ? 18 : level == 2 ? 14 : 12);
        run.setText(text);
    }

    private static void paragraph(XWPFDocument doc, String text) {
        run(paragraph(doc)).setText(text);
    }

    /** A new paragraph, right to left when the reader's language is (Word's bidi), so Arabic lines start on the right. */
    private static XWPFParagraph paragraph(XWPFDocument doc) {
        XWPFParagraph p = doc.createParagraph();
        if (rtl()) (p.getCTPPr().isSetBidi() ? p.getCTPPr().getBidi() : p.getCTPPr().addNewBidi()).setVal(true);
        return p;
    }

    private static XWPFRun run(XWPFParagraph p) {
        XWPFRun run = p.createRun();
        if (rtl()) run.getCTR().addNewRPr().addNewRtl().setVal(true);
        return run;
    }

    private static boolean rtl() {
        return "rtl".equals(Ui.dir());
    }

    private static void table(XWPFDocument doc, List<String> header, List<List<String>> rows) {
        XWPFTable table = doc.createTable(rows.size() + 1, header.size());
        // Columns run from the right in a right-to-left document, as on the page.
        if (rtl()) table.getCTTbl().getTblPr().addNewBidiVisual().setVal(true);
        fill(table.getRow(0), header);
        for (int i = 0; i < rows.size(); i++) fill(table.getRow(i + 1), rows.get(i));
        paragraph(doc);
    }

    private static void fill(XWPFTableRow row, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            var cell = row.getCell(i);
            cell.removeParagraph(0);
            XWPFParagraph p = cell.addParagraph();
            if (rtl()) p.getCTPPr().addNewBidi().setVal(true);
            run(p).setText(cells.get(i));
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}

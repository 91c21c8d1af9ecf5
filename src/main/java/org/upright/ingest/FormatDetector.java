package org.upright.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Tells a file's format from its content (never from its name alone), or says why it can't. */
public final class FormatDetector {
    /** Every entry of a thematic list has this line; prose that merely mentions such lists does not. */
    private static final java.util.regex.Pattern SOURCE_OF_POSITION_LINE =
            java.util.regex.Pattern.compile("(?im)^\\s*source of position:");

    public Format detect(SourceFile file) {
        byte[] bytes = file.bytes();
        if (bytes.length == 0 || new String(bytes, 0, Math.min(bytes.length, 4096), TextDecoding.MAC_ROMAN).isBlank()) {
            throw new ImportException(file.name() + ": the file is empty; nothing to import");
        }
        if (isZip(bytes)) {
            // an Office file's parts are named by its kind; a workbook cut short still shows its "xl/" parts
            switch (zipContent(bytes)) {
                case WORD: return Format.OHCHR_THEMATIC_DOCX;
                // the only spreadsheet format UPRight reads; its parser names the sheet or columns a workbook lacks
                case EXCEL: return Format.DIHR_SDG_EXPLORER;
                case DAMAGED: throw new ImportException(file.name() + ": a damaged zip archive (it ends early or is"
                        + " corrupt) in which no Word or Excel part can be found; copy or download the file again");
                default: throw new ImportException(file.name() + ": a zip archive that is neither a Word document nor an"
                        + " Excel workbook; UPRight reads .docx thematic lists, .xlsx Explorer exports, CSV and text"
                        + " files; unpack it and import the files inside");
            }
        }
        if (isOle2(bytes)) {
            // Office keeps password-protected .xlsx/.docx files, and the old .xls/.doc, in this container
            throw new ImportException(file.name() + ": a password-protected (encrypted) Office file or an old .xls/.doc"
                    + " file, which UPRight cannot read; open it in a spreadsheet or word processor, remove the"
                    + " password and save it as .xlsx (or .docx), then import that");
        }
        if (TextDecoding.looksBinary(bytes)) {
            throw new ImportException(file.name() + ": a binary file, not text; " + known());
        }
        String text = TextDecoding.decode(bytes.length > 200_000 ? java.util.Arrays.copyOf(bytes, 200_000) : bytes);
        String firstLine = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        if (UprInfoParser.recognises(firstLine)) return Format.UPR_INFO;
        String header = firstLine.toLowerCase(Locale.ROOT).replace(" ", "");
        if (header.startsWith("text,to,decision,from")) return Format.UN_REPORTS_CSV;
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("thematic list of recommendations") && SOURCE_OF_POSITION_LINE.matcher(text).find()) {
            return Format.OHCHR_THEMATIC_MD;
        }
        if (lower.contains("working group on the universal periodic review") && lower.contains("recommendations")) {
            return Format.WG_REPORT;
        }
        throw new ImportException(file.name() + ": not in a format UPRight knows; " + known());
    }

    static String known() {
        StringBuilder sb = new StringBuilder("known formats are: ");
        for (Format f : Format.values()) sb.append(f.id()).append(" (").append(f.description()).append("), ");
        return sb.append("use --format to name one when detection fails").toString();
    }

    private static boolean isZip(byte[] b) {
        return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    }

    private static boolean isOle2(byte[] b) {
        return b.length >= 8 && (b[0] & 0xff) == 0xD0 && (b[1] & 0xff) == 0xCF && (b[2] & 0xff) == 0x11 && (b[3] & 0xff) == 0xE0
                && (b[4] & 0xff) == 0xA1 && (b[5] & 0xff) == 0xB1 && (b[6] & 0xff) == 0x1A && (b[7] & 0xff) == 0xE1;
    }

    private enum ZipContent { WORD, EXCEL, OTHER, DAMAGED }

    private static ZipContent zipContent(byte[] bytes) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.getName().startsWith("word/")) return ZipContent.WORD;
                if (entry.getName().startsWith("xl/")) return ZipContent.EXCEL;
            }
            return ZipContent.OTHER;
        } catch (IOException | IllegalArgumentException e) {
            // ZipInputStream refuses some valid zips (a STORED entry followed by a data descriptor, as some
            // streaming writers make); the central directory at the end of the file still names the parts
            String names = new String(bytes, Math.max(0, bytes.length - 65_536), Math.min(bytes.length, 65_536),
                    java.nio.charset.StandardCharsets.ISO_8859_1);
            if (names.contains("word/document.xml")) return ZipContent.WORD;
            if (names.contains("xl/workbook.xml")) return ZipContent.EXCEL;
            return ZipContent.DAMAGED;
        }
    }
}

package org.upright.analytics;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The fonts the brief's PDF embeds, found on the machine at run time (Debian's fonts-dejavu-core and
 * fonts-droid-fallback): openhtmltopdf's own fonts cover Latin only, so Arabic, Cyrillic and Chinese would print as
 * boxes. A font that is missing is left out and the PDF is still made, falling back to the built-in fonts.
 */
final class BriefFonts {
    /** Latin, Cyrillic and Arabic. */
    static final String SANS = "UPRight Sans";
    /** Chinese (and everything else the first font lacks); openhtmltopdf falls back glyph by glyph. */
    static final String CJK = "UPRight CJK";

    private record Face(String family, int weight, List<String> paths) {
    }

    private static final List<Face> FACES = List.of(
            new Face(SANS, 400, List.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")),
            new Face(SANS, 700, List.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")),
            new Face(CJK, 400, List.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
                    "/usr/share/fonts-droid-fallback/truetype/DroidSansFallback.ttf")),
            // No bold face exists: the same file keeps bold headings in the font rather than in boxes.
            new Face(CJK, 700, List.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
                    "/usr/share/fonts-droid-fallback/truetype/DroidSansFallback.ttf")));

    private record Found(Face face, File file) {
    }

    /** Looked for once: fonts are installed with the machine, not while UPRight runs. */
    private static final List<Found> INSTALLED = FACES.stream()
            .flatMap(face -> found(face).map(file -> new Found(face, file)).stream()).toList();

    private BriefFonts() {
    }

    /** Registers every face found; returns the families registered, in the order the CSS should list them. */
    static List<String> register(PdfRendererBuilder builder) {
        List<String> families = new ArrayList<>();
        for (Found font : INSTALLED) {
            builder.useFont(font.file(), font.face().family(), font.face().weight(), FontStyle.NORMAL, true);
            if (!families.contains(font.face().family())) families.add(font.face().family());
        }
        return families;
    }

    /** The CSS font-family list: the families found, then the built-in sans-serif. */
    static String cssFamilies() {
        return Stream.concat(INSTALLED.stream().map(f -> "'" + f.face().family() + "'").distinct(), Stream.of("sans-serif"))
                .reduce((a, b) -> a + ", " + b).orElseThrow();
    }

    private static Optional<File> found(Face face) {
        return face.paths().stream().map(File::new).filter(File::canRead).findFirst();
    }
}

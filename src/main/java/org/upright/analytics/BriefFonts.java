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

    private BriefFonts() {
    }

    /** Registers every face found; returns the families registered, in the order the CSS should list them. */
    static List<String> register(PdfRendererBuilder builder) {
        List<String> families = new ArrayList<>();
        for (Face face : FACES) {
            found(face).ifPresent(file -> {
                builder.useFont(file, face.family(), face.weight(), FontStyle.NORMAL, true);
                if (!families.contains(face.family())) families.add(face.family());
            });
        }
        return families;
    }

    /** The CSS font-family list: the families found, then the built-in sans-serif. */
    static String cssFamilies() {
        return Stream.concat(FACES.stream().filter(f -> found(f).isPresent()).map(f -> "'" + f.family() + "'").distinct(),
                Stream.of("sans-serif")).reduce((a, b) -> a + ", " + b).orElseThrow();
    }

    private static Optional<File> found(Face face) {
        return face.paths().stream().map(File::new).filter(File::canRead).findFirst();
    }
}

package org.upright.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.upright.App;
import org.upright.common.Viewer;
import org.upright.export.ExportFormat;
import org.upright.export.ExportService;
import org.upright.search.SearchException;
import org.upright.search.SearchParams;
import org.upright.search.SearchRequest;
import org.upright.state.StateLookup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `upright export QUERY --format csv|xlsx|json --out FILE`: every hit of a search, with every field. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export every hit of a search (not one page) with every field and every source, as CSV, XLSX"
                + " or JSON. Streams, so the whole record exports in little memory.",
                "Example: upright export 'torture' --filter sur_group=EEG --format xlsx --out torture.xlsx"})
public final class ExportCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    SearchOptions search;

    @Option(names = "--format", paramLabel = "FORMAT", description = "csv, xlsx or json (default: from the extension of --out).")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    Path out;

    @Override
    public Integer call() throws IOException {
        Optional<ExportFormat> chosen = ExportFormat.byId(format != null ? format : extension(out));
        if (chosen.isEmpty()) {
            System.err.println("upright export: " + (format != null ? "unknown --format '" + format + "'"
                    : "cannot tell the format from '" + out.getFileName() + "'") + "; use --format " + ExportFormat.choices());
            return 2;
        }
        try (App app = new App(common.settings(0, "127.0.0.1"))) {
            StateLookup states = new StateLookup(app.states());
            SearchRequest request;
            try {
                request = new SearchParams(states).read(search.params());
                app.search().search(request); // a search that cannot run says so before a file is started
            } catch (SearchException e) {
                System.err.println("upright export: " + e.getMessage());
                return 2;
            }
            ExportService exports = new ExportService(app.search(), app.recommendations(), app.reviews(), states, app.events());
            long rows = write(exports, request, chosen.get());
            System.err.printf("upright export: %,d rows written to %s%n", rows, out);
        }
        return 0;
    }

    /** Writes to a file beside the target and moves it in place at the end: a failed export leaves nothing half-written. */
    private long write(ExportService exports, SearchRequest request, ExportFormat format) throws IOException {
        Path target = out.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path partial = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        try {
            long rows;
            try (OutputStream stream = Files.newOutputStream(partial)) {
                rows = exports.export(Viewer.cli(), "upright export " + String.join(" ", search.params().entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue()).toList()) + " --out " + target, request, format, stream);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return rows;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }
}

package org.upright.bench;

import static org.upright.common.Folders.deleteTree;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.upright.App;
import org.upright.config.Settings;
import org.upright.ingest.ImportListener;
import org.upright.ingest.ImportSummary;
import org.upright.recommendation.Recommendation;
import org.upright.recommendation.RecommendationFilter;

/**
 * A record to search, built through the real importer in its own data folder: the 1× corpus is all of
 * {@code ../shared/data}; the 10× corpus is a copy of it plus variants of every recommendation written as UPR Info
 * files and imported ({@link VariantWriter}), so the same code builds the record and the index.
 *
 * @param importSeconds wall time of the import that made the record (for 10×: the variant files only)
 * @param summary       the importer's JSON line
 */
record Corpus(String label, Path dataDir, App app, long recommendations, double importSeconds, String summary)
        implements AutoCloseable {

    static Corpus real(Path data, Path dataDir) {
        App app = new App(settings(dataDir));
        long start = System.nanoTime();
        ImportSummary s = app.importer().importPaths(List.of(data), Optional.empty(), ImportListener.SILENT);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Corpus("1×", dataDir, app, count(app), seconds, s.jsonLine());
    }

    /** Copies the 1× record (not its index) and imports {@code copies} variants of every recommendation into it. */
    static Corpus scaled(Path oneDataDir, Path dataDir, int copies, long seed, Path csvFolder) throws IOException {
        copyRecord(oneDataDir, dataDir);
        App app = new App(settings(dataDir));
        List<Recommendation> all = new ArrayList<>();
        app.recommendations().forEach(2000, all::addAll);
        List<Path> files = new VariantWriter(app.states(), app.reviews().sessions(), seed).write(all, copies, csvFolder);
        all.clear();
        long start = System.nanoTime();
        ImportSummary s = app.importer().importPaths(List.of(csvFolder), Optional.empty(), ImportListener.SILENT);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (s.anyFailed()) throw new IllegalStateException("the variant files did not import: " + s.jsonLine());
        for (Path f : files) Files.deleteIfExists(f);
        return new Corpus((copies + 1) + "×", dataDir, app, count(app), seconds, s.jsonLine());
    }

    private static Settings settings(Path dataDir) {
        return new Settings(dataDir, null, 0, "127.0.0.1");
    }

    private static long count(App app) {
        return app.recommendations().count(RecommendationFilter.none());
    }

    /** The SQLite files of the data folder; the index is derived data and is built again. */
    private static void copyRecord(Path from, Path to) throws IOException {
        deleteTree(to);
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) Files.copy(f, to.resolve(f.getFileName()));
        }
    }

    @Override
    public void close() {
        app.close();
    }
}

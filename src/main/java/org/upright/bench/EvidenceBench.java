package org.upright.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.upright.App;
import org.upright.common.Viewer;
import org.upright.config.Settings;
import org.upright.document.DocumentReader;
import org.upright.document.ReadDocument;
import org.upright.document.Upload;
import org.upright.evidence.Extraction;
import org.upright.evidence.Extractor;
import org.upright.ingest.ImportListener;
import org.upright.state.StateDirectory;

/**
 * The evidence benchmark: precision and recall of the extraction draft per item kind on the labelled real texts
 * (src/test/resources/evidence/labels.json), and the time to ingest the 2-page Kazakhstan press release whole
 * (read, draft, link to recommendations by search, save) into a fresh record, warm, median of several runs.
 * Prints Markdown for docs/EVIDENCE.md.
 * Usage: java -cp upright.jar org.upright.bench.EvidenceBench LABELS_JSON WORK_DIR [RUNS]
 */
public final class EvidenceBench {
    private EvidenceBench() {
    }

    public static void main(String[] args) throws IOException {
        Path labels = Path.of(args[0]);
        Path work = Path.of(args[1]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        Extractor extractor = new Extractor(StateDirectory.load());
        EvidenceScore score = new EvidenceScore();
        JsonNode all = new ObjectMapper().readTree(labels.toFile());
        System.out.println("| text | state | persons | organisations | provisions | incidents | asks | dates |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (JsonNode label : all) {
            Path file = resolve(labels, label.path("file").asText());
            ReadDocument doc = new DocumentReader().read(file.getFileName().toString(), Files.readAllBytes(file), null);
            Extraction x = extractor.extract(doc.text(), doc.published());
            Map<String, EvidenceScore.Counts> one = score.add(x, label);
            StringBuilder row = new StringBuilder("| " + file.getFileName());
            for (String k : EvidenceScore.KINDS) {
                EvidenceScore.Counts c = one.get(k);
                row.append(" | ").append(c.labelled() == 0 && c.found() == 0 ? "–" : c.matched() + "/" + c.found() + "/" + c.labelled());
            }
            System.out.println(row + " |");
        }
        System.out.println("\n(matched / found / labelled)\n");
        System.out.println("| kind | precision | recall | matched | found | labelled |");
        System.out.println("|---|---|---|---|---|---|");
        score.totals().forEach((k, c) -> System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %d | %d | %d |%n", k, c.precision(), c.recall(),
                c.matched(), c.found(), c.labelled()));
        ingestTime(resolve(labels, all.get(0).path("file").asText()), work, runs);
    }

    /** The whole ingestion of the release, each run into the same record (the file's hash changed so it is new). */
    private static void ingestTime(Path release, Path work, int runs) throws IOException {
        byte[] bytes = Files.readAllBytes(release);
        Path data = work.resolve("data");
        try (App app = new App(new Settings(data, null, 0, "127.0.0.1"))) {
            Path fixture = Path.of("../shared/data/fixtures/kazakhstan2014_A_HRC_28_10_WG_report.macroman.txt");
            if (Files.exists(fixture)) app.importer().importPaths(List.of(fixture), java.util.Optional.empty(), ImportListener.SILENT);
            app.search().awaitChanges();
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < runs + 2; i++) {
                byte[] variant = (new String(bytes, java.nio.charset.StandardCharsets.UTF_8) + "\n" + "\u200b".repeat(i + 1))
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                long start = System.nanoTime();
                app.documents().add(Viewer.cli(), Upload.of("release-" + i + ".txt", variant), null);
                double ms = (System.nanoTime() - start) / 1e6;
                if (i >= 2) millis.add(ms);
            }
            Collections.sort(millis);
            System.out.printf(Locale.ROOT, "%nIngesting the 2-page Kazakhstan release (%d bytes; read, draft, link, save), %d warm runs after 2 warm-up: "
                    + "median %.0f ms, max %.0f ms.%n", bytes.length, runs, millis.get(millis.size() / 2), millis.getLast());
        }
    }

    private static Path resolve(Path labels, String file) {
        return file.startsWith("../") ? Path.of(file) : labels.getParent().resolve(file);
    }
}

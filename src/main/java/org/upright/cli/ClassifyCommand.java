package org.upright.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.upright.classify.Classification;
import org.upright.classify.Classifier;
import org.upright.classify.ModelException;
import org.upright.classify.PredictionCsv;
import org.upright.ingest.ImportException;
import org.upright.state.StateDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `upright classify --model DIR --in FILE --out PREDICTIONS.csv`. */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = {"Suggest issues, action category, themes, groups of persons and SDGs for every recommendation of a",
                "file in any format `import` reads. Writes line,issues,action_category,themes,groups,sdgs,sdg_targets,confidence",
                "in input order (line = where the recommendation starts; in a spreadsheet its row, header = 1; several",
                "values joined with |; confidence = the lowest probability among the chosen issues, the category and goals)."})
public final class ClassifyCommand implements Callable<Integer> {
    @Option(names = "--model", required = true, paramLabel = "MODEL_DIR", description = "A model folder written by `upright train`.")
    Path model;

    @Option(names = "--in", required = true, paramLabel = "FILE", description = "The file to classify.")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "PREDICTIONS.csv", description = "Where to write the predictions.")
    Path out;

    @Option(names = "--probabilities", paramLabel = "FILE.csv",
            description = "Also write every suggested label with its own probability: line,kind,value,confidence.")
    Path probabilities;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(in)) {
            System.err.println("upright classify: no file at " + in);
            return 2;
        }
        try {
            long t0 = System.nanoTime();
            Classifier classifier = Classifier.load(model);
            long t1 = System.nanoTime();
            List<PredictionCsv.Row> rows = new Classification(StateDirectory.load()).classify(classifier, in);
            long t2 = System.nanoTime();
            PredictionCsv.write(out, rows);
            if (probabilities != null) PredictionCsv.writeProbabilities(probabilities, rows);
            long unfamiliar = rows.stream().filter(r -> r.prediction().unfamiliar()).count();
            System.err.printf("classified %d recommendations with model %s (loaded in %.1f s; read and classified in %.2f s, %.0f per second) → %s%n",
                    rows.size(), classifier.version(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, rows.size() / Math.max(1e-9, (t2 - t1) / 1e9), out);
            if (unfamiliar > 0) {
                System.err.println(unfamiliar + " texts are mostly words the model never saw (another language?): their confidence is low");
            }
            return 0;
        } catch (ModelException | ImportException e) {
            System.err.println("upright classify: " + e.getMessage());
            return 2;
        }
    }
}

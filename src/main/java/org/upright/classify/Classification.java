package org.upright.classify;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.upright.ingest.ParsedRecommendation;
import org.upright.state.StateDirectory;

/** Training from files and classifying a file, as the command line does them. */
public final class Classification {
    private final TrainingData data;

    public Classification(StateDirectory states) {
        this.data = new TrainingData(states);
    }

    /** What `train` did: the evaluation, what it could not read, and where the model went. */
    public record Trained(Evaluation evaluation, List<String> problems, String version) {
    }

    /** Reads every file and folder, trains, and saves the model folder. */
    public Trained train(List<Path> paths, Trainer.Kind kind, Path out, Consumer<String> log) throws IOException {
        TrainingData.Read read = data.read(paths);
        read.problems().forEach(p -> log.accept("skipped: " + p));
        if (read.examples().isEmpty()) {
            throw new ModelException("no recommendations could be read from " + describe(paths)
                    + "; train reads the formats `upright import` reads (a UPR Info export gives issues and action categories)");
        }
        log.accept("read " + read.examples().size() + " recommendations from " + read.files() + " file(s)");
        return save(new Trainer(log).train(read.examples(), kind, describe(paths)), out, read.problems());
    }

    /** Trains on examples gathered elsewhere (the record) and saves the model folder. */
    Trained train(List<Example> examples, Trainer.Kind kind, String trainedOn, Path out, Consumer<String> log) throws IOException {
        return save(new Trainer(log).train(examples, kind, trainedOn), out, List.of());
    }

    private static Trained save(Trainer.Result result, Path out, List<String> problems) throws IOException {
        result.save(out);
        return new Trained(result.evaluation(), problems, result.classifier().version());
    }

    /** Every recommendation of the file, in the file's order, with its line and prediction. */
    public List<PredictionCsv.Row> classify(Classifier model, Path file) throws IOException {
        List<ParsedRecommendation> items = data.parse(file);
        return items.parallelStream().map(r -> new PredictionCsv.Row(r.line(), model.predict(r.text()))).toList();
    }

    static String describe(List<Path> paths) {
        StringBuilder sb = new StringBuilder();
        for (Path p : paths) sb.append(sb.isEmpty() ? "" : " ").append(p.getFileName() == null ? p : p.getFileName());
        return sb.toString();
    }
}

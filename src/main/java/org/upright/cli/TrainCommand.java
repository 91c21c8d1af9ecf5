package org.upright.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.upright.App;
import org.upright.classify.Classification;
import org.upright.classify.ModelException;
import org.upright.classify.Trainer;
import org.upright.state.StateDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `upright train --out DIR FILE…`: a classification model from labelled files or the record. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train a classification model (issues, action category, themes, groups of persons, SDGs) on labelled",
                "files in any format `import` reads (UPR Info export, OHCHR thematic lists, DIHR SDG Explorer export:",
                "SDG goals and targets), or on the record.",
                "The model is a folder of plain files; its evaluation on held-out sessions goes to evaluation.json."})
public final class TrainCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--out", required = true, paramLabel = "MODEL_DIR", description = "Folder to write the model into (replaced).")
    Path out;

    @Option(names = "--baseline", description = "Train the baseline instead: TF-IDF words + one-vs-rest logistic regression, threshold 0.5.")
    boolean baseline;

    @Option(names = "--from-record", description = "Train on the labels in the record (--data-dir/--db): labels from sources and "
            + "labels people accepted; rejected suggestions count as 'not this label'.")
    boolean fromRecord;

    @Parameters(arity = "0..*", paramLabel = "FILE_OR_DIR", description = "Labelled files or folders.")
    List<Path> paths = List.of();

    @Override
    public Integer call() throws Exception {
        if (paths.isEmpty() && !fromRecord) {
            System.err.println("upright train: name labelled files or folders (a UPR Info export), or give --from-record");
            return 2;
        }
        Trainer.Kind kind = baseline ? Trainer.Kind.BASELINE : Trainer.Kind.STRONG;
        try {
            Classification.Trained trained;
            if (fromRecord) {
                if (!paths.isEmpty()) {
                    System.err.println("upright train: give either files or --from-record, not both");
                    return 2;
                }
                try (App app = new App(common.settings(0, "127.0.0.1"))) {
                    trained = app.classification().trainFromRecord(kind, out, System.err::println);
                }
            } else {
                trained = new Classification(StateDirectory.load()).train(paths, kind, out, System.err::println);
            }
            System.err.println("model " + trained.version() + " written to " + out);
            return 0;
        } catch (ModelException e) {
            System.err.println("upright train: " + e.getMessage());
            return 2;
        }
    }
}

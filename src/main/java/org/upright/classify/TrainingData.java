package org.upright.classify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.upright.ingest.Format;
import org.upright.ingest.FormatDetector;
import org.upright.ingest.ImportException;
import org.upright.ingest.ParsedRecommendation;
import org.upright.ingest.Parsers;
import org.upright.ingest.SourceFile;
import org.upright.recommendation.Label;
import org.upright.recommendation.LabelKind;
import org.upright.state.StateDirectory;

/**
 * Reads files in any format the importer reads, with the importer's own detection and parsers, into
 * {@link Example}s: what a recommendation says and the labels its source gave.
 */
public final class TrainingData {
    private final StateDirectory states;
    private final FormatDetector detector = new FormatDetector();
    private final Parsers parsers = new Parsers();

    public TrainingData(StateDirectory states) {
        this.states = states;
    }

    /** What reading gave: the examples (pledges left out) and a line for every file that could not be read. */
    record Read(List<Example> examples, List<String> problems, int files) {
    }

    /** Every file given and every file inside the folders given; a folder's unreadable files are skipped. */
    Read read(List<Path> paths) {
        List<Example> examples = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int files = 0;
        for (Path path : paths) {
            if (!Files.exists(path)) {
                problems.add(path + ": no such file or folder");
                continue;
            }
            List<Path> inside = new ArrayList<>();
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                            .sorted(Comparator.naturalOrder()).forEach(inside::add);
                } catch (IOException e) {
                    problems.add(path + ": cannot read the folder: " + e.getMessage());
                }
            } else {
                inside.add(path);
            }
            for (Path file : inside) {
                try {
                    Set<String> before = keys(examples);
                    for (ParsedRecommendation r : parse(file)) {
                        Example e = example(r);
                        // the same list as Word document and as Markdown rendering, or a file given twice, counts once
                        if (!r.pledge() && !before.contains(key(e))) examples.add(e);
                    }
                    files++;
                } catch (ImportException | IOException e) {
                    if (!Files.isDirectory(path)) problems.add(e.getMessage());
                }
            }
        }
        return new Read(examples, problems, files);
    }

    private static String key(Example e) {
        return e.session() + "|" + org.upright.ingest.Texts.matchKey(e.text());
    }

    private static Set<String> keys(List<Example> examples) {
        Set<String> keys = new HashSet<>();
        for (Example e : examples) keys.add(key(e));
        return keys;
    }

    /** The recommendations of one file in the order the file has them. */
    public List<ParsedRecommendation> parse(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        SourceFile source = new SourceFile(file, bytes);
        Format format = detector.detect(source);
        List<ParsedRecommendation> items = new ArrayList<>(parsers.of(format).parse(source, states).items());
        items.sort(Comparator.comparingInt(ParsedRecommendation::line));
        return items;
    }

    static Example example(ParsedRecommendation r) {
        Set<String> issues = new HashSet<>(), themes = new HashSet<>(), groups = new HashSet<>(), sdgs = new HashSet<>();
        for (Label l : r.labels()) {
            switch (l.kind()) {
                case ISSUE -> issues.add(l.value());
                case THEME -> themes.add(l.value());
                case GROUP -> groups.add(l.value());
                case SDG -> sdgs.add(l.value());
            }
        }
        return new Example(r.text(), r.session(), r.line(), issues, r.actionCategory(), themes, groups, sdgs);
    }

    static Example example(String text, Integer session, List<Label> labels, Integer category) {
        Set<String> issues = new HashSet<>(), themes = new HashSet<>(), groups = new HashSet<>(), sdgs = new HashSet<>();
        for (Label l : labels) {
            if (l.kind() == LabelKind.ISSUE) issues.add(l.value());
            else if (l.kind() == LabelKind.THEME) themes.add(l.value());
            else if (l.kind() == LabelKind.GROUP) groups.add(l.value());
            else sdgs.add(l.value());
        }
        return new Example(text, session, 0, issues, category, themes, groups, sdgs);
    }
}

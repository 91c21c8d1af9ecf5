package org.upright.classify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
                    Map<String, Integer> before = keys(examples);
                    for (ParsedRecommendation r : parse(file)) {
                        if (r.pledge()) continue;
                        Example e = example(r);
                        // the same list as Word document and as Markdown rendering, or a file given twice, counts
                        // once; a recommendation two sources label (UPR Info's issues, the Explorer's SDGs) gets both
                        Integer at = before.get(key(e));
                        if (at == null) examples.add(e);
                        else examples.set(at, merged(examples.get(at), e));
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

    private static Map<String, Integer> keys(List<Example> examples) {
        Map<String, Integer> keys = new java.util.HashMap<>();
        for (int i = 0; i < examples.size(); i++) keys.putIfAbsent(key(examples.get(i)), i);
        return keys;
    }

    /** One recommendation read from two files: the first one's text, session and line, both sources' labels. */
    static Example merged(Example a, Example b) {
        return new Example(a.text(), a.session(), a.line(), union(a.issues(), b.issues()), a.category() != null ? a.category() : b.category(),
                union(a.themes(), b.themes()), union(a.groups(), b.groups()), union(a.sdgs(), b.sdgs()), union(a.targets(), b.targets()));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new HashSet<>(a);
        u.addAll(b);
        return u;
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
        Integer session = r.session() != null ? r.session() : sessionOfReport(r.documentSymbol());
        return example(r.text(), session, r.line(), r.labels(), r.actionCategory());
    }

    static Example example(String text, Integer session, List<Label> labels, Integer category) {
        return example(text, session, 0, labels, category);
    }

    private static Example example(String text, Integer session, int line, List<Label> labels, Integer category) {
        Map<LabelKind, Set<String>> by = new EnumMap<>(LabelKind.class);
        for (LabelKind k : LabelKind.values()) by.put(k, new HashSet<>());
        for (Label l : labels) by.get(l.kind()).add(l.value());
        return new Example(text, session, line, by.get(LabelKind.ISSUE), category, by.get(LabelKind.THEME),
                by.get(LabelKind.GROUP), by.get(LabelKind.SDG), by.get(LabelKind.SDG_TARGET));
    }

    private static final Pattern COUNCIL_SESSION = Pattern.compile("^A/HRC/(\\d{1,3})/", Pattern.CASE_INSENSITIVE);
    /** From Working Group session 13 on, the Council adopts a session's reports eight sessions later. */
    private static final int COUNCIL_AFTER_WORKING_GROUP = 8, FIRST_REGULAR_SESSION = 13;

    /**
     * The Working Group session of a report cited without one (the SDG Explorer gives only "A/HRC/28/10"), so the
     * time split of training works on such files too: Council session − 8 from session 13 on; earlier the gap
     * varied and the session stays unknown (null), as it is for the importer when the record cannot tell.
     */
    static Integer sessionOfReport(String symbol) {
        if (symbol == null) return null;
        Matcher m = COUNCIL_SESSION.matcher(symbol.trim());
        if (!m.find()) return null;
        int session = Integer.parseInt(m.group(1)) - COUNCIL_AFTER_WORKING_GROUP;
        return session >= FIRST_REGULAR_SESSION ? session : null;
    }
}

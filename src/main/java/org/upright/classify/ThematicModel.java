package org.upright.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.upright.recommendation.LabelKind;

/**
 * UHRI themes, groups of persons and SDGs, for which little labelled data exists (two OHCHR lists of one
 * state). Three kinds of evidence are combined by noisy-or, 1 − Π(1 − pᵢ):
 * <ol>
 * <li>keyword rules ({@code keywords.tsv}, labels spelled as {@code ../vocab} spells them), each worth
 *     {@link #RULE}: a rule alone suggests its label;</li>
 * <li>a learnt mapping from evidence to labels: for each predicted UPR Info issue and each rule that fired,
 *     how much more often than usual the labelled entries that had it carried the label (the lift over the
 *     label's base rate, (P(label | evidence) − P(label)) / (1 − P(label)), evidence seen at least
 *     {@link #MIN_EVIDENCE} times), so that a label frequent in one state's list is not suggested everywhere;</li>
 * <li>the labelled entries at least {@link #NEAR} similar (cosine over word TF-IDF), their votes weighted by
 *     similarity.</li>
 * </ol>
 * A label is suggested when its combined score reaches 0.5; the score is its confidence.
 */
final class ThematicModel {
    static final List<LabelKind> KINDS = List.of(LabelKind.THEME, LabelKind.GROUP, LabelKind.SDG);
    static final double THRESHOLD = 0.5;
    static final double RULE = 0.55;
    static final double NEAR = 0.5;
    private static final int MIN_EVIDENCE = 3;
    private static final int NEIGHBOURS = 5;

    /**
     * A keyword rule; {@code literals} are words one of which any match must contain, so that the regular
     * expression runs only on texts that have one (empty: always run it).
     */
    record Rule(LabelKind kind, String label, Pattern pattern, List<String> literals, String evidence) {
        Rule(LabelKind kind, String label, Pattern pattern, List<String> literals) {
            this(kind, label, pattern, literals, "rule:" + kind + ":" + label);
        }

        boolean matches(String text) {
            if (!literals.isEmpty()) {
                boolean any = false;
                for (String l : literals) {
                    if (text.contains(l)) {
                        any = true;
                        break;
                    }
                }
                if (!any) return false;
            }
            return pattern.matcher(text).find();
        }

        /** For each top-level alternative its longest plain run of letters (≥ 3); empty when one has none. */
        static List<String> literals(String regex) {
            List<String> out = new ArrayList<>();
            int depth = 0;
            StringBuilder alt = new StringBuilder();
            for (int i = 0; i <= regex.length(); i++) {
                char c = i < regex.length() ? regex.charAt(i) : '|';
                if (c == '(') depth++;
                if (c == ')') depth--;
                if (c == '|' && depth == 0) {
                    String lit = longestRun(alt.toString());
                    if (lit.length() < 3) return List.of();
                    out.add(lit);
                    alt.setLength(0);
                } else {
                    alt.append(c);
                }
            }
            return List.copyOf(out);
        }

        private static String longestRun(String alt) {
            String best = "";
            StringBuilder run = new StringBuilder();
            int depth = 0;
            boolean inClass = false;
            for (int i = 0; i < alt.length(); i++) {
                char c = alt.charAt(i);
                boolean plain = false;
                if (c == '\\') {
                    i++;
                } else if (c == '[') {
                    inClass = true;
                } else if (c == ']') {
                    inClass = false;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                } else if (!inClass && depth == 0 && (Character.isLetter(c) || c == ' ' || c == '-' || c == '\'')) {
                    boolean optional = i + 1 < alt.length() && (alt.charAt(i + 1) == '?' || alt.charAt(i + 1) == '*');
                    plain = !optional;
                }
                if (plain) {
                    run.append(c);
                } else {
                    if (run.length() > best.length()) best = run.toString();
                    run.setLength(0);
                }
            }
            if (run.length() > best.length()) best = run.toString();
            return best;
        }
    }

    private static final List<Rule> RULES = loadRules();

    /** evidence → (kind → (label → count)); and how often each evidence was seen. */
    private final Map<String, Map<LabelKind, Map<String, Integer>>> together;
    private final Map<String, Integer> evidenceCount;
    /** The labelled entries' word vectors and labels, for the similarity vote; null without entries. */
    private final NeighbourIndex neighbours;
    private final List<Map<LabelKind, Set<String>>> entryLabels;
    final int entries;
    private final Map<LabelKind, Map<String, Integer>> labelCounts = new EnumMap<>(LabelKind.class);

    private ThematicModel(Map<String, Map<LabelKind, Map<String, Integer>>> together, Map<String, Integer> evidenceCount,
                          NeighbourIndex neighbours, List<Map<LabelKind, Set<String>>> entryLabels) {
        this.together = together;
        this.evidenceCount = evidenceCount;
        this.neighbours = neighbours;
        this.entryLabels = entryLabels;
        this.entries = entryLabels.size();
        for (LabelKind k : KINDS) labelCounts.put(k, new HashMap<>());
        for (Map<LabelKind, Set<String>> m : entryLabels) m.forEach((k, values) -> values.forEach(v -> labelCounts.get(k).merge(v, 1, Integer::sum)));
    }

    static List<Rule> rules() {
        return RULES;
    }

    private static List<Rule> loadRules() {
        List<Rule> rules = new ArrayList<>();
        try (InputStream in = ThematicModel.class.getResourceAsStream("keywords.tsv")) {
            if (in == null) throw new IllegalStateException("keywords.tsv is missing from the jar");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                rules.add(new Rule(LabelKind.valueOf(f[0]), f[1], Pattern.compile(f[2]), Rule.literals(f[2])));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read keywords.tsv: " + e.getMessage(), e);
        }
        return List.copyOf(rules);
    }

    /** The evidence for a text: its predicted issues and the rules that fire. */
    static Set<String> evidence(String normalizedText, Set<String> issues) {
        Set<String> e = new HashSet<>();
        for (String i : issues) e.add("issue:" + i);
        for (Rule r : RULES) if (r.matches(normalizedText)) e.add(r.evidence());
        return e;
    }

    /** Learns from entries with thematic labels; {@code issues} are the issues the text model predicts for each. */
    static ThematicModel fit(List<Example> entries, List<Set<String>> issues, TermBlock words) {
        Map<String, Map<LabelKind, Map<String, Integer>>> together = new HashMap<>();
        Map<String, Integer> evidenceCount = new HashMap<>();
        List<Map<LabelKind, Set<String>>> labels = new ArrayList<>();
        List<SparseVector> vectors = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Example e = entries.get(i);
            String norm = TextFeatures.normalize(e.text());
            Map<LabelKind, Set<String>> own = labelsOf(e);
            labels.add(own);
            for (String ev : evidence(norm, issues.get(i))) {
                evidenceCount.merge(ev, 1, Integer::sum);
                own.forEach((kind, values) -> values.forEach(v -> together.computeIfAbsent(ev, k -> new EnumMap<>(LabelKind.class))
                        .computeIfAbsent(kind, k -> new HashMap<>()).merge(v, 1, Integer::sum)));
            }
            vectors.add(words.vector(TextFeatures.words(norm)).normalized());
        }
        NeighbourIndex index = entries.isEmpty() ? null : NeighbourIndex.build(vectors, words.size());
        return new ThematicModel(together, evidenceCount, index, labels);
    }

    static Map<LabelKind, Set<String>> labelsOf(Example e) {
        Map<LabelKind, Set<String>> m = new EnumMap<>(LabelKind.class);
        m.put(LabelKind.THEME, e.themes());
        m.put(LabelKind.GROUP, e.groups());
        m.put(LabelKind.SDG, e.sdgs());
        return m;
    }

    /** Every label with a score of at least {@code floor}, by kind, highest first. */
    Map<LabelKind, Map<String, Double>> scores(String text, Set<String> issues, TermBlock words, double floor) {
        String norm = TextFeatures.normalize(text);
        Map<LabelKind, Map<String, double[]>> parts = new EnumMap<>(LabelKind.class);
        for (LabelKind k : KINDS) parts.put(k, new HashMap<>());
        List<String> evidence = new ArrayList<>();
        for (String i : issues) evidence.add("issue:" + i);
        for (Rule r : RULES) {
            if (!r.matches(norm)) continue;
            evidence.add(r.evidence());
            parts.get(r.kind()).computeIfAbsent(r.label(), x -> new double[3])[0] = RULE;
        }
        for (String ev : evidence) {
            if (entries == 0) break;
            int n = evidenceCount.getOrDefault(ev, 0);
            if (n < MIN_EVIDENCE) continue;
            together.getOrDefault(ev, Map.of()).forEach((kind, counts) -> counts.forEach((label, c) -> {
                double base = baseRate(kind, label);
                double lift = (c / (n + 1.0) - base) / (1 - base);
                if (lift <= 0) return;
                double[] p = parts.get(kind).computeIfAbsent(label, x -> new double[3]);
                p[1] = Math.max(p[1], lift);
            }));
        }
        if (neighbours != null) {
            List<NeighbourIndex.Neighbour> near = neighbours.nearest(words.vector(TextFeatures.words(norm)).normalized(), NEIGHBOURS);
            near = near.stream().filter(n -> n.similarity() >= NEAR).toList();
            double total = 0;
            for (NeighbourIndex.Neighbour n : near) total += n.similarity() * n.similarity();
            double top = near.isEmpty() ? 0 : near.get(0).similarity();
            for (NeighbourIndex.Neighbour n : near) {
                double w = total == 0 ? 0 : n.similarity() * n.similarity() / total * top;
                entryLabels.get(n.doc()).forEach((kind, values) -> values.forEach(v ->
                        parts.get(kind).computeIfAbsent(v, x -> new double[3])[2] += w));
            }
        }
        Map<LabelKind, Map<String, Double>> out = new EnumMap<>(LabelKind.class);
        for (LabelKind k : KINDS) {
            Map<String, Double> scored = new LinkedHashMap<>();
            parts.get(k).entrySet().stream()
                    .map(e -> Map.entry(e.getKey(), 1 - (1 - e.getValue()[0]) * (1 - e.getValue()[1]) * (1 - Math.min(1, e.getValue()[2]))))
                    .filter(e -> e.getValue() >= floor)
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> scored.put(e.getKey(), e.getValue()));
            out.put(k, scored);
        }
        return out;
    }

    /** Share of the labelled entries that carry the label. */
    private double baseRate(LabelKind kind, String label) {
        if (entries == 0) return 0;
        return Math.min(0.99, labelCounts.get(kind).getOrDefault(label, 0) / (double) entries);
    }

    // --- files: thematic-evidence.tsv, thematic-entries.tsv, thematic-neighbours.bin

    void save(Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# evidence\tcount\tkind\tlabel\ttogether");
        together.forEach((ev, byKind) -> byKind.forEach((kind, counts) -> counts.forEach((label, c) ->
                lines.add(ev + "\t" + evidenceCount.get(ev) + "\t" + kind + "\t" + label + "\t" + c))));
        evidenceCount.forEach((ev, n) -> {
            if (!together.containsKey(ev)) lines.add(ev + "\t" + n + "\t-\t-\t0");
        });
        Files.write(dir.resolve("thematic-evidence.tsv"), lines, StandardCharsets.UTF_8);
        List<String> entryLines = new ArrayList<>();
        for (Map<LabelKind, Set<String>> m : entryLabels) {
            entryLines.add(String.join("|", m.get(LabelKind.THEME)) + "\t" + String.join("|", m.get(LabelKind.GROUP))
                    + "\t" + String.join("|", m.get(LabelKind.SDG)));
        }
        Files.write(dir.resolve("thematic-entries.tsv"), entryLines, StandardCharsets.UTF_8);
        if (neighbours != null) neighbours.save(dir.resolve("thematic-neighbours.bin"));
    }

    static ThematicModel load(Path dir) throws IOException {
        Map<String, Map<LabelKind, Map<String, Integer>>> together = new HashMap<>();
        Map<String, Integer> evidenceCount = new HashMap<>();
        for (String line : Files.readAllLines(dir.resolve("thematic-evidence.tsv"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) continue;
            String[] f = line.split("\t", -1);
            evidenceCount.put(f[0], Integer.parseInt(f[1]));
            if (f[2].equals("-")) continue;
            together.computeIfAbsent(f[0], k -> new EnumMap<>(LabelKind.class))
                    .computeIfAbsent(LabelKind.valueOf(f[2]), k -> new HashMap<>()).put(f[3], Integer.parseInt(f[4]));
        }
        List<Map<LabelKind, Set<String>>> entries = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("thematic-entries.tsv"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            Map<LabelKind, Set<String>> m = new EnumMap<>(LabelKind.class);
            m.put(LabelKind.THEME, split(f[0]));
            m.put(LabelKind.GROUP, split(f.length > 1 ? f[1] : ""));
            m.put(LabelKind.SDG, split(f.length > 2 ? f[2] : ""));
            entries.add(m);
        }
        Path nb = dir.resolve("thematic-neighbours.bin");
        NeighbourIndex index = Files.exists(nb) ? NeighbourIndex.load(nb) : null;
        return new ThematicModel(together, evidenceCount, index, entries);
    }

    private static Set<String> split(String s) {
        Set<String> out = new HashSet<>();
        for (String p : s.split("\\|")) if (!p.isBlank()) out.add(p);
        return out;
    }
}

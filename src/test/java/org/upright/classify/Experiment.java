package org.upright.classify;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.upright.state.StateDirectory;

/**
 * Development harness (not a test): fit on sessions 1–13, tune on 14 and report on 15, then the other way
 * round (validation only: rows of sessions 16 and later are dropped as they are read). Each issue model of
 * {@code -Dvariants} is fitted once; every decision setting of {@code -Dsettings=shrink:near,…} (e.g.
 * {@code 20:true,20:false}) is then tuned and scored on the same first-stage outputs; {@code -Doof=3} also
 * tunes on out-of-fold outputs over sessions 1–13.
 */
public final class Experiment {
    public static void main(String[] args) throws Exception {
        TrainingData data = new TrainingData(StateDirectory.load());
        Path dir = Path.of("../shared/data/upr-info");
        List<Example> all = data.read(List.of(dir.resolve("1-5.csv"), dir.resolve("6-9.csv"), dir.resolve("10-13.csv"),
                dir.resolve("14-17.csv"))).examples();
        List<Example> train = new ArrayList<>(), tune = new ArrayList<>(), check = new ArrayList<>();
        for (Example e : all) {
            if (e.session() == null) continue;
            if (e.session() <= 13) train.add(e);
            else if (e.session() == 14) tune.add(e);
            else if (e.session() == 15) check.add(e);
        }
        System.out.println("train " + train.size() + " tune " + tune.size() + " check " + check.size());
        // -Dvariants=svm:3e-5:12[:positiveWeight],log:2e-6:12 : issue models fitted apart; each is scored alone, then their average
        List<List<TextModel.Raw>> tunes = new ArrayList<>(), checks = new ArrayList<>();
        List<String> names = new ArrayList<>();
        TextModel m = null;
        for (String v : System.getProperty("variants", "svm:3e-5:12:1.5").split(",")) {
            String[] f = v.split(":");
            var loss = f[0].equals("svm") ? LinearModel.Loss.SQUARED_HINGE : LinearModel.Loss.LOG;
            long t0 = System.nanoTime();
            m = TextModel.fit(TextModel.Kind.STRONG, train, LinearModel.Options.defaults(),
                    new LinearModel.Options(Double.parseDouble(f[1]), Integer.parseInt(f[2]), 0.5, 42, loss,
                            f.length > 3 ? Double.parseDouble(f[3]) : 1));
            tunes.add(Tuner.raws(m, tune));
            checks.add(Tuner.raws(m, check));
            names.add(v);
            System.out.printf("%s: fit and raws %.1fs%n", v, (System.nanoTime() - t0) / 1e9);
        }
        if (names.size() > 1) {
            tunes.add(average(tunes));
            checks.add(average(checks.subList(0, names.size())));
            names.add("average");
        }
        for (int k = 0; k < names.size(); k++) {
            System.out.println("== " + names.get(k));
            score(m, tunes.get(k), checks.get(k), tune, check);
        }
        int folds = Integer.getInteger("oof", 0);
        if (folds > 1) outOfFold(m, train, tune, tunes.get(0), check, checks.get(0), folds);
    }

    /**
     * Tuning on out-of-fold outputs over all of sessions 1–13 (folds by session) instead of on one later session;
     * scored on 14 and on 15 with the model trained on 1–13.
     */
    private static void outOfFold(TextModel m, List<Example> train, List<Example> a, List<TextModel.Raw> rawsA,
                                  List<Example> b, List<TextModel.Raw> rawsB, int folds) {
        List<Example> oofExamples = new ArrayList<>();
        List<TextModel.Raw> oofRaws = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            final int fold = f;
            List<Example> in = train.stream().filter(e -> e.session() % folds != fold).toList();
            List<Example> out = train.stream().filter(e -> e.session() % folds == fold).toList();
            long t0 = System.nanoTime();
            TextModel fm = TextModel.fit(TextModel.Kind.STRONG, in, LinearModel.Options.defaults());
            List<TextModel.Raw> rs = Tuner.raws(fm, out);
            // the fold model may lack an issue: map its outputs onto the full model's issue order
            for (int i = 0; i < out.size(); i++) oofRaws.add(remap(rs.get(i), fm.issues, m.issues));
            oofExamples.addAll(out);
            System.out.printf("fold %d: %d in, %d out, %.1fs%n", f, in.size(), out.size(), (System.nanoTime() - t0) / 1e9);
        }
        for (String s : System.getProperty("settings", "20:false,20:true").split(",")) {
            String[] f = s.split(":");
            Tuner.Settings settings = new Tuner.Settings(Double.parseDouble(f[0]), f.length > 1 && Boolean.parseBoolean(f[1]));
            long t0 = System.nanoTime();
            m.tuning = Tuner.tune(m.issues, oofRaws, oofExamples, settings);
            double tuneS = (System.nanoTime() - t0) / 1e9;
            double[] onA = check(m, rawsA, a), onB = check(m, rawsB, b);
            System.out.printf("OOF %-18s issues micro %.4f (on 14 %.4f, on 15 %.4f) macro %.4f | category macro %.4f | tune %.0fs%n",
                    s, (onA[0] + onB[0]) / 2, onA[0], onB[0], (onA[1] + onB[1]) / 2, (onA[2] + onB[2]) / 2, tuneS);
        }
    }

    private static TextModel.Raw remap(TextModel.Raw r, List<String> from, List<String> to) {
        float[] li = new float[to.size()], ni = new float[to.size()];
        for (int l = 0; l < to.size(); l++) {
            int j = from.indexOf(to.get(l));
            if (j >= 0) {
                li[l] = r.linearIssues()[j];
                ni[l] = r.neighbourIssues()[j];
            }
        }
        return new TextModel.Raw(li, ni, r.linearCategory(), r.neighbourCategory(), r.coverage(), r.nearest());
    }

    private static List<TextModel.Raw> average(List<List<TextModel.Raw>> all) {
        List<TextModel.Raw> out = new ArrayList<>();
        for (int i = 0; i < all.get(0).size(); i++) {
            TextModel.Raw r0 = all.get(0).get(i);
            float[] li = new float[r0.linearIssues().length];
            for (List<TextModel.Raw> rs : all) for (int l = 0; l < li.length; l++) li[l] += rs.get(i).linearIssues()[l] / all.size();
            out.add(new TextModel.Raw(li, r0.neighbourIssues(), r0.linearCategory(), r0.neighbourCategory(), r0.coverage(), r0.nearest()));
        }
        return out;
    }

    /** Tuned on 14 and scored on 15, then the other way round; the mean of both. */
    private static void score(TextModel m, List<TextModel.Raw> rawsA, List<TextModel.Raw> rawsB, List<Example> a,
                              List<Example> b) {
        for (String s : System.getProperty("settings", "20:false,20:true").split(",")) {
            String[] f = s.split(":");
            Tuner.Settings settings = new Tuner.Settings(Double.parseDouble(f[0]), f.length > 1 && Boolean.parseBoolean(f[1]));
            double[] ab = once(m, settings, rawsA, a, rawsB, b), ba = once(m, settings, rawsB, b, rawsA, a);
            System.out.printf("%-22s issues micro %.4f (14→15 %.4f, 15→14 %.4f) macro %.4f | category macro %.4f | near %.2f@%.1f%n",
                    s, (ab[0] + ba[0]) / 2, ab[0], ba[0], (ab[1] + ba[1]) / 2, (ab[2] + ba[2]) / 2, m.tuning.nearBlend(), m.tuning.nearSimilarity());
        }
    }

    private static double[] once(TextModel m, Tuner.Settings settings, List<TextModel.Raw> tuneRaws, List<Example> tune,
                                 List<TextModel.Raw> checkRaws, List<Example> check) {
        m.tuning = Tuner.tune(m.issues, tuneRaws, tune, settings);
        return check(m, checkRaws, check);
    }

    private static double[] check(TextModel m, List<TextModel.Raw> checkRaws, List<Example> check) {
        List<Set<String>> gold = new ArrayList<>(), pred = new ArrayList<>();
        List<String> gc = new ArrayList<>(), pc = new ArrayList<>();
        for (int i = 0; i < check.size(); i++) {
            Example e = check.get(i);
            TextModel.Output o = m.decide(checkRaws.get(i));
            gold.add(e.issues());
            pred.add(m.issueNames(o));
            gc.add(String.valueOf(e.category()));
            pc.add(String.valueOf(o.category()));
            if (Boolean.getBoolean("errors") && !gold.getLast().equals(pred.getLast()) && i % 7 == 0) {
                System.out.println("  ERR " + e.text().substring(0, Math.min(220, e.text().length())) + "\n      gold " + gold.getLast()
                        + "\n      pred " + pred.getLast());
            }
        }
        var is = Metrics.multiLabel(gold, pred);
        var cs = Metrics.singleLabel(gc, pc);
        return new double[] {is.microF1(), is.macroF1(), cs.macroF1()};
    }
}

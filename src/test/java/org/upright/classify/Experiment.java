package org.upright.classify;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.upright.state.StateDirectory;

/** Development harness (not a test): fit on sessions 1–13, report on 14–15 (validation only). */
public final class Experiment {
    public static void main(String[] args) throws Exception {
        TrainingData data = new TrainingData(StateDirectory.load());
        Path dir = Path.of("../shared/data/upr-info");
        List<Example> all = data.read(List.of(dir.resolve("1-5.csv"), dir.resolve("6-9.csv"), dir.resolve("10-13.csv"),
                dir.resolve("14-17.csv"))).examples();
        List<Example> train = new ArrayList<>(), val = new ArrayList<>();
        int lastTrain = Integer.parseInt(args.length > 0 ? args[0] : "13");
        for (Example e : all) {
            if (e.session() <= lastTrain) { if (e.session() >= Integer.getInteger("upright.first", 1)) train.add(e); }
            else if (e.session() <= 15) val.add(e);
        }
        // split val into tune half (14) and check half (15)
        List<Example> tune = val.stream().filter(e -> e.session() == lastTrain + 1).toList();
        List<Example> check = val.stream().filter(e -> e.session() > lastTrain + 1).toList();
        System.out.println("train " + train.size() + " tune " + tune.size() + " check " + check.size());
        double lambda = args.length > 1 ? Double.parseDouble(args[1]) : 2e-6; var base = LinearModel.Options.defaults();
        int epochs = args.length > 2 ? Integer.parseInt(args[2]) : 12;
        for (TextModel.Kind kind : TextModel.Kind.values()) {
            long t0 = System.nanoTime();
            TextModel m = TextModel.fit(kind, train, new LinearModel.Options(lambda, epochs, base.eta0(), 42, base.loss()));
            long t1 = System.nanoTime();
            if (kind == TextModel.Kind.STRONG) m.tuning = Tuner.tune(m, tune);
            long t2 = System.nanoTime();
            List<Set<String>> gold = new ArrayList<>(), pred = new ArrayList<>();
            List<String> gc = new ArrayList<>(), pc = new ArrayList<>();
            for (Example e : check) {
                TextModel.Output o = m.predict(e.text());
                gold.add(e.issues());
                pred.add(m.issueNames(o));
                gc.add(String.valueOf(e.category()));
                pc.add(String.valueOf(o.category()));
            }
            long t3 = System.nanoTime();
            var is = Metrics.multiLabel(gold, pred);
            var cs = Metrics.singleLabel(gc, pc);
            System.out.printf("%s dim=%d fit %.1fs tune %.1fs predict %.0f/s | issues micro %.4f macro %.4f | category macro %.4f acc %.4f | %s%n",
                    kind, m.features.dimension(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, check.size() / ((t3 - t2) / 1e9),
                    is.microF1(), is.macroF1(), cs.macroF1(), cs.microF1(),
                    kind == TextModel.Kind.STRONG ? "blend " + m.tuning.issueBlend() + "/" + m.tuning.categoryBlend() + " platt " + m.tuning.plattA() + "," + m.tuning.plattB() : "");
        }
    }
}

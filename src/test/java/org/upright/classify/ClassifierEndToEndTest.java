package org.upright.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.Cli;
import org.upright.state.StateDirectory;

/**
 * Trains with the real commands on a small public slice (sessions 1–5 of the UPR Info export) and classifies
 * another (the 35-row fixture of session 13, and the Kazakhstan Working Group report).
 */
class ClassifierEndToEndTest {
    static final Path DATA = Path.of("../shared/data");
    static final Path SLICE = TrainedSlice.SLICE;
    static final Path SAMPLE = DATA.resolve("fixtures/upr_info_raw_macroman_cr_sample.csv");
    static final Path REPORT = DATA.resolve("fixtures/kazakhstan2014_A_HRC_28_10_WG_report.macroman.txt");

    @TempDir
    static Path dir;
    static Path model;
    static Classifier classifier;

    @BeforeAll
    static void train() {
        model = TrainedSlice.model();
        classifier = Classifier.load(model);
    }

    private static String[] run(String... args) {
        PrintStream out = System.out, err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            int code = Cli.run(args);
            return new String[] {String.valueOf(code), o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void the_model_folder_holds_plain_versioned_files_and_its_evaluation() throws Exception {
        String props = Files.readString(model.resolve("model.properties"));
        assertThat(props).contains("format.version=" + Classifier.FORMAT_VERSION).contains("model.version=strong-");
        assertThat(model.resolve("issues.txt")).exists();
        assertThat(model.resolve("tuning.properties")).exists();
        Evaluation ev = Evaluation.fromJson(Files.readString(model.resolve("evaluation.json")));
        assertThat(ev.strong().issues().microF1()).isGreaterThan(0.6);
        assertThat(ev.baseline()).isNotNull();
    }

    @Test
    void classify_writes_one_row_per_recommendation_in_input_order_with_a_sane_f1() throws Exception {
        Path out = dir.resolve("pred.csv");
        String[] r = run("classify", "--model", model.toString(), "--in", SAMPLE.toString(), "--out", out.toString());
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("line,issues,action_category,themes,groups,sdgs,sdg_targets,confidence");
        var parsed = new TrainingData(StateDirectory.load()).parse(SAMPLE);
        assertThat(lines).hasSize(parsed.size() + 1);
        List<Set<String>> gold = new ArrayList<>(), pred = new ArrayList<>();
        int previous = 0;
        for (int i = 0; i < parsed.size(); i++) {
            String[] f = org.upright.ingest.CsvReader.readAll(lines.get(i + 1)).get(0).fields().toArray(String[]::new);
            assertThat(f).hasSize(8);
            int line = Integer.parseInt(f[0]);
            assertThat(line).isEqualTo(parsed.get(i).line()).isGreaterThan(previous);
            previous = line;
            assertThat(f[2]).matches("[1-5]");
            assertThat(Double.parseDouble(f[7])).isBetween(0.0, 1.0);
            gold.add(TrainingData.example(parsed.get(i)).issues());
            pred.add(new HashSet<>(List.of(f[1].split("\\|"))));
        }
        // sessions 1-5 know nothing of session 13, and chance is a few per cent: well above it
        assertThat(Metrics.multiLabel(gold, pred).microF1()).isGreaterThan(0.5);
    }

    @Test
    void a_working_group_report_without_labels_is_classified_too() throws Exception {
        Path out = dir.resolve("report.csv");
        assertThat(run("classify", "--model", model.toString(), "--in", REPORT.toString(), "--out", out.toString())[0]).isEqualTo("0");
        assertThat(Files.readAllLines(out)).hasSize(194 + 1);
    }

    @Test
    void empty_text_gets_no_labels_and_zero_confidence() {
        Prediction p = classifier.predict("   ");
        assertThat(p.issues()).isEmpty();
        assertThat(p.category()).isNull();
        assertThat(p.confidence()).isZero();
    }

    @Test
    void text_in_french_spanish_or_russian_gets_a_low_confidence() {
        String english = classifier.predict("Ratify the Convention against Torture and its Optional Protocol").confidence() + "";
        for (String foreign : List.of(
                "Ratifier la Convention contre la torture et son Protocole facultatif et renforcer les droits des femmes",
                "Ratificar la Convención contra la Tortura y su Protocolo Facultativo y fortalecer los derechos de las mujeres",
                "Ратифицировать Конвенцию против пыток и Факультативный протокол к ней")) {
            Prediction p = classifier.predict(foreign);
            assertThat(p.unfamiliar()).as(foreign).isTrue();
            assertThat(p.confidence()).as(foreign).isLessThan(0.35);
        }
        assertThat(Double.parseDouble(english)).isGreaterThan(0.5);
    }

    @Test
    void a_twenty_thousand_character_text_is_answered_quickly() {
        String huge = "Take measures to combat violence against women and ensure access to justice. ".repeat(260);
        assertThat(huge.length()).isGreaterThan(20_000);
        long t0 = System.nanoTime();
        Prediction p = classifier.predict(huge);
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(2.0);
        assertThat(p.issues()).extracting(Suggestion::value).contains("Women's rights");
    }

    @Test
    void train_on_a_file_without_labels_says_so() {
        String[] r = run("train", "--out", dir.resolve("none").toString(), REPORT.toString());
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).contains("carries UPR Info issues").contains("UPR Info export");
        assertThat(dir.resolve("none")).doesNotExist();
    }

    @Test
    void a_model_folder_of_another_format_version_is_refused_with_both_versions_named() throws Exception {
        Path old = dir.resolve("old-model");
        Files.createDirectories(old);
        Files.writeString(old.resolve("model.properties"), "format.version=0\nmodel.version=strong-2019\n");
        assertThatThrownBy(() -> Classifier.load(old)).isInstanceOf(ModelException.class)
                .hasMessageContaining("format version 0").hasMessageContaining("reads format version " + Classifier.FORMAT_VERSION)
                .hasMessageContaining("retrain");
        String[] r = run("classify", "--model", old.toString(), "--in", SAMPLE.toString(), "--out", dir.resolve("x.csv").toString());
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).contains("retrain");
    }

    @Test
    void a_saved_model_predicts_the_same_after_loading_again() {
        Classifier again = Classifier.load(model);
        String text = "Continue its efforts to combat trafficking in persons, in particular women and children";
        assertThat(again.predict(text)).isEqualTo(classifier.predict(text));
        assertThat(again.predict(text).category().value()).isEqualTo("2");
    }
}

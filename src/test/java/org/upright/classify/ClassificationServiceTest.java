package org.upright.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.TestWorld;
import org.upright.recommendation.Label;
import org.upright.recommendation.LabelKind;
import org.upright.recommendation.LabelOrigin;
import org.upright.recommendation.Recommendation;

/** Suggestions in the record: made on import, kept apart, accepted or rejected by a person. */
class ClassificationServiceTest {
    static Path model;

    @BeforeAll
    static void train() {
        model = TrainedSlice.model();
    }

    private static TestWorld worldWithModel(Path dir) throws Exception {
        TestWorld world = TestWorld.empty(dir);
        java.nio.file.Files.createDirectories(dir.resolve("data"));
        copy(model, world.app().classification().modelDir());
        for (Path f : List.of(TestWorld.UPR_INFO_SAMPLE, TestWorld.KAZAKHSTAN_REPORT)) world.importFile(f);
        world.app().classification().close(); // waits for the suggestions made after each import
        return world;
    }

    private static void copy(Path from, Path to) throws Exception {
        java.nio.file.Files.createDirectories(to);
        try (var files = java.nio.file.Files.list(from)) {
            for (Path f : files.toList()) java.nio.file.Files.copy(f, to.resolve(f.getFileName()));
        }
    }

    private static List<Label> machine(Recommendation r, LabelKind kind) {
        return r.labels().stream().filter(l -> l.origin() == LabelOrigin.MACHINE && l.kind() == kind).toList();
    }

    @Test
    void imported_recommendations_without_labels_get_machine_suggestions_with_confidence_and_model_version(@TempDir Path dir) throws Exception {
        try (TestWorld world = worldWithModel(dir)) {
            Recommendation fromReport = world.app().recommendations().all(org.upright.recommendation.RecommendationFilter.none()).stream()
                    .filter(r -> r.review().equals(world.kazakhstan().id())).findFirst().orElseThrow();
            List<Label> issues = machine(fromReport, LabelKind.ISSUE);
            assertThat(issues).isNotEmpty();
            assertThat(issues).allSatisfy(l -> {
                assertThat(l.confidence()).isBetween(0.0, 1.0);
                assertThat(l.modelVersion()).startsWith("strong-");
            });
            assertThat(world.app().classification().actionSuggestion(fromReport.id())).isPresent();
            // a UPR Info recommendation came with issues and a category: the machine leaves those alone
            Recommendation labelled = world.recommendation(TestWorld.ROME_STATUTE);
            assertThat(machine(labelled, LabelKind.ISSUE)).isEmpty();
            assertThat(labelled.labels()).anyMatch(l -> l.origin() == LabelOrigin.SOURCE && l.kind() == LabelKind.ISSUE);
            assertThat(world.app().classification().actionSuggestion(labelled.id())).isEmpty();
        }
    }

    @Test
    void an_accepted_suggestion_becomes_a_persons_label_and_a_rejected_one_never_comes_back(@TempDir Path dir) throws Exception {
        try (TestWorld world = worldWithModel(dir)) {
            ClassificationService service = new ClassificationService(world.app().recommendations(),
                    new JooqSuggestionStore(world.app().database()), world.app().classification().modelDir(), world.app().states(),
                    world.app().events());
            Recommendation r = world.app().recommendations().all(org.upright.recommendation.RecommendationFilter.none()).stream()
                    .filter(x -> x.review().equals(world.kazakhstan().id()) && machine(x, LabelKind.ISSUE).size() >= 1)
                    .findFirst().orElseThrow();
            String accepted = machine(r, LabelKind.ISSUE).get(0).value();
            service.accept(r.id(), "issue", accepted);
            Recommendation after = world.app().recommendations().recommendation(r.id()).orElseThrow();
            assertThat(after.labels()).contains(new Label(LabelKind.ISSUE, accepted, LabelOrigin.PERSON));
            assertThat(machine(after, LabelKind.ISSUE)).extracting(Label::value).doesNotContain(accepted);

            List<Label> groups = machine(after, LabelKind.SDG);
            if (!groups.isEmpty()) {
                String rejected = groups.get(0).value();
                service.reject(r.id(), "sdg", rejected);
                service.suggest(List.of(r.id()));
                Recommendation again = world.app().recommendations().recommendation(r.id()).orElseThrow();
                assertThat(machine(again, LabelKind.SDG)).extracting(Label::value).doesNotContain(rejected);
            }
            assertThatThrownBy(() -> service.accept(r.id(), "colour", "blue")).hasMessageContaining("unknown label kind");
            assertThatThrownBy(() -> service.accept(r.id(), "action", "9")).hasMessageContaining("1-5");
            service.close();
        }
    }

    @Test
    void the_quality_page_shows_the_evaluation_stored_with_the_model(@TempDir Path dir) throws Exception {
        try (TestWorld world = worldWithModel(dir)) {
            io.javalin.testtools.JavalinTest.test(world.app().web(), (server, client) -> {
                String html = client.get("/classification").body().string();
                assertThat(html).contains("Classification").contains("strong-").contains("baseline").contains("micro-F1");
                String json = client.get("/api/v1/classification").body().string();
                assertThat(json).contains("\"model_version\"").contains("\"evaluation\"");
                Recommendation r = world.app().recommendations().all(org.upright.recommendation.RecommendationFilter.none()).stream()
                        .filter(x -> x.review().equals(world.kazakhstan().id())).findFirst().orElseThrow();
                assertThat(client.get("/recommendations/" + r.id().value()).body().string())
                        .contains("suggested by the classifier with").contains("% confidence, not yet accepted");
                assertThat(client.get("/api/v1/recommendations/" + r.id().value()).body().string())
                        .contains("\"origin\":\"machine\"").contains("\"confidence\":").contains("\"model_version\":\"strong-");
            });
        }
    }

    @Test
    void accepted_labels_feed_the_next_training_from_the_record(@TempDir Path dir) throws Exception {
        try (TestWorld world = worldWithModel(dir)) {
            Recommendation r = world.app().recommendations().all(org.upright.recommendation.RecommendationFilter.none()).stream()
                    .filter(x -> x.review().equals(world.kazakhstan().id())).findFirst().orElseThrow();
            assertThat(world.app().classification().accept(r.id(), "issue", "Torture and other CID treatment")).contains("accepted");
            List<String> log = new java.util.ArrayList<>();
            world.app().classification().trainFromRecord(Trainer.Kind.BASELINE, dir.resolve("from-record"), log::add);
            // the 31 recommendations of the UPR Info sample came with issues; one more was accepted by a person
            assertThat(log).contains("read 32 labelled recommendations from the record");
            assertThat(Classifier.load(dir.resolve("from-record")).info().getProperty("trained.on")).isEqualTo("the record");
        }
    }
}

package org.upright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.TestWorld;

/** `upright ingest-document FILE --json` on the real Kazakhstan press release, and on files it must refuse. */
class IngestDocumentCommandTest {
    static final Path RELEASE = Path.of("../shared/data/press/kazakhstan-upr-2019-press-release.txt");
    @TempDir
    static Path dir;
    static String data;


    @BeforeAll
    static void world() {
        try (TestWorld world = TestWorld.withRealExtracts(dir)) {
            world.app().search().awaitChanges();
        }
        data = dir.resolve("data").toString();
    }

    private static CliRun run(String... args) {
        return CliRun.of(Path.of(data), 1, args);
    }

    @Test
    void the_json_draft_of_the_kazakhstan_release_has_the_shape_the_issue_names() throws Exception {
        CliRun run = run("ingest-document", RELEASE.toString(), "--json", "--publisher", "Human Rights Watch");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode draft = new ObjectMapper().readTree(run.out());
        assertThat(draft.path("document").path("publisher").asText()).isEqualTo("Human Rights Watch");
        assertThat(draft.path("state").path("code").asText()).isEqualTo("KAZ");
        assertThat(draft.path("state").path("name").asText()).isEqualTo("Kazakhstan");
        assertThat(draft.path("review_date").asText()).isEqualTo("2019-11-07");
        assertThat(draft.path("dates").get(0).has("precision")).isTrue();
        assertThat(draft.path("dates").get(0).has("span")).isTrue();
        assertThat(draft.path("persons").findValuesAsText("name")).contains("Max Bokaev", "Talgat Ayan", "Baltabay", "Hugh Williamson");
        assertThat(draft.path("legal_provisions").findValuesAsText("article")).contains("174", "274");
        assertThat(draft.path("incidents").findValuesAsText("count_text")).contains("dozens of people", "hundreds of people");
        assertThat(draft.path("asks")).hasSize(4);
        for (JsonNode ask : draft.path("asks")) {
            assertThat(ask.path("recommendations")).isNotEmpty();
            assertThat(ask.path("recommendations").get(0).path("id").asLong()).isPositive();
            assertThat(ask.path("recommendations").get(0).path("score").asDouble()).isPositive();
        }
    }

    @Test
    void an_empty_file_and_a_missing_file_exit_2_with_what_to_do() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        CliRun run = run("ingest-document", empty.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("empty.txt is empty");
        CliRun missing = run("ingest-document", dir.resolve("nowhere.pdf").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("is not a file");
    }
}

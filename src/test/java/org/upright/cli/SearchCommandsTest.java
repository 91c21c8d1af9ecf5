package org.upright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.TestWorld;

/** `upright search` and `upright export` on the real extracts, as a person types them. */
class SearchCommandsTest {
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
    void search_prints_a_table_of_hits_cut_to_the_width() {
        CliRun run = run("search", "Rome", "Statute", "--filter", "sur=Algeria", "--sort", "session");
        assertThat(run.code()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.getFirst()).matches("[0-9]+ hits · page 1 of 1");
        assertThat(lines.get(1)).startsWith("id").contains("sur", "session", "response", "text");
        assertThat(run.out()).contains("DZA", "Noted", "Ratify the Rome Statute");
        assertThat(lines).allMatch(l -> l.length() <= 120);
    }

    @Test
    void search_json_is_what_the_api_answers() throws Exception {
        CliRun run = run("search", "--json", "--explain", "--size", "5", "torture", "--filter", "sur=KAZ");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode result = new ObjectMapper().readTree(run.out());
        assertThat(result.path("size").asInt()).isEqualTo(5);
        assertThat(result.path("hits").size()).isEqualTo(5);
        assertThat(result.path("hits").get(0).path("state_under_review").path("name").asText()).isEqualTo("Kazakhstan");
        assertThat(result.path("hits").get(0).has("explanation")).isTrue();
        assertThat(result.path("facets").has("sur")).isTrue();
    }

    @Test
    void a_bad_filter_says_what_was_wrong_and_exits_2() {
        CliRun noEquals = run("search", "torture", "--filter", "KAZ");
        assertThat(noEquals.code()).isEqualTo(2);
        assertThat(noEquals.err()).contains("A filter is written field=value", "sur=KAZ");
        CliRun unknown = run("search", "--filter", "colour=red");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("There is no filter 'colour'. The filters are sur, sur_group, rs");
        CliRun state = run("export", "--filter", "sur=Atlantis", "--out", dir.resolve("never.csv").toString());
        assertThat(state.code()).isEqualTo(2);
        assertThat(state.err()).contains("no state is known by the code or name 'Atlantis'");
        assertThat(dir.resolve("never.csv")).doesNotExist();
    }

    @Test
    void export_writes_every_hit_to_the_file_in_the_format_of_its_extension() throws Exception {
        Path file = dir.resolve("out/algeria.json");
        CliRun run = run("export", "--filter", "sur=DZA", "--out", file.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("31 rows written to");
        assertThat(new ObjectMapper().readTree(file.toFile()).size()).isEqualTo(31);
        try (var listing = Files.list(file.getParent())) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("algeria.json");
        }

        Path csv = dir.resolve("out/torture.txt");
        CliRun forced = run("export", "torture", "--format", "csv", "--out", csv.toString());
        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).startsWith("\uFEFFid,paragraph,text,");

        CliRun unknown = run("export", "--out", dir.resolve("out/x.pdf").toString());
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("cannot tell the format from 'x.pdf'; use --format csv, xlsx or json");
    }
}

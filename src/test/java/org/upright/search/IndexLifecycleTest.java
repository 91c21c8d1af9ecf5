package org.upright.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.common.ChangeEvents;

/** The index follows changes, and rebuilds itself when it is missing, damaged or built by another version. */
class IndexLifecycleTest {
    @TempDir
    Path dir;
    SearchWorld world;

    /** Remembers why the index was rebuilt and how far progress went. */
    static final class Recorder implements IndexProgress {
        final List<String> rebuilds = new ArrayList<>();
        long last = -1;

        @Override
        public void rebuilding(String why, long total) {
            rebuilds.add(why);
        }

        @Override
        public void indexed(long done, long total) {
            last = done;
        }
    }

    @BeforeEach
    void createWorld() {
        world = SearchWorld.create(dir);
    }

    @AfterEach
    void close() {
        world.close();
    }

    /** A second index of the same record in its own folder, so its files can be damaged while the app runs. */
    private SearchService open(Path index, Recorder progress) {
        return SearchService.open(index, world.app().recommendations(), world.app().reviews(), world.app().states(),
                new ChangeEvents(), progress);
    }

    @Test
    void a_change_is_searchable_once_the_change_event_is_handled() {
        assertThat(world.count("environmental")).isZero();
        world.importCsv("more.csv", "Kazakhstan,Asia,OIC,Protect environmental defenders from reprisals,Norway,WEOG,,Accepted,5,Environment,20\n");
        assertThat(world.count("environmental")).isEqualTo(1);
        assertThat(world.count("sur:KAZ")).isEqualTo(8);
        assertThat(world.search().indexed()).isEqualTo(SearchWorld.DOCUMENTS + 1);
        assertThat(world.search("issue:Environment").facets().get(Facet.ISSUE)).contains(new FacetValue("Environment", 1, false));
    }

    @Test
    void a_changed_recommendation_replaces_its_old_document() {
        world.importCsv("again.csv", "Belarus,EEG,CIS,Guarantee that journalists can work without harassment,Brazil,GRULAC,,Noted,4,Freedom of the press,8\n");
        SearchResult r = world.search("harassment");
        assertThat(r.total()).isEqualTo(1);
        assertThat(r.hits().getFirst().recommendingStates()).extracting(Object::toString).containsExactly("BRA", "CHL");
        assertThat(r.facets().get(Facet.RS)).containsExactlyInAnyOrder(new FacetValue("BRA", 1, false), new FacetValue("CHL", 1, false));
        assertThat(world.search().indexed()).isEqualTo(SearchWorld.DOCUMENTS);
    }

    @Test
    void a_change_is_searchable_within_a_second_without_waiting_for_it() throws InterruptedException {
        world.app().importer().importPaths(List.of(write("late.csv",
                "Zambia,Africa,AU,Guarantee access to clean drinking water,Chile,GRULAC,,Accepted,4,Right to water,14\n")),
                java.util.Optional.empty(), org.upright.ingest.ImportListener.SILENT);
        long deadline = System.nanoTime() + 1_000_000_000L;
        while (world.count("drinking") == 0 && System.nanoTime() < deadline) Thread.sleep(10);
        assertThat(world.count("drinking")).isEqualTo(1);
    }

    @Test
    void a_current_index_opens_without_rebuilding() {
        Path index = dir.resolve("second");
        Recorder first = new Recorder();
        try (SearchService s = open(index, first)) {
            assertThat(s.indexed()).isEqualTo(SearchWorld.DOCUMENTS);
        }
        assertThat(first.rebuilds).singleElement().asString().contains("missing");
        assertThat(first.last).isEqualTo(SearchWorld.DOCUMENTS);
        Recorder again = new Recorder();
        try (SearchService s = open(index, again)) {
            assertThat(s.search(SearchRequest.of("torture")).total()).isEqualTo(4);
        }
        assertThat(again.rebuilds).isEmpty();
    }

    @Test
    void a_deleted_index_is_rebuilt() throws IOException {
        Path index = dir.resolve("second");
        open(index, new Recorder()).close();
        deleteTree(index);
        Recorder progress = new Recorder();
        try (SearchService s = open(index, progress)) {
            assertThat(s.search(SearchRequest.of("torture")).total()).isEqualTo(4);
        }
        assertThat(progress.rebuilds).singleElement().asString().contains("missing");
    }

    @Test
    void a_damaged_index_is_rebuilt() throws IOException {
        Path index = dir.resolve("second");
        open(index, new Recorder()).close();
        Path biggest;
        try (Stream<Path> files = Files.list(index)) {
            biggest = files.filter(f -> f.getFileName().toString().startsWith("_"))
                    .max(Comparator.comparingLong(f -> f.toFile().length())).orElseThrow();
        }
        byte[] garbage = new byte[(int) Files.size(biggest)];
        new java.util.Random(7).nextBytes(garbage);
        Files.write(biggest, garbage);
        Recorder progress = new Recorder();
        try (SearchService s = open(index, progress)) {
            assertThat(s.search(SearchRequest.of("torture")).total()).isEqualTo(4);
        }
        assertThat(progress.rebuilds).singleElement().asString().contains("damaged");
    }

    @Test
    void a_damaged_commit_point_is_rebuilt() throws IOException {
        Path index = dir.resolve("second");
        open(index, new Recorder()).close();
        try (Stream<Path> files = Files.list(index)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
                Files.writeString(f, "not a Lucene commit");
            }
        }
        Recorder progress = new Recorder();
        try (SearchService s = open(index, progress)) {
            assertThat(s.indexed()).isEqualTo(SearchWorld.DOCUMENTS);
        }
        assertThat(progress.rebuilds).singleElement().asString().contains("damaged");
    }

    @Test
    void an_index_of_another_version_is_rebuilt() throws IOException {
        Path index = dir.resolve("second");
        open(index, new Recorder()).close();
        Files.writeString(index.resolve(SearchIndex.MARKER), "upright-index 0; lucene 9.0.0\n");
        Recorder progress = new Recorder();
        try (SearchService s = open(index, progress)) {
            assertThat(s.indexed()).isEqualTo(SearchWorld.DOCUMENTS);
        }
        assertThat(progress.rebuilds).singleElement().asString().contains("another version");
        assertThat(Files.readString(index.resolve(SearchIndex.MARKER)).strip()).isEqualTo(IndexFields.VERSION);
    }

    @Test
    void an_index_holding_another_number_of_recommendations_is_rebuilt() {
        Path index = dir.resolve("second");
        open(index, new Recorder()).close();
        world.importCsv("more.csv", "Zambia,Africa,AU,Protect albinos from attacks,Chile,GRULAC,,Accepted,4,Minorities,14\n");
        Recorder progress = new Recorder();
        try (SearchService s = open(index, progress)) {
            assertThat(s.search(SearchRequest.of("albinos")).total()).isEqualTo(1);
        }
        assertThat(progress.rebuilds).singleElement().asString().contains("holds 26 recommendations and the record 27");
    }

    @Test
    void reindex_rebuilds_on_demand_and_searches_go_on_meanwhile() {
        Recorder progress = new Recorder();
        world.search().rebuild(progress);
        assertThat(progress.rebuilds).containsExactly("asked for");
        assertThat(progress.last).isEqualTo(SearchWorld.DOCUMENTS);
        assertThat(world.count("torture")).isEqualTo(4);
    }

    @Test
    void a_second_process_on_the_same_folder_searches_read_only() {
        try (SearchService second = open(world.app().settings().dataDir().resolve("index"), new Recorder())) {
            assertThat(second.search(SearchRequest.of("torture")).total()).isEqualTo(4);
        }
        assertThat(world.count("torture")).isEqualTo(4);
    }

    private Path write(String name, String rows) {
        try {
            Path file = dir.resolve(name);
            Files.writeString(file, SearchWorld.HEADER + "\n" + rows);
            return file;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}

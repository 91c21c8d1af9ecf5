package org.upright.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.TestWorld;
import org.upright.ingest.CsvReader;
import org.upright.web.JsonAnswer;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Exports of a result set through the page's links and the API, in a record that holds Arabic, Cyrillic and accents. */
class ExportRoutesTest {
    static final String FRENCH = "Prévenir la torture, « immédiatement » et \"sans délai\"; garantir l'accès à un avocat";
    // each text holds some Latin words too: the importer matches texts on their Latin letters and digits only, so
    // two texts wholly in another script in one review would be taken for one recommendation
    static final String ARABIC = "Criminalise torture: تجريم التعذيب وفقاً لاتفاقية مناهضة التعذيب";
    static final String RUSSIAN = "Investigate torture: расследовать все случаи пытки и наказать виновных";
    /** A UPR Info export the test writes itself: three recommendations to Kazakhstan in session 20. */
    static final String SOURCE = """
            To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session
            Kazakhstan,Asia,,"%s",France,WEOG,EU,Accepted,4,Torture and other CID,20
            Kazakhstan,Asia,,"%s",Egypt,Africa,,Noted,5,Torture and other CID,20
            Kazakhstan,Asia,,"%s",Russian Federation,EEG,,Accepted,4,"Torture and other CID,Justice",20
            Kazakhstan,Asia,,"%s",Belarus,EEG,,Accepted,4,"Torture and other CID,Justice",20
            """.formatted(FRENCH.replace("\"", "\"\""), ARABIC, RUSSIAN, RUSSIAN);

    @TempDir
    static Path dir;
    static TestWorld world;

    @BeforeAll
    static void world() throws IOException {
        world = TestWorld.empty(dir);
        Path file = dir.resolve("scripts.csv");
        Files.writeString(file, SOURCE, StandardCharsets.UTF_8);
        world.importFile(file);
        // the Russian recommendation again, from a second file: one recommendation with two sources
        Path again = dir.resolve("scripts-again.csv");
        Files.writeString(again, SOURCE.lines().limit(1).collect(Collectors.joining("\n", "", "\n"))
                + SOURCE.lines().skip(4).collect(Collectors.joining("\n", "", "\n")), StandardCharsets.UTF_8);
        world.importFile(again);
        world.app().search().awaitChanges();
    }

    @AfterAll
    static void close() {
        world.close();
    }

    /** The answer as bytes: the test client reads bodies as text, which a workbook or a byte-order mark does not survive. */
    private static HttpResponse<byte[]> fetch(Javalin server, String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] download(Javalin server, String url, String contentType) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = fetch(server, url);
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(contentType);
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment; filename=\"upright-search-");
        return response.body();
    }

    @Test
    void csv_starts_with_a_byte_order_mark_and_keeps_every_script_through_a_csv_parser() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            HttpResponse<byte[]> response = fetch(server, "/search/export.csv?sur=KAZ&header=codes");
            assertThat(response.headers().allValues("Content-Disposition")).containsExactly("attachment; filename=\"upright-search-all.csv\"");
            assertThat(response.headers().allValues("X-Total-Count")).containsExactly("3");
            byte[] bytes = response.body();
            assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
            List<CsvReader.Row> rows = CsvReader.readAll(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)
                    .replace("\r\n", "\n"));
            assertThat(rows.getFirst().fields()).isEqualTo(ExportRow.COLUMNS);
            List<Map<String, String>> records = new ArrayList<>();
            for (CsvReader.Row row : rows.subList(1, rows.size())) {
                if (row.isBlank()) continue;
                assertThat(row.problem()).isNull();
                Map<String, String> record = new HashMap<>();
                for (int i = 0; i < ExportRow.COLUMNS.size(); i++) record.put(ExportRow.COLUMNS.get(i), row.fields().get(i));
                records.add(record);
            }
            assertThat(records).extracting(r -> r.get("text")).containsExactlyInAnyOrder(FRENCH, ARABIC, RUSSIAN);
            Map<String, String> russian = records.stream().filter(r -> r.get("text").equals(RUSSIAN)).findFirst().orElseThrow();
            assertThat(russian.get("state_under_review")).isEqualTo("KAZ");
            assertThat(russian.get("state_under_review_name")).isEqualTo("Kazakhstan");
            assertThat(russian.get("session")).isEqualTo("20");
            assertThat(russian.get("cycle")).isEqualTo("2");
            assertThat(russian.get("year")).isEqualTo("2014");
            assertThat(russian.get("recommending_states")).isEqualTo("BLR; RUS");
            assertThat(russian.get("recommending_state_names")).isEqualTo("Belarus; Russian Federation");
            assertThat(russian.get("response")).isEqualTo("Supported");
            assertThat(russian.get("response_final")).isEqualTo("true");
            assertThat(russian.get("pledge")).isEqualTo("false");
            assertThat(russian.get("action_category")).isEqualTo("4");
            assertThat(russian.get("issues")).isEqualTo("Justice (source); Torture and other CID (source)");
            assertThat(russian.get("provenance")).startsWith("scripts.csv line 4 (upr-info, imported ")
                    .contains(", response Supported) | scripts-again.csv line 2 (upr-info, imported ");
        });
    }

    @Test
    void xlsx_is_a_workbook_with_a_row_per_hit_and_every_script_intact() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            byte[] bytes = download(server, "/search/export.xlsx?q=torture",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            Map<String, byte[]> parts = unzip(bytes);
            assertThat(parts).containsKeys("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml");
            Document sheet = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(parts.get("xl/worksheets/sheet1.xml")));
            assertThat(sheet.getElementsByTagName("row").getLength()).isEqualTo(1 + 3);
            List<String> texts = new ArrayList<>();
            NodeList inline = sheet.getElementsByTagName("t");
            for (int i = 0; i < inline.getLength(); i++) texts.add(inline.item(i).getTextContent());
            assertThat(texts).contains("State under review", FRENCH, ARABIC, RUSSIAN, "Kazakhstan", "Belarus; Russian Federation");
        });
    }

    @Test
    void json_is_one_array_with_every_field_and_every_source() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            JsonNode array = new ObjectMapper().readTree(download(server, "/search/export.json?sur=Kazakhstan&sort=session",
                    "application/json"));
            assertThat(array.isArray()).isTrue();
            assertThat(array.size()).isEqualTo(3);
            JsonNode arabic = null;
            for (JsonNode row : array) if (row.path("text").asText().equals(ARABIC)) arabic = row;
            assertThat(arabic).isNotNull();
            assertThat(arabic.properties()).extracting(Map.Entry::getKey).containsExactly("id", "paragraph", "text",
                    "state_under_review", "session", "cycle", "year", "recommending_states", "response", "response_final",
                    "pledge", "action_category", "labels", "provenance");
            assertThat(arabic.path("recommending_states").toString()).isEqualTo("[{\"code\":\"EGY\",\"name\":\"Egypt\"}]");
            assertThat(arabic.path("response").asText()).isEqualTo("Noted");
            assertThat(arabic.path("year").asInt()).isEqualTo(2014);
            assertThat(arabic.path("labels").get(0).toString())
                    .isEqualTo("{\"kind\":\"issue\",\"value\":\"Torture and other CID\",\"origin\":\"source\"}");
            JsonNode source = arabic.path("provenance").get(0);
            assertThat(source.path("file").asText()).isEqualTo("scripts.csv");
            assertThat(source.path("line").asInt()).isEqualTo(3);
            assertThat(source.path("format").asText()).isEqualTo("upr-info");
            assertThat(source.path("imported_at").asText()).isNotBlank();
        });
    }

    @Test
    void the_api_exports_the_same_file_as_the_page() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            for (String format : List.of("csv", "json")) {
                byte[] page = fetch(server, "/search/export." + format + "?sur=KAZ&sort=state&header=codes").body();
                byte[] api = fetch(server, "/api/v1/search/export?format=" + format + "&sur=KAZ&sort=state").body();
                assertThat(api).as(format).isEqualTo(page);
            }
            assertThat(client.get("/api/v1/search/export?sur=KAZ").headers().get("Content-Type").getFirst()).startsWith("text/csv");
        });
    }

    @Test
    void a_page_download_names_its_columns_in_the_readers_language_and_the_api_csv_keeps_the_codes_scripts_read() throws IOException {
        JavalinTest.test(world.app().web(), (server, client) -> {
            assertThat(header(fetch(server, "/search/export.csv?sur=KAZ&lang=fr").body()))
                    .startsWith("Numéro,Paragraphe,Recommandation,État examiné (code),État examiné,Session,Cycle,Année,");
            assertThat(header(fetch(server, "/api/v1/search/export?format=csv&sur=KAZ&lang=fr").body()))
                    .isEqualTo(String.join(",", ExportRow.COLUMNS));
            assertThat(header(fetch(server, "/api/v1/search/export?format=csv&sur=KAZ&lang=fr&header=labels").body()))
                    .startsWith("Numéro,Paragraphe,");

            byte[] russian = fetch(server, "/search/export.xlsx?sur=KAZ&lang=ru").body();
            try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(russian))) {
                var first = book.getSheetAt(0).getRow(0);
                assertThat(first.getCell(4).getStringCellValue()).isEqualTo("Государство, проходящее обзор");
                assertThat(first.getCell(10).getStringCellValue()).isEqualTo("Ответ");
                assertThat(book.getSheetAt(0).getPhysicalNumberOfRows()).isEqualTo(1 + 3);
            }

            var refused = client.get("/api/v1/search/export?format=csv&header=names");
            assertThat(refused.code()).isEqualTo(400);
            assertThat(JsonAnswer.of(refused).path("error").path("message").asText()).isEqualTo("header must be codes or labels, not 'names'.");
        });
    }

    /** The first line of a CSV file, without its byte-order mark. */
    private static String header(byte[] csv) {
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        return text.substring(0, text.indexOf("\r\n"));
    }

    @Test
    void a_search_that_cannot_be_run_answers_400_instead_of_a_broken_file() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            var page = client.get("/search/export.csv?sur=Atlantis");
            assertThat(page.code()).isEqualTo(400);
            assertThat(page.headers().get("Content-Disposition")).isNull();
            var api = client.get("/api/v1/search/export?format=pdf");
            assertThat(api.code()).isEqualTo(400);
            assertThat(JsonAnswer.of(api).path("error").path("message").asText()).isEqualTo("format must be csv, xlsx or json, not 'pdf'.");
        });
    }

    /**
     * The parts of a workbook, read through the zip's central directory as spreadsheet programs do; the streaming
     * ZipInputStream misreads the data descriptors fastexcel writes.
     */
    private static Map<String, byte[]> unzip(byte[] bytes) throws IOException {
        Path file = Files.createTempFile(dir, "export", ".xlsx");
        Files.write(file, bytes);
        Map<String, byte[]> parts = new HashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    parts.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return parts;
    }
}

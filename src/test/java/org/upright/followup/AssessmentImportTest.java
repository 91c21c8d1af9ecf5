package org.upright.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.App;
import org.upright.Cli;
import org.upright.TestDatabase;
import org.upright.TestWorld;
import org.upright.common.NotAllowed;
import org.upright.common.Role;
import org.upright.common.StateCode;
import org.upright.common.Viewer;
import org.upright.config.Settings;
import org.upright.recommendation.Recommendation;
import org.upright.recommendation.RecommendationFilter;

/** A table of assessments: good rows go in together, each bad one comes back with its line and why. */
class AssessmentImportTest {
    static final Viewer EDITOR = new Viewer(3L, "editor@example.org", Role.EDITOR, "127.0.0.1");

    @TempDir
    Path dir;

    @Test
    void good_rows_go_in_and_bad_rows_are_rejected_with_line_and_reason() {
        try (TestWorld world = TestWorld.withRealExtracts(dir)) {
            List<Recommendation> kaz = world.app().recommendations().all(RecommendationFilter.ofReview(StateCode.of("KAZ"), 20));
            Recommendation byId = kaz.get(0), byParagraph = kaz.get(1);
            String table = "Recommendation,State,Session,Paragraph,Date,Status,Source kind,Source,Note\n"
                    + byId.id() + ",,,,2016-05-01,partially implemented,government,Ministry of Justice,mid-term report\n"
                    + ",Kazakhstan,20," + byParagraph.paragraph() + ",2016-06-01,not-started,civil society,KIBHR,\n"
                    + ",KAZ,20,999.99,2016-06-01,not-started,civil society,KIBHR,\n"
                    + "99999999,,,,2016-05-01,in-progress,un,OHCHR,\n"
                    + byId.id() + ",,,,2013-01-01,in-progress,un,OHCHR,\n"
                    + byId.id() + ",,,,2016-05-01,done,un,OHCHR,\n"
                    + ",Atlantis,20,1.1,2016-05-01,in-progress,un,OHCHR,\n";
            FollowUpService.Imported done = world.app().followUp().importTable(EDITOR, table);
            assertThat(done.added()).isEqualTo(2);
            assertThat(done.rejects()).extracting(AssessmentTable.Reject::line).containsExactly(4, 5, 6, 7, 8);
            assertThat(done.rejects()).extracting(AssessmentTable.Reject::reason).containsExactly(
                    "Recommendation: the record holds no recommendation(s) with paragraph \"999.99\" to KAZ in session 20.",
                    "Recommendation: the record holds no recommendation 99999999.",
                    "Date: 2013-01-01 is before the review (2014-10-27); an assessment comes after the recommendation.",
                    "Status: one of not-started, in-progress, partially-implemented, fully-implemented, regressed or unclear, not \"done\".",
                    "State: no state is known by the code or name \"Atlantis\".");
            assertThat(world.app().followUp().assessments(EDITOR, byId.id())).singleElement()
                    .satisfies(a -> assertThat(a.note()).isEqualTo("mid-term report"));
            assertThat(world.app().followUp().assessments(EDITOR, byParagraph.id())).extracting(Assessment::sourceName).containsExactly("KIBHR");
        }
    }

    @Test
    void a_table_without_the_columns_it_needs_is_refused_whole_and_only_editors_import() {
        try (TestWorld world = TestWorld.empty(dir)) {
            FollowUpService followUp = world.app().followUp();
            assertThatThrownBy(() -> followUp.importTable(EDITOR, "Date,Status,Comment\n2016-01-01,unclear,x\n"))
                    .isInstanceOf(FollowUpException.class)
                    .hasMessage("The header row lacks the column(s) source_kind, source_name, recommendation (or state, session and paragraph)."
                            + " It has columns this import does not know: Comment.");
            assertThatThrownBy(() -> followUp.importTable(EDITOR, "")).hasMessageContaining("The file is empty");
            assertThatThrownBy(() -> followUp.importTable(new Viewer(2L, "r@example.org", Role.RESEARCHER, "local"), "x"))
                    .isInstanceOf(NotAllowed.class);
        }
    }

    @Test
    void the_command_line_import_lists_the_rejects_and_says_so_in_its_exit_code() throws Exception {
        Path data = dir.resolve("data");
        long id;
        try (TestWorld world = TestWorld.withRealExtracts(dir)) {
            id = world.app().recommendations().all(RecommendationFilter.ofReview(StateCode.of("KAZ"), 20)).get(2).id().value();
        }
        Path file = Files.writeString(dir.resolve("assessments.csv"), "recommendation,date,status,source_kind,source_name\n"
                + id + ",2016-05-01,in-progress,nhri,Ombudsman\n" + id + ",2099-05-01,in-progress,nhri,Ombudsman\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream before = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int code;
        try {
            List<String> args = new java.util.ArrayList<>(List.of("assessments", "import", file.toString()));
            args.addAll(TestDatabase.options(data));
            code = Cli.run(args.toArray(String[]::new));
        } finally {
            System.setOut(before);
        }
        assertThat(code).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("1 assessment(s) added from assessments.csv; 1 row(s) rejected",
                "line 3: Date: 2099-05-01 is in the future");
        try (App app = new App(new Settings(data, TestDatabase.url(data), 0, "127.0.0.1"))) {
            assertThat(app.followUp().assessments(Viewer.cli(), new org.upright.recommendation.RecommendationId(id)))
                    .extracting(Assessment::sourceName).containsExactly("Ombudsman");
        }
    }

    @Test
    void a_workbook_imports_like_the_same_table_in_csv_with_its_sheet_row_numbers_as_lines() throws Exception {
        try (TestWorld world = TestWorld.withRealExtracts(dir)) {
            List<Recommendation> kaz = world.app().recommendations().all(RecommendationFilter.ofReview(StateCode.of("KAZ"), 20));
            Recommendation byId = kaz.get(2), byParagraph = kaz.get(3);
            java.io.ByteArrayOutputStream xlsx = new java.io.ByteArrayOutputStream();
            try (org.dhatim.fastexcel.Workbook book = new org.dhatim.fastexcel.Workbook(xlsx, "UPRight test", "1.0")) {
                org.dhatim.fastexcel.Worksheet sheet = book.newWorksheet("Assessments");
                List<String> header = List.of("Recommendation", "State", "Session", "Paragraph", "Date", "Status", "Source kind", "Source");
                for (int c = 0; c < header.size(); c++) sheet.value(0, c, header.get(c));
                // row 2: the id as a number and the date as a real date cell, as a spreadsheet program saves them
                sheet.value(1, 0, byId.id().value());
                sheet.value(1, 4, java.time.LocalDate.of(2016, 5, 1));
                sheet.style(1, 4).format("yyyy-mm-dd").set();
                sheet.value(1, 5, "partially implemented");
                sheet.value(1, 6, "government");
                sheet.value(1, 7, "Ministry of Justice");
                // row 3: by state, session (a number) and paragraph, the date typed as text
                sheet.value(2, 1, "Kazakhstan");
                sheet.value(2, 2, 20);
                sheet.value(2, 3, byParagraph.paragraph());
                sheet.value(2, 4, "2016-06-01");
                sheet.value(2, 5, "not-started");
                sheet.value(2, 6, "civil society");
                sheet.value(2, 7, "KIBHR");
                // row 5 (row 4 left empty): a status nobody knows
                sheet.value(4, 0, byId.id().value());
                sheet.value(4, 4, "2016-05-01");
                sheet.value(4, 5, "done");
                sheet.value(4, 6, "un");
                sheet.value(4, 7, "OHCHR");
            }
            FollowUpService.Imported done = world.app().followUp().importFile(EDITOR, xlsx.toByteArray());
            assertThat(done.added()).isEqualTo(2);
            assertThat(done.rejects()).singleElement().satisfies(r -> {
                assertThat(r.line()).isEqualTo(5);
                assertThat(r.reason()).startsWith("Status: one of not-started");
            });
            assertThat(world.app().followUp().assessments(EDITOR, byId.id())).singleElement()
                    .satisfies(a -> assertThat(a.assessedOn()).isEqualTo(java.time.LocalDate.of(2016, 5, 1)));
            assertThat(world.app().followUp().assessments(EDITOR, byParagraph.id())).extracting(Assessment::sourceName).containsExactly("KIBHR");
        }
    }

    @Test
    void a_damaged_workbook_is_refused_whole_with_what_to_do() {
        try (TestWorld world = TestWorld.withRealExtracts(dir)) {
            byte[] damaged = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 1, 2, 3};
            assertThatThrownBy(() -> world.app().followUp().importFile(EDITOR, damaged)).isInstanceOf(FollowUpException.class)
                    .hasMessageContaining("The workbook cannot be read").hasMessageContaining("save it again as .xlsx");
        }
    }
}

package org.upright.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.http.HandlerType;
import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.upright.RealExtractsTest;
import org.upright.common.Language;
import org.upright.cases.CaseForm;
import org.upright.common.Role;
import org.upright.common.Viewer;
import org.upright.document.Upload;
import org.upright.survey.QuestionForm;
import org.upright.survey.SurveyForm;
import org.upright.survey.SurveyId;
import org.upright.i18n.InterfaceText;

/**
 * Every page the site has, found in its routes as the access matrix finds them, asked in each of the six languages as
 * an administrator (who may open every page): it answers, says its language, and in Arabic, Chinese and Russian its
 * headings, labels, buttons and column heads hold no word in Latin letters but names the product keeps (UPRight, CSV,
 * PDF …). Data (recommendation texts, names people typed, English data marked {@code lang="en"}) is not checked:
 * it is the record's, not the interface's. A page added later is checked without being listed.
 */
class EveryPageInEveryLanguageTest extends RealExtractsTest {
    /** Downloads, feeds and fragments answer no page of their own. */
    private static final Pattern NOT_A_PAGE = Pattern.compile("^/api|\\.(ics|atom|csv|docx|pdf|xlsx|json)$|/export|/original$"
            + "|/suggest$|/invitations|^/subscriptions/(confirm|unsubscribe|manage)/.*/export");

    private static final Viewer EDITOR = new Viewer(3L, "editor@languages.example.org", Role.EDITOR, "127.0.0.1");
    private static final Path RELEASE = Path.of("src/test/resources/evidence/hrw-2020-iraq-hong-kong.txt");

    /** A document, a case and a survey of each kind of page, so their own pages are asked, not only their "not found". */
    private static Map<String, String> ids() throws IOException {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("/documents/", String.valueOf(world.app().documents().add(EDITOR,
                new Upload("release.txt", Files.readAllBytes(RELEASE), "public", "Human Rights Watch", null, null, null), null).document().id().value()));
        ids.put("/cases/", String.valueOf(world.app().cases().create(EDITOR, new CaseForm("Ihar Public", "DZA", "sentenced", "", "public")).value()));
        SurveyId survey = world.app().surveys().create(EDITOR, new SurveyForm("Consultation", "consultation", "", ""));
        world.app().surveys().addQuestion(EDITOR, survey, new QuestionForm("text", "Why?", "", "", "", "", "", ""));
        ids.put("/surveys/", String.valueOf(survey.value()));
        return ids;
    }

    @Test
    void every_page_answers_in_each_language_with_its_own_words() throws IOException {
        Map<String, String> ids = ids();
        JavalinTest.test(world.app().web(), (server, client) -> {
            Http http = new Http(server.port());
            SignedIn admin = SignedIn.as(world.app(), http, "admin@languages.example.org", Role.ADMIN);
            List<String> pages = pages(server, ids);
            assertThat(pages).as("pages found in the routes").hasSizeGreaterThan(30);
            List<String> wrong = new ArrayList<>();
            for (String page : pages) {
                for (Language language : Language.values()) {
                    String url = page + (page.contains("?") ? "&" : "?") + "lang=" + language.code();
                    HttpResponse<String> answer = http.get(url, "Cookie", admin.cookie());
                    if (answer.statusCode() >= 500 || answer.statusCode() == 303) {
                        wrong.add(url + " → " + answer.statusCode());
                        continue;
                    }
                    Document html = Jsoup.parse(answer.body());
                    if (!html.select("html").attr("lang").equals(language.code())) wrong.add(url + ": html lang is " + html.select("html").attr("lang"));
                    if (answer.body().contains("???")) wrong.add(url + ": a message key is missing");
                    if (language == Language.AR || language == Language.RU || language == Language.ZH) {
                        Set<String> latin = InterfaceText.latinWords(html);
                        if (!latin.isEmpty()) wrong.add(url + ": " + latin);
                    }
                }
            }
            assertThat(wrong).as("pages that do not speak the language asked").isEmpty();
        });
    }

    /** Every GET route but downloads and the API, its parameters filled with what the real extracts hold. */
    private static List<String> pages(io.javalin.Javalin server, Map<String, String> ids) {
        Set<String> pages = new LinkedHashSet<>();
        for (var parsed : server.unsafe.internalRouter.allHttpHandlers()) {
            if (parsed.endpoint.method != HandlerType.GET) continue;
            String path = parsed.endpoint.path;
            if (NOT_A_PAGE.matcher(path).find()) continue;
            String id = ids.entrySet().stream().filter(e -> path.startsWith(e.getKey())).map(Map.Entry::getValue).findFirst().orElse("1");
            pages.add(path.replace("{id}", id).replace("{code}", "DZA").replace("{number}", "13").replace("{slug}", "consultation")
                    .replace("{token}", "not-a-signed-link"));
        }
        pages.add("/search?q=torture");
        pages.add("/stats?q=torture&by=rs_group");
        pages.add("/states/Atlantis");
        return List.copyOf(pages);
    }
}

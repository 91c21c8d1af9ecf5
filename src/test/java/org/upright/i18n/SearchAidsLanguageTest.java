package org.upright.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.upright.RealExtractsTest;

/**
 * What the search says about its own hits and suggestions — why a hit matched ("in the text"), the kind of a
 * suggestion ("state under review") — is in the reader's language, not the English names of the fields.
 */
class SearchAidsLanguageTest extends RealExtractsTest {
    @BeforeAll
    static void indexed() {
        world.app().search().awaitChanges();
    }


    @Test
    void a_hit_says_why_it_matched_in_the_language_asked() {
        JavalinTest.test(world.app().web(), ownCookies(), (server, client) -> {
            assertThat(client.get("/search?q=torture&explain=true").body().string()).contains("</code> in the text");
            String russian = client.get("/search?q=torture&explain=true&lang=ru").body().string();
            assertThat(russian).contains("</code> в поле «текст»").doesNotContain("in the text");
            String arabic = client.get("/search?q=torture&explain=true&lang=ar").body().string();
            assertThat(arabic).contains("</code> في النص").doesNotContain("in the text", "state under review");
        });
    }

    @Test
    void a_suggestion_names_its_kind_in_the_language_asked() {
        JavalinTest.test(world.app().web(), ownCookies(), (server, client) -> {
            assertThat(client.get("/search/suggest?q=alger").body().string()).contains("state under review");
            String french = client.get("/search/suggest?q=alger&lang=fr").body().string();
            assertThat(french).contains("état examiné").doesNotContain("state under review");
            String russian = client.get("/search/suggest?q=alger&lang=ru").body().string();
            assertThat(russian).contains("государство, в отношении которого проводится обзор");
        });
    }
}

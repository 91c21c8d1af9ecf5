package org.upright.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No English left in a translated template: once code, expressions, tags, attributes and entities are taken out,
 * no word may remain but the product's name. Each template joins the list when its texts move into the messages;
 * the list grows until it is every template.
 */
class TemplateTextTest {
    private static final Path TEMPLATES = Path.of("src/main/jte");
    private static final Pattern CODE = Pattern.compile("(?m)^\\s*@(import|param)\\b.*$|!\\{[^}]*}|\\$\\{[^}]*}|\\$unsafe\\{[^}]*}"
            + "|@(if|elseif|for)\\([^\\n]*\\)|@(else|endif|endfor)\\b|@template\\.[\\w.]+\\([^\\n]*|<%--[\\s\\S]*?--%>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>|&[#\\w]+;");
    private static final Pattern ALLOWED = Pattern.compile("UPRight|API");

    @ParameterizedTest
    @ValueSource(strings = {"layout/page.jte", "layout/who.jte", "layout/error.jte", "state/list.jte", "web/pager.jte",
            "search/form.jte", "search/facets.jte", "search/option.jte", "search/results.jte", "search/hit.jte",
            "search/suggestions.jte"})
    void a_translated_template_holds_no_words_of_its_own(String template) throws IOException {
        assertThat(leftOver(Files.readString(TEMPLATES.resolve(template)))).as(template).isEmpty();
    }

    @Test
    void the_check_finds_english_left_in_a_template() {
        assertThat(leftOver("@param String x\n<p class=\"lead\">${t(\"a.b\")} Listed by group</p>")).containsExactly("Listed", "by", "group");
        assertThat(leftOver("<h1>${t(\"states.title\")}</h1><a href=\"/x\">${t(\"y\")}</a> · UPRight")).isEmpty();
    }

    private static List<String> leftOver(String template) {
        String text = TAG.matcher(CODE.matcher(template).replaceAll(" ")).replaceAll(" ");
        text = ALLOWED.matcher(text).replaceAll(" ");
        return Pattern.compile("\\p{L}{2,}").matcher(text).results().map(m -> m.group()).toList();
    }
}

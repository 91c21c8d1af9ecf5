package org.upright.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No English left in a translated template: once code, expressions, tags, attributes and entities are taken out,
 * no word may remain but the product's name. Every template is checked but those still listed in
 * {@code untranslated-templates.txt}, a list that shrinks as texts move into the messages.
 */
class TemplateTextTest {
    private static final Path TEMPLATES = Path.of("src/main/jte");
    private static final Path UNTRANSLATED = Path.of("src/test/resources/i18n/untranslated-templates.txt");
    private static final Pattern CODE = Pattern.compile("(?m)^\\s*@(import|param)\\b.*$|!\\{[^}]*}|\\$\\{[^}]*}|\\$unsafe\\{[^}]*}"
            + "|@(if|elseif|for)\\([^\\n]*\\)|@(else|endif|endfor)\\b|@template\\.[\\w.-]+\\([^\\n]*|<%--[\\s\\S]*?--%>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>|&[#\\w]+;");
    private static final Pattern ALLOWED = Pattern.compile("UPRight|API");

    @ParameterizedTest
    @MethodSource("translatedTemplates")
    void a_translated_template_holds_no_words_of_its_own(String template) throws IOException {
        assertThat(leftOver(Files.readString(TEMPLATES.resolve(template)))).as(template).isEmpty();
    }

    @Test
    void every_template_still_listed_as_untranslated_exists() throws IOException {
        assertThat(untranslated()).allSatisfy(t -> assertThat(TEMPLATES.resolve(t)).as(UNTRANSLATED + " names " + t).isRegularFile());
    }

    static Stream<String> translatedTemplates() throws IOException {
        Set<String> untranslated = untranslated();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".jte")).map(f -> TEMPLATES.relativize(f).toString().replace('\\', '/'))
                    .filter(t -> !untranslated.contains(t)).sorted().toList().stream();
        }
    }

    private static Set<String> untranslated() throws IOException {
        return Files.readAllLines(UNTRANSLATED).stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .collect(Collectors.toSet());
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

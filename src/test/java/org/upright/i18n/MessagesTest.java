package org.upright.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.upright.common.Language;

class MessagesTest {
    private static final Messages MESSAGES = Messages.bundled();
    /** t("key" or text("key", with the key a literal, or a literal prefix followed by + for keys built from data. */
    private static final Pattern USE = Pattern.compile("\\b(?:t|text)\\(\\s*\"([a-z0-9_.]+)\"\\s*(\\+)?");

    @ParameterizedTest
    @EnumSource(Language.class)
    void every_language_has_exactly_the_keys_of_english(Language language) {
        assertThat(MESSAGES.keys(language)).as("keys of " + language.code())
                .containsExactlyInAnyOrderElementsOf(MESSAGES.keys(Language.EN));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void every_message_is_a_valid_pattern_with_the_arguments_of_the_english_one(Language language) {
        for (String key : MESSAGES.keys(Language.EN)) {
            String pattern = MESSAGES.own(language, key).orElseThrow();
            new MessageFormat(pattern, language.locale());
            assertThat(arguments(pattern)).as(language.code() + " " + key).isEqualTo(arguments(MESSAGES.pattern(Language.EN, key)));
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void every_plural_names_each_form_the_language_gives_a_whole_number(Language language) {
        PluralRules rules = PluralRules.forLocale(language.locale());
        Set<String> needed = new TreeSet<>();
        for (int n = 0; n <= 10_000; n++) needed.add(rules.select(n));
        for (String key : MESSAGES.keys(language)) {
            String pattern = MESSAGES.own(language, key).orElseThrow();
            for (Set<String> forms : pluralForms(pattern)) {
                assertThat(forms).as(language.code() + " " + key).containsAll(needed).contains("other");
            }
        }
    }

    @Test
    void arabic_has_six_plural_forms_and_russian_four_as_icu_says() {
        assertThat(MESSAGES.format(Language.AR, "states.count", 0)).isEqualTo("لا دول");
        assertThat(MESSAGES.format(Language.AR, "states.count", 2)).isEqualTo("دولتان");
        assertThat(MESSAGES.format(Language.AR, "states.count", 5)).isEqualTo("5 دول");
        assertThat(MESSAGES.format(Language.AR, "states.count", 11)).isEqualTo("11 دولة");
        assertThat(MESSAGES.format(Language.RU, "states.count", 1)).isEqualTo("1 государство");
        assertThat(MESSAGES.format(Language.RU, "states.count", 3)).isEqualTo("3 государства");
        assertThat(MESSAGES.format(Language.RU, "states.count", 195)).isEqualTo("195 государств");
        assertThat(MESSAGES.format(Language.FR, "states.count", 1)).isEqualTo("1 État");
    }

    @Test
    void a_text_argument_is_escaped_and_the_pattern_is_not() {
        String html = render(Localizer.of(Language.FR).localize("states.caption", "<script>alert(1)</script>"));
        assertThat(html).isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; : recommandations reçues et faites par chaque État");
    }

    @Test
    void every_key_a_template_uses_exists_and_every_key_is_used() throws IOException {
        Set<String> used = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        for (Path file : sources()) {
            Matcher m = USE.matcher(Files.readString(file));
            while (m.find()) (m.group(2) != null ? prefixes : used).add(m.group(1));
        }
        assertThat(MESSAGES.keys(Language.EN)).as("keys some template or class uses").containsAll(used);
        List<String> unused = MESSAGES.keys(Language.EN).stream()
                .filter(k -> !used.contains(k) && prefixes.stream().noneMatch(k::startsWith)).sorted().toList();
        assertThat(unused).as("keys no template or class uses").isEmpty();
    }

    private static List<Path> sources() throws IOException {
        List<Path> all = new ArrayList<>();
        for (String root : List.of("src/main/jte", "src/main/java")) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                files.filter(p -> p.toString().endsWith(".jte") || p.toString().endsWith(".java")).forEach(all::add);
            }
        }
        return all;
    }

    private static Set<Integer> arguments(String pattern) {
        MessagePattern parsed = new MessagePattern(pattern);
        Set<Integer> numbers = new TreeSet<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_NUMBER) numbers.add(part.getValue());
        }
        return numbers;
    }

    /** The selectors of each plural argument of a pattern. */
    private static List<Set<String>> pluralForms(String pattern) {
        MessagePattern parsed = new MessagePattern(pattern);
        List<Set<String>> all = new ArrayList<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() != MessagePattern.Part.Type.ARG_START || part.getArgType() != MessagePattern.ArgType.PLURAL) continue;
            Set<String> forms = new TreeSet<>();
            int limit = parsed.getLimitPartIndex(i);
            for (int j = i + 1; j < limit; j++) {
                MessagePattern.Part p = parsed.getPart(j);
                if (p.getType() == MessagePattern.Part.Type.ARG_SELECTOR) forms.add(parsed.getSubstring(p));
                if (p.getType() == MessagePattern.Part.Type.MSG_START) j = parsed.getLimitPartIndex(j);
            }
            all.add(forms);
        }
        return all;
    }

    private static String render(gg.jte.Content content) {
        gg.jte.output.StringOutput out = new gg.jte.output.StringOutput();
        content.writeTo(out);
        return out.toString();
    }
}

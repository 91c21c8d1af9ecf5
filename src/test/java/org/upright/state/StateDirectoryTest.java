package org.upright.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.upright.common.StateCode;
import org.upright.ingest.CsvReader;
import org.upright.ingest.TextDecoding;

class StateDirectoryTest {
    private static final Path DATA = Path.of("../shared/data");
    private static final StateDirectory states = StateDirectory.load();

    @Test
    void holds_the_193_member_states_and_the_two_observers() {
        assertThat(states.all()).hasSize(195);
        assertThat(states.all()).filteredOn(State::member).hasSize(193);
        assertThat(states.all()).filteredOn(s -> !s.member()).extracting(State::name)
                .containsExactly("Holy See", "State of Palestine");
        assertThat(states.all()).filteredOn(s -> !s.member()).allMatch(s -> s.group() == RegionalGroup.OBSERVER);
    }

    @Test
    void lists_states_by_name_and_finds_them_by_code() {
        List<String> names = states.all().stream().map(State::name).toList();
        assertThat(names.getFirst()).isEqualTo("Afghanistan");
        assertThat(names.indexOf("Côte d'Ivoire")).isEqualTo(names.indexOf("Costa Rica") + 1);
        assertThat(states.byCode(StateCode.of("TUR"))).get().extracting(State::name).isEqualTo("Türkiye");
        assertThat(states.byCode(StateCode.of("XKX"))).isEmpty();
    }

    @Test
    void bundled_list_gives_every_name_to_one_state_only() {
        // load() refuses a list where one key stands for two states; this is that check over the real file
        assertThat(states.nameCount()).isGreaterThan(195);
        System.out.println("states.tsv: " + states.all().size() + " states, " + (states.nameCount() - 195) + " variants");
    }

    @Test
    void refuses_a_list_where_one_name_stands_for_two_states() {
        String tsv = """
                # two states claiming the same spelling
                COG\tAfrica\tCongo\tyes\tRepublic of Congo
                COD\tAfrica\tDemocratic Republic of the Congo\tyes\tRepublic of  congo
                """;
        assertThatThrownBy(() -> StateDirectory.parse(tsv))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("Congo (COG)")
                .hasMessageContaining("Democratic Republic of the Congo (COD)");
    }

    @Test
    void refuses_an_unknown_regional_group() {
        assertThatThrownBy(() -> StateDirectory.parse("FRA\tEurope\tFrance\tyes\t\n"))
                .hasMessageContaining("unknown regional group \"Europe\"");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '=', textBlock = """
            DPR Korea = PRK
            Iran = IRN
            Laos = LAO
            Macedonia FYR = MKD
            St Kitts & Nevis = KNA
            stkittsandnevis = KNA
            St. Kitts and Nevis = KNA
            Bosnia & Herzegovina = BIH
            St Vincent & the Grenadines = VCT
            Guinea Bissau = GNB
            Republic of Congo = COG
            Democratic Republic of Congo = COD
            Cape Verde = CPV
            Swaziland = SWZ
            Turkey = TUR
            Palestine = PSE
            Micronesia = FSM
            Viet Nam = VNM
            """)
    void resolves_upr_info_short_forms(String name, String code) {
        assertThat(states.resolve(name)).get().extracting(State::code).isEqualTo(StateCode.of(code));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '=', textBlock = """
            Democratic People's Republic of Korea = PRK
            Democratic People’s Republic of Korea = PRK
            the former Yugoslav Republic of Macedonia = MKD
            The former Yugoslav Republic of Macedonia = MKD
            North Macedonia = MKD
            United Kingdom of Great Britain and Northern Ireland = GBR
            Bolivarian Republic of Venezuela = VEN
            Plurinational State of Bolivia = BOL
            Côte d’Ivoire = CIV
            Cote d`Ivoire = CIV
            Türkiye = TUR
            Czech Republic = CZE
            Burma = MMR
            Libyan Arab Jamahiriya = LBY
            the Netherlands = NLD
            the Sudan = SDN
            'Venezuela, Bolivarian Republic of' = VEN
            'Iran, Islamic Republic of' = IRN
            'Korea, Republic of' = KOR
            'Congo, Democratic Republic of the' = COD
            """)
    void resolves_formal_older_and_iso_style_names(String name, String code) {
        assertThat(states.resolve(name)).get().extracting(State::code).isEqualTo(StateCode.of(code));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '=', textBlock = """
            kyrgysztan = KGZ
            SriLanka = LKA
            democraticpeoplesrepublicofkorea = PRK
            Centeral African Republic = CAF
            'South   Sudan' = SSD
            Norway; = NOR
            Azerbeijan = AZE
            Holly See = VAT
            Lichtenstein = LIE
            New Zeeland = NZL
            New-Zealand = NZL
            Trinidad an Tobago = TTO
            United Sates = USA
            United States of Americas = USA
            Russia Federation = RUS
            Libya Arab Jamahiriya = LBY
            Islamic Republic Iran = IRN
            Lao.s People Democratic Republic = LAO
            Democratic People.s Republic of Korea = PRK
            United Kingdom of the Great Britain and Northern Ireland = GBR
            'South \r\r\rAfrica' = ZAF
            C™te dÕIvoire = CIV
            Democratic PeopleÕs Republic of Korea = PRK
            Bosnia &amp; Herzegovina = BIH
            Cote d&#39;Ivoire = CIV
            """)
    void resolves_the_misspellings_and_damage_found_in_the_data(String name, String code) {
        String raw = name.replace("\\r", "\r");
        assertThat(states.resolve(raw)).get().extracting(State::code).isEqualTo(StateCode.of(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "NA", "(Unknown)", "&#40;Unknown&#41;", "None", "Republic of", "moratorium",
            "AICHR", "186.11", "Europe"})
    void leaves_what_names_no_state_unknown(String name) {
        assertThat(states.resolve(name)).isEmpty();
        assertThat(states.resolveAll(name).states()).isEmpty();
        assertThat(states.resolveAll(name).complete()).isFalse();
    }

    @Test
    void keeps_an_unknown_field_as_it_was_written() {
        assertThat(states.resolveAll(" &#40;Unknown&#41; ").unknown()).containsExactly("&#40;Unknown&#41;");
        assertThat(states.resolveAll("NA").unknown()).containsExactly("NA");
        assertThat(states.resolve(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '=', textBlock = """
            Bolivarian Republic of = VEN
            'Bolivarian Republic of ' = VEN
            Plurinational State of = BOL
            Islamic Republic of = IRN
            'Islamic Republic of ' = IRN
            Republic of =
            bosniaandherzegovina = BIH
            bruneidarussalam = BRN
            newzealand = NZL
            cotedivoire = CIV
            Lao PeopleÕs Democratic Republic = LAO
            """)
    void treats_the_fragments_of_the_misparsed_2014_file_as_documented(String name, String code) {
        Optional<StateCode> expected = Optional.ofNullable(code).map(StateCode::of);
        assertThat(states.resolve(name).map(State::code)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '=', textBlock = """
            Bosnia and Herzegovina = BIH
            Trinidad and Tobago = TTO
            Antigua and Barbuda = ATG
            Saint Vincent and the Grenadines = VCT
            Sao Tome and Principe = STP
            United Kingdom of Great Britain and Northern Ireland = GBR
            Saint Kitts and Nevis = KNA
            St Kitts & Nevis = KNA
            'Venezuela, Bolivarian Republic of' = VEN
            'Iran, Islamic Republic of' = IRN
            'Korea, Republic of' = KOR
            'Congo, Democratic Republic of the' = COD
            Bolivia (Plurinational State of) = BOL
            """)
    void never_splits_a_name_that_holds_and_or_a_comma(String name, String code) {
        StateDirectory.Resolution r = states.resolveAll(name);
        assertThat(r.complete()).isTrue();
        assertThat(r.states()).extracting(State::code).containsExactly(StateCode.of(code));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '=', textBlock = """
            Ecuador and Spain = ECU ESP
            'Slovakia, Spain' = SVK ESP
            Algeria; Brazil = DZA BRA
            Argentina Chile = ARG CHL
            France / Germany = FRA DEU
            Spain & Portugal = ESP PRT
            (France) (Lithuania) = FRA LTU
            'Spain (Argentina, Chile)' = ESP ARG CHL
            'Slovenia, Mexico, United Kingdom and the Netherlands' = SVN MEX GBR NLD
            'United Kingdom France, Mexico, Nigeria' = GBR FRA MEX NGA
            'Bosnia and Herzegovina, Kyrgyzstan, Nicaragua,' = BIH KGZ NIC
            'Trinidad and Tobago and Antigua and Barbuda' = TTO ATG
            'Spain, Venezuela, Bolivarian Republic of, Chile' = ESP VEN CHL
            'Congo, Democratic Republic of the Congo' = COG COD
            'Democratic People’s Republic of Korea, Republic of Korea' = PRK KOR
            'Spain, Spain and Spain' = ESP
            'Algeria, Lao People’s Democratic Republic, Sudan, Palestine' = DZA LAO SDN PSE
            """)
    void splits_fields_that_list_several_states(String field, String codes) {
        StateDirectory.Resolution r = states.resolveAll(field);
        assertThat(r.unknown()).isEmpty();
        assertThat(r.states()).extracting(s -> s.code().value()).containsExactly(codes.split(" "));
    }

    @Test
    void reports_the_parts_of_a_list_that_name_no_state() {
        StateDirectory.Resolution r = states.resolveAll("Spain, Atlantis and  Lemuria ;France, Republic of");
        assertThat(r.states()).extracting(s -> s.code().value()).containsExactly("ESP", "FRA");
        assertThat(r.unknown()).containsExactly("Atlantis", "Lemuria", "Republic of");
        assertThat(r.complete()).isFalse();
    }

    @Test
    void resolves_every_name_mangled_in_the_ways_the_sources_mangle_them() {
        Random random = new Random(20080407);
        for (State state : states.all()) {
            for (String name : states.namesOf(state.code())) {
                for (int round = 0; round < 5; round++) {
                    String mangled = mangle(name, random);
                    assertThat(states.resolve(mangled)).as(mangled).get().isEqualTo(state);
                }
            }
        }
    }

    @Test
    void resolves_random_lists_of_state_names_in_order() {
        Random random = new Random(20121022);
        List<State> all = List.copyOf(states.all());
        String[] separators = {", ", "; ", " and ", " & ", "/", " , ", ",", ") ("};
        for (int round = 0; round < 2_000; round++) {
            List<State> picked = Stream.generate(() -> all.get(random.nextInt(all.size())))
                    .limit(1 + random.nextInt(5)).distinct().toList();
            String separator = separators[random.nextInt(separators.length)];
            String field = String.join(separator, picked.stream().map(State::name).toList());
            if (separator.startsWith(")")) field = "(" + field + ")";
            StateDirectory.Resolution r = states.resolveAll(field);
            assertThat(r.unknown()).as(field).isEmpty();
            assertThat(r.states()).as(field).containsExactlyElementsOf(picked);
        }
    }

    @Test
    void resolves_every_state_named_in_the_upr_info_export() throws IOException {
        Map<String, String> groupOfName = new TreeMap<>();
        try (Stream<Path> files = Files.list(DATA.resolve("upr-info"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
                List<CsvReader.Row> rows = CsvReader.readAll(TextDecoding.decode(Files.readAllBytes(file)));
                List<String> header = rows.getFirst().fields();
                for (CsvReader.Row row : rows.subList(1, rows.size())) {
                    for (String column : List.of("To", "From")) {
                        int name = header.indexOf(column);
                        int group = header.indexOf(column + "-Rgrp");
                        if (row.fields().size() > Math.max(name, group)) {
                            groupOfName.put(row.fields().get(name), row.fields().get(group));
                        }
                    }
                }
            }
        }
        assertThat(groupOfName).hasSizeGreaterThan(190).containsKey("&#40;Unknown&#41;");
        groupOfName.remove("&#40;Unknown&#41;");
        groupOfName.forEach((name, group) -> {
            Optional<State> state = states.resolve(name);
            assertThat(state).as(name).isPresent();
            // the export's regional group is the one this directory uses
            assertThat(state.get().group().label()).as(name).isEqualTo(group);
        });
        assertThat(states.resolve("&#40;Unknown&#41;")).isEmpty();
    }

    @Test
    void leaves_only_non_states_unknown_in_the_un_report_files() throws IOException {
        Map<String, Integer> unresolved = new TreeMap<>();
        int names = 0;
        try (Stream<Path> files = Files.list(DATA.resolve("un-reports-csv"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
                for (String name : toAndFrom(file)) {
                    names++;
                    if (!states.resolveAll(name).complete()) unresolved.merge(name, 1, Integer::sum);
                }
            }
        }
        System.out.println("un-reports-csv: " + unresolved.size() + " of the distinct to/from values name no state: "
                + unresolved);
        assertThat(names).isGreaterThan(70_000);
        // "NA" marks comments that are not recommendations; "moratorium" is a word the parser took for a state
        assertThat(unresolved.keySet()).containsExactlyInAnyOrder("NA", "moratorium");
    }

    @Test
    void leaves_only_parser_debris_unknown_in_the_misparsed_2014_file() throws IOException {
        Set<String> unresolved = new TreeSet<>();
        for (String name : toAndFrom(DATA.resolve("fixtures/un-reports-2014-early-version-misparsed-states.csv"))) {
            if (!states.resolveAll(name).complete()) unresolved.add(name.strip());
        }
        assertThat(unresolved).containsExactlyInAnyOrder("186.11", "5.1 Conclusions and recommendations have not been edited.",
                "7 Ratify the Rome Statute of the International Criminal Court Ghana", "8..11", "AICHR");
    }

    @Test
    void resolves_every_state_in_the_working_group_report_file_names() throws IOException {
        List<String> slugs;
        try (Stream<Path> files = Files.list(DATA.resolve("wg-reports"))) {
            slugs = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".txt"))
                    .map(n -> n.replaceFirst("\\d{4}\\.txt$", ""))
                    .distinct().toList();
        }
        assertThat(slugs).hasSizeGreaterThan(150).contains("kyrgysztan", "Macedonia", "guinea-bissau");
        assertThat(slugs).allSatisfy(slug -> assertThat(states.resolve(slug)).as(slug).isPresent());
        assertThat(states.resolve("korea")).get().extracting(State::code).isEqualTo(StateCode.of("KOR"));
    }

    @Test
    void names_in_working_group_report_parentheses_are_all_states_or_none() throws IOException {
        // "(Spain, Brazil, Holy See);" must resolve whole; "(CEDAW);" names no state; a half-resolved list means
        // a spelling the directory lacks
        var parenthesis = Pattern.compile("\\(([^()]{2,300})\\)\\s*[;.]");
        Set<String> halfResolved = new TreeSet<>();
        try (Stream<Path> files = Files.list(DATA.resolve("wg-reports"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                String text = TextDecoding.decode(Files.readAllBytes(file));
                parenthesis.matcher(text).results().map(m -> m.group(1)).forEach(field -> {
                    StateDirectory.Resolution r = states.resolveAll(field);
                    if (!r.states().isEmpty() && !r.unknown().isEmpty()) halfResolved.add(field);
                });
            }
        }
        assertThat(halfResolved).containsExactlyInAnyOrder(
                "A/HRC/WG.6/9/USA/1", "A/HRC/WG.6/9/USA/2", "A/HRC/WG.6/9/USA/3/Rev.1",
                "Korea Communications Commission", "Permanent Mission of the Republic of Korea in Geneva");
    }

    @Test
    void resolves_the_recommending_states_of_the_ohchr_thematic_lists() throws IOException {
        var suffix = Pattern.compile("\\(([^()]+)\\);");
        List<String> fields = new ArrayList<>();
        try (Stream<Path> files = Files.list(DATA.resolve("ohchr-thematic"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                suffix.matcher(Files.readString(file)).results().map(m -> m.group(1)).forEach(fields::add);
            }
        }
        List<String> notStates = List.of("CRPD", "No. 118", "No. 174");
        assertThat(fields).hasSizeGreaterThan(300);
        assertThat(fields).filteredOn(f -> !notStates.contains(f))
                .allSatisfy(f -> assertThat(states.resolveAll(f).complete()).as(f).isTrue());
    }

    private static List<String> toAndFrom(Path file) throws IOException {
        List<CsvReader.Row> rows = CsvReader.readAll(TextDecoding.decode(Files.readAllBytes(file)));
        List<String> header = rows.getFirst().fields().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        int to = header.indexOf("to");
        int from = header.indexOf("from");
        List<String> names = new ArrayList<>();
        for (CsvReader.Row row : rows.subList(1, rows.size())) {
            // the 2009 header names a sixth column its rows do not have; "to" and "from" sit before it
            if (row.fields().size() > Math.max(to, from)) {
                names.add(row.fields().get(to));
                names.add(row.fields().get(from));
            }
        }
        return names;
    }

    /** The sources' ways of spelling one name: case, spacing, apostrophes, "&", "St", stray punctuation. */
    private static String mangle(String name, Random random) {
        String s = name;
        if (random.nextBoolean()) s = s.toLowerCase(Locale.ROOT);
        if (random.nextInt(4) == 0) s = s.toUpperCase(Locale.ROOT);
        if (random.nextBoolean()) s = s.replace(" and ", " & ");
        if (random.nextBoolean()) s = s.replace("Saint ", random.nextBoolean() ? "St " : "St. ");
        if (random.nextBoolean()) s = s.replace("'", random.nextBoolean() ? "’" : "`");
        if (random.nextInt(3) == 0) s = s.replace(" ", random.nextBoolean() ? "" : "  ");
        if (random.nextInt(4) == 0) s = s.replace("o", "ô");
        if (random.nextInt(4) == 0) s = " " + s + (random.nextBoolean() ? ";" : "\r");
        return s;
    }
}

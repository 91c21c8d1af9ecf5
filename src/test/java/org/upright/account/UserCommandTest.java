package org.upright.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.App;
import org.upright.Cli;
import org.upright.audit.AuditFilter;
import org.upright.common.PageRequest;
import org.upright.common.Role;
import org.upright.config.Settings;

/** `upright user …`: the first admin is made on the command line, and every change is audited as the cli's. */
class UserCommandTest {
    @TempDir
    Path dir;

    private int run(ByteArrayOutputStream err, String... args) {
        PrintStream before = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--data-dir", dir.resolve("data").toString()))
                    .toArray(String[]::new);
            return Cli.run(all);
        } finally {
            System.setErr(before);
        }
    }

    @Test
    void the_first_admin_is_made_with_a_password_file_and_changes_are_audited_as_the_cli() throws Exception {
        Path password = Files.writeString(dir.resolve("pw"), "a long enough password\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(run(err, "user", "add", "Admin@Example.org", "--role", "admin", "--password-file", password.toString())).isZero();
        assertThat(run(err, "user", "add", "ed@example.org", "--role", "researcher", "--password-file", password.toString())).isZero();
        assertThat(run(err, "user", "role", "ed@example.org", "editor")).isZero();
        assertThat(run(err, "user", "disable", "ed@example.org")).isZero();
        try (App app = new App(new Settings(dir.resolve("data"), null, 0, "127.0.0.1"))) {
            assertThat(app.accounts().byEmail("admin@example.org").role()).isEqualTo(Role.ADMIN);
            User ed = app.accounts().byEmail("ed@example.org");
            assertThat(ed.role()).isEqualTo(Role.EDITOR);
            assertThat(ed.disabled()).isTrue();
            assertThat(app.accounts().signIn("admin@example.org", "a long enough password", "local", null).viewer().role()).isEqualTo(Role.ADMIN);
            var rows = app.audit().find(new AuditFilter("cli", "user", null, null, null), new PageRequest(1, 10)).items();
            assertThat(rows).extracting(r -> r.action()).containsExactly("user.disable", "user.role", "user.add", "user.add");
            assertThat(rows.get(1).before()).contains("\"role\":\"researcher\"");
            assertThat(rows.get(1).after()).contains("\"role\":\"editor\"");
        }
    }

    @Test
    void mistakes_are_refused_with_a_message_that_says_what_to_do() throws Exception {
        Path shortPassword = Files.writeString(dir.resolve("pw"), "short\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(run(err, "user", "add", "a@example.org", "--password-file", shortPassword.toString())).isEqualTo(2);
        assertThat(run(err, "user", "add", "not an address", "--password-file", dir.resolve("missing").toString())).isEqualTo(2);
        assertThat(run(err, "user", "role", "nobody@example.org", "admin")).isEqualTo(2);
        assertThat(run(err, "user", "add", "b@example.org", "--role", "superuser", "--password-file", shortPassword.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("at least 10 characters", "cannot read the password file",
                "There is no account for nobody@example.org", "a role is researcher, editor or admin, not 'superuser'");
    }

    @Test
    void a_token_printed_for_an_account_lets_a_script_act_as_it_and_a_disabled_account_gets_none() throws Exception {
        Path password = Files.writeString(dir.resolve("pw"), "a long enough password\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(run(err, "user", "add", "ed@example.org", "--role", "editor", "--password-file", password.toString())).isZero();
        PrintStream before = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertThat(run(err, "user", "token", "ed@example.org", "--name", "assessments script")).isZero();
        } finally {
            System.setOut(before);
        }
        String token = out.toString(StandardCharsets.UTF_8).strip();
        assertThat(token).startsWith("upr_");
        assertThat(run(err, "user", "disable", "ed@example.org")).isZero();
        assertThat(run(err, "user", "token", "ed@example.org")).isEqualTo(2);
        assertThat(run(err, "user", "token", "nobody@example.org")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("ed@example.org is disabled; enable it first", "There is no account for nobody@example.org");
        assertThat(run(err, "user", "enable", "ed@example.org")).isZero();
        try (App app = new App(new Settings(dir.resolve("data"), null, 0, "127.0.0.1"))) {
            var viewer = app.accounts().bearer(token, "local").orElseThrow();
            assertThat(viewer.name()).isEqualTo("ed@example.org");
            assertThat(viewer.role()).isEqualTo(Role.EDITOR);
            User ed = app.accounts().byEmail("ed@example.org");
            assertThat(app.accounts().tokens(viewer)).extracting(ApiToken::name).containsExactly("assessments script");
            var rows = app.audit().find(new AuditFilter("cli", "token", null, null, null), new PageRequest(1, 10)).items();
            assertThat(rows).extracting(r -> r.action()).containsExactly("token.create");
            assertThat(ed.disabled()).isFalse();
        }
    }
}

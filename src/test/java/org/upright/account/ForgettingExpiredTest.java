package org.upright.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.App;
import org.upright.TestDatabase;
import org.upright.audit.AuditEntry;
import org.upright.audit.AuditFilter;
import org.upright.common.PageRequest;
import org.upright.common.Role;
import org.upright.common.Viewer;
import org.upright.config.Settings;
import org.upright.web.SignedIn;

/**
 * Sessions past their end and failed sign-ins older than the throttling window are deleted, so neither table grows
 * for ever; the audit log keeps every sign-in. Time is a clock the test moves. Also the per-address throttle.
 */
class ForgettingExpiredTest {
    private static final String HOME = "192.0.2.10";
    private static final String ELSEWHERE = "198.51.100.20";

    /** A clock that stands still until the test moves it. */
    private static final class MovingClock extends Clock {
        private volatile Instant now = Instant.parse("2026-03-02T08:00:00Z");

        void forward(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @TempDir
    Path dir;
    App app;
    MovingClock clock = new MovingClock();
    AccountService accounts;

    @BeforeEach
    void open() {
        app = new App(new Settings(dir.resolve("data"), TestDatabase.url(dir.resolve("data")), 0, "127.0.0.1"));
        accounts = new AccountService(new JooqAccountStore(app.database()), app.database(), app.events(), clock);
        for (String who : List.of("ana", "bob", "carl")) accounts.add(Viewer.cli(), who + "@example.org", Role.RESEARCHER, SignedIn.PASSWORD);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private Session signIn(String who, String address) {
        return accounts.signIn(who + "@example.org", SignedIn.PASSWORD, address, null);
    }

    private void failToSignIn(String who, String address) {
        assertThatThrownBy(() -> accounts.signIn(who + "@example.org", "not the password", address, null))
                .isInstanceOf(SignInRefused.class);
    }

    private List<String> column(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = app.database().connection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) values.add(rs.getString(1));
        }
        return values;
    }

    private List<String> sessionOwners() throws SQLException {
        return column("SELECT u.email FROM user_session s JOIN app_user u ON u.id = s.user_id ORDER BY s.created_at");
    }

    private List<String> failures() throws SQLException {
        return column("SELECT email FROM sign_in_failure ORDER BY at");
    }

    @Test
    void a_sign_in_deletes_the_sessions_that_have_ended_and_keeps_the_live_ones() throws SQLException {
        Session early = signIn("ana", HOME);
        clock.forward(Duration.ofHours(6));
        Session later = signIn("bob", HOME);
        clock.forward(AccountService.SESSION_LIFETIME.minusHours(6));
        assertThat(sessionOwners()).as("an ended session waits for the next sign-in").containsExactly("ana@example.org", "bob@example.org");
        signIn("carl", ELSEWHERE);
        assertThat(sessionOwners()).containsExactly("bob@example.org", "carl@example.org");
        assertThat(accounts.session(early.id(), HOME)).isEmpty();
        assertThat(accounts.session(later.id(), HOME)).isPresent();
    }

    @Test
    void a_sign_in_attempt_deletes_failures_older_than_the_throttling_window_and_the_audit_log_keeps_them() throws SQLException {
        for (int i = 0; i < 3; i++) failToSignIn("ana", HOME);
        clock.forward(Duration.ofMinutes(10));
        failToSignIn("bob", HOME);
        clock.forward(SignInThrottle.WINDOW.minusMinutes(10).plusSeconds(1));
        failToSignIn("carl", ELSEWHERE);
        assertThat(failures()).containsExactly("bob@example.org", "carl@example.org");
        List<String> failed = app.audit().find(new AuditFilter(null, "sign-in.failed", null, null, null), new PageRequest(1, 100))
                .items().stream().map(AuditEntry::target).toList();
        assertThat(failed).hasSize(5).contains("user/ana@example.org", "user/bob@example.org", "user/carl@example.org");
    }

    @Test
    void twenty_failures_from_one_address_pause_every_account_signing_in_from_it_but_not_from_elsewhere() {
        for (int i = 0; i < SignInThrottle.PER_ADDRESS; i++) failToSignIn("guess" + i, HOME);
        assertThatThrownBy(() -> signIn("ana", HOME)).isInstanceOfSatisfying(SignInRefused.class,
                refused -> assertThat(refused.throttled()).isTrue());
        assertThat(signIn("ana", ELSEWHERE).viewer().name()).isEqualTo("ana@example.org");
        clock.forward(SignInThrottle.WINDOW.plusSeconds(1));
        assertThat(signIn("bob", HOME).viewer().name()).isEqualTo("bob@example.org");
    }
}

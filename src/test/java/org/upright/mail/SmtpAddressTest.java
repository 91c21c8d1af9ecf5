package org.upright.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.upright.common.UserMistake;

/** What `--smtp` accepts, and what it says about what it does not. */
class SmtpAddressTest {
    @Test
    void a_server_with_a_login_and_a_percent_encoded_password_is_read_and_shown_without_the_password() {
        SmtpAddress a = SmtpAddress.parse("smtp://news%40example.org:p%40ss:w0rd@mail.example.org:587?from=updates%40example.org");
        assertThat(a.host()).isEqualTo("mail.example.org");
        assertThat(a.port()).isEqualTo(587);
        assertThat(a.user()).isEqualTo("news@example.org");
        assertThat(a.password()).isEqualTo("p@ss:w0rd");
        assertThat(a.from()).isEqualTo("updates@example.org");
        assertThat(a.shown()).isEqualTo("smtp://news@example.org@mail.example.org:587").doesNotContain("w0rd");
    }

    @Test
    void a_server_without_a_login_sends_as_upright_at_its_host() {
        SmtpAddress a = SmtpAddress.parse("smtp://127.0.0.1:2525");
        assertThat(a.user()).isNull();
        assertThat(a.from()).isEqualTo("upright@127.0.0.1");
    }

    @Test
    void a_wrong_address_is_refused_with_what_to_write() {
        for (String wrong : new String[] {"", "mail.example.org:25", "http://mail.example.org:25", "smtp://mail.example.org", "smtp://:25",
                "smtp://mail.example.org:25?to=x", "smtp://mail example.org:25"}) {
            assertThatThrownBy(() -> SmtpAddress.parse(wrong)).as(wrong).isInstanceOf(UserMistake.class)
                    .hasMessageContaining("smtp://[user:password@]HOST:PORT");
        }
    }
}

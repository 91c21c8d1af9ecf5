package org.upright.mail;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.upright.common.UserMistake;

/**
 * The mail server of {@code --smtp smtp://[user:password@]HOST:PORT[?from=ADDRESS]}: user and password are
 * percent-decoded (a password with @ or : is written %40, %3A); {@code from} is the sender mails carry
 * (default {@code upright@HOST}).
 */
public record SmtpAddress(String host, int port, String user, String password, String from) {
    public static SmtpAddress parse(String url) {
        String hint = " Write it as smtp://[user:password@]HOST:PORT, such as smtp://mail.example.org:587.";
        if (url == null || url.isBlank()) throw new UserMistake("--smtp is empty." + hint);
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new UserMistake("--smtp \"" + url + "\" is not an address: " + e.getReason() + "." + hint);
        }
        if (!"smtp".equalsIgnoreCase(uri.getScheme())) throw new UserMistake("--smtp must start with smtp://, not \"" + url + "\"." + hint);
        if (uri.getHost() == null) throw new UserMistake("--smtp \"" + url + "\" names no mail server." + hint);
        if (uri.getPort() < 1) throw new UserMistake("--smtp \"" + url + "\" names no port (25, 587 …)." + hint);
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : "";
        }
        String from = "upright@" + uri.getHost();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                if (kv[0].equals("from") && kv.length == 2 && !kv[1].isBlank()) from = Mail.oneLine(decode(kv[1]));
                else throw new UserMistake("--smtp: the only setting after ? is from=ADDRESS, not \"" + pair + "\"." + hint);
            }
        }
        return new SmtpAddress(uri.getHost(), uri.getPort(), user, password, from);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** The address without the password, for logs and the admin page. */
    public String shown() {
        return "smtp://" + (user == null ? "" : user + "@") + host + ":" + port;
    }
}

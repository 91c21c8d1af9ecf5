package org.upright.cli;

import java.util.concurrent.CountDownLatch;
import org.upright.App;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `upright serve`: the web pages and the JSON API. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the web pages and the JSON API.")
public final class ServeCommand implements java.util.concurrent.Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    MailOptions mail;

    @Option(names = "--port", defaultValue = "7070", description = "TCP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--trust-proxy", description = "Behind a reverse proxy: take the client's address from X-Forwarded-For"
            + " and TLS from X-Forwarded-Proto. Only when every request comes through that proxy.")
    boolean trustProxy;

    @Override
    public Integer call() throws InterruptedException {
        var s = common.settings(port, host);
        serve(new App(mail.apply(s.withTrustProxy(trustProxy))));
        return 0;
    }

    static void serve(App app) throws InterruptedException {
        var server = app.serve();
        System.err.println("UPRight is serving " + app.database().description() + " at http://"
                + app.settings().host() + ":" + server.port() + "/  (Ctrl-C stops it)");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            stopped.countDown();
        }));
        stopped.await();
    }
}

package org.upright.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.upright.App;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `upright demo`: import the real data once, then serve. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Import every dataset under ../shared/data (or --data DIR) into the data folder once, then serve.")
public final class DemoCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    MailOptions mail;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data",
            description = "Folder of UPR data to import (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--port", defaultValue = "7070", description = "TCP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(data)) {
            System.err.println("upright demo: no data folder at " + data.toAbsolutePath()
                    + "; pass --data DIR with the UPR data (UPR Info exports, Working Group reports, …)");
            return 2;
        }
        App app = new App(mail.apply(common.settings(port, host)));
        // Files imported before are recognised by their content and skipped, so a second demo starts at once.
        ImportCommand.run(app, List.of(data), Optional.empty(), null);
        // classification in the background: a model is trained once (into <data-dir>/model) when there is none,
        // then every recommendation without labels gets suggestions; the pages are served meanwhile
        app.classification().inBackground(() -> app.classification().ensureModelAndSuggest(data, System.err::println));
        ServeCommand.serve(app);
        return 0;
    }
}

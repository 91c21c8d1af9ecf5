package org.upright.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.upright.account.AccountException;
import org.upright.account.AccountService;
import org.upright.account.User;
import org.upright.audit.AuditService;
import org.upright.common.ChangeEvents;
import org.upright.common.Role;
import org.upright.common.Viewer;
import org.upright.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `upright user add|role|disable|enable|password|list|token`: accounts from the server's command line (how the first admin is made). */
@Command(name = "user", mixinStandardHelpOptions = true,
        description = {"Manage accounts on the server: the first admin is made here (upright user add EMAIL --role admin).",
                "Passwords are never given on the command line: --password-file FILE, or typed at the prompt, or one line on standard input."},
        subcommands = {UserCommand.Add.class, UserCommand.SetRole.class, UserCommand.Disable.class, UserCommand.Enable.class,
                UserCommand.Password.class, UserCommand.ListUsers.class, UserCommand.Token.class})
public final class UserCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /**
     * Runs the work on the accounts of the data folder's database (without the search index or the classifier an
     * app would open), with the audit log listening; an account problem becomes its message and exit code 2.
     */
    static int withAccounts(CommonOptions common, String what, AccountWork work) {
        try (Database db = Database.open(common.dataDir, common.databaseUrl)) {
            ChangeEvents events = new ChangeEvents();
            AuditService.over(db, events);
            System.out.println(work.run(AccountService.over(db, events)));
            return 0;
        } catch (AccountException | IOException e) {
            System.err.println("upright user " + what + ": " + e.getMessage());
            return 2;
        }
    }

    @FunctionalInterface
    interface AccountWork {
        String run(AccountService accounts) throws IOException;
    }

    static Role role(String id) {
        return Role.assignable(id).orElseThrow(() -> new AccountException("a role is " + Role.assignableIds() + ", not '" + id + "'"));
    }

    /** The password from the file, else typed twice at the terminal, else the first line of standard input. */
    static String password(Path file) throws IOException {
        if (file != null) {
            if (!Files.isReadable(file)) throw new AccountException("cannot read the password file " + file);
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("");
        }
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword("Password: ");
            char[] again = console.readPassword("Password again: ");
            if (first == null || !Arrays.equals(first, again)) throw new AccountException("the two passwords differ; run the command again");
            return new String(first);
        }
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (line == null) throw new AccountException("no password: give --password-file FILE, type it at a terminal, or pipe one line in");
        return line;
    }

    private static String describe(User u) {
        return u.email() + " (" + u.role().id() + (u.disabled() ? ", disabled" : "") + ")";
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Make an account.")
    static final class Add implements Callable<Integer> {
        @Mixin
        CommonOptions common;
        @Parameters(index = "0", paramLabel = "EMAIL")
        String email;
        @Option(names = "--role", defaultValue = "researcher", description = "researcher, editor or admin (default: ${DEFAULT-VALUE}).")
        String role;
        @Option(names = "--password-file", paramLabel = "FILE", description = "Read the password from the first line of FILE.")
        Path passwordFile;

        @Override
        public Integer call() {
            return withAccounts(common, "add", accounts -> "account made: " + describe(accounts.add(Viewer.cli(), email, role(role), password(passwordFile))));
        }
    }

    @Command(name = "role", mixinStandardHelpOptions = true, description = "Change the role of an account.")
    static final class SetRole implements Callable<Integer> {
        @Mixin
        CommonOptions common;
        @Parameters(index = "0", paramLabel = "EMAIL")
        String email;
        @Parameters(index = "1", paramLabel = "ROLE", description = "researcher, editor or admin")
        String role;

        @Override
        public Integer call() {
            return withAccounts(common, "role", accounts -> "role changed: " + describe(accounts.setRole(Viewer.cli(), accounts.byEmail(email).id(), role(role))));
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true, description = "Disable an account: no sign-in, its sessions and API tokens stop working.")
    static final class Disable implements Callable<Integer> {
        @Mixin
        CommonOptions common;
        @Parameters(index = "0", paramLabel = "EMAIL")
        String email;

        @Override
        public Integer call() {
            return withAccounts(common, "disable", accounts -> "disabled: " + describe(accounts.setDisabled(Viewer.cli(), accounts.byEmail(email).id(), true)));
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true, description = "Enable a disabled account again.")
    static final class Enable implements Callable<Integer> {
        @Mixin
        CommonOptions common;
        @Parameters(index = "0", paramLabel = "EMAIL")
        String email;

        @Override
        public Integer call() {
            return withAccounts(common, "enable", accounts -> "enabled: " + describe(accounts.setDisabled(Viewer.cli(), accounts.byEmail(email).id(), false)));
        }
    }

    @Command(name = "password", mixinStandardHelpOptions = true, description = "Set a new password for an account (its sessions end).")
    static final class Password implements Callable<Integer> {
        @Mixin
        CommonOptions common;
        @Parameters(index = "0", paramLabel = "EMAIL")
        String email;
        @Option(names = "--password-file", paramLabel = "FILE", description = "Read the password from the first line of FILE.")
        Path passwordFile;

        @Override
        public Integer call() {
            return withAccounts(common, "password", accounts -> {
                accounts.setPassword(Viewer.cli(), email, password(passwordFile));
                return "password set for " + describe(accounts.byEmail(email));
            });
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the accounts.")
    static final class ListUsers implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Override
        public Integer call() {
            return withAccounts(common, "list", accounts -> String.join("\n", accounts.users().stream().map(UserCommand::describe).toList()));
        }
    }

    @Command(name = "token", mixinStandardHelpOptions = true,
            description = {"Print a new API token for an account, so a script can act as it (shown once: only its hash is kept).",
                    "Revoke it on the account's /account page."})
    static final class Token implements Callable<Integer> {
        @Mixin
        CommonOptions common;
        @Parameters(index = "0", paramLabel = "EMAIL")
        String email;
        @Option(names = "--name", paramLabel = "NAME", defaultValue = "script", description = "What the token is for (default: ${DEFAULT-VALUE}).")
        String name;

        @Override
        public Integer call() {
            return withAccounts(common, "token", accounts -> accounts.createTokenFor(Viewer.cli(), email, name).secret());
        }
    }
}

package org.bearing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.bearing.identity.Account;
import org.bearing.identity.AccountAdministration;
import org.bearing.identity.Role;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bearing user add|list}: account administration from the command line, against the database the server uses
 * (the H2 file under the data directory, or PostgreSQL from {@code BEARING_DB_URL}), without starting a web server.
 * The same rules apply as on the accounts page; the password is read from standard input or a file, never from the
 * command line (where other users of the machine could read it in the process list).
 */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Create and list accounts.",
        subcommands = {UserCommand.Add.class, UserCommand.ListAccounts.class})
final class UserCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Runs {@code work} in a Spring context without a web server on the configured database; 1 with the message if it fails. */
    static int withAccounts(String command, String dataDir, Function<AccountAdministration, Integer> work) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(BearingApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false).run("--bearing.data-dir=" + dataDir, "--logging.level.root=warn")) {
            return work.apply(context.getBean(AccountAdministration.class));
        } catch (RuntimeException e) {
            System.err.println("bearing user " + command + ": nothing changed: " + e.getMessage());
            return 1;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Create an account. The password is the first line of standard input, or of --password-file.")
    static final class Add implements Callable<Integer> {
        @Option(names = "--username", required = true, description = "3-64 letters, digits, '.', '-' or '_'; unique regardless of case.")
        String username;

        @Option(names = "--display-name", required = true, description = "The name shown to others.")
        String displayName;

        @Option(names = "--role", required = true, converter = RoleName.class, description = "ADMIN or MEMBER, in any case (member, Member).")
        Role role;

        @Option(names = "--password-file", description = "Read the password from the first line of this file instead of standard input.")
        Path passwordFile;

        @Option(names = "--data-dir", description = "Directory of the embedded H2 database when no PostgreSQL is configured (default: ${DEFAULT-VALUE}).",
                defaultValue = "./data")
        String dataDir;

        @Override
        public Integer call() throws IOException {
            String password = passwordFile != null ? firstLine(Files.newBufferedReader(passwordFile, StandardCharsets.UTF_8))
                    : firstLine(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
            if (password == null || password.isEmpty()) {
                System.err.println("bearing user add: no password: pipe it to standard input or use --password-file");
                return 2;
            }
            return withAccounts("add", dataDir, accounts -> {
                Account a = accounts.create(new AccountAdministration.NewAccount(username, displayName, role, password), "cli");
                System.out.printf("Created account %s (%s, %s)%n", a.username(), a.displayName(), a.role());
                return 0;
            });
        }

        private static String firstLine(BufferedReader reader) throws IOException {
            try (reader) {
                return reader.readLine();
            }
        }
    }

    /** A role as typed on the command line: the name in any case; anything else is refused naming the roles there are. */
    static final class RoleName implements CommandLine.ITypeConverter<Role> {
        @Override
        public Role convert(String value) {
            for (Role r : Role.values()) {
                if (r.name().equalsIgnoreCase(value.strip())) {
                    return r;
                }
            }
            throw new CommandLine.TypeConversionException("'" + value + "' is not a role; use one of "
                    + java.util.Arrays.stream(Role.values()).map(Role::name).collect(java.util.stream.Collectors.joining(", "))
                    + " (any case)");
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the accounts with their role and status.")
    static final class ListAccounts implements Callable<Integer> {
        @Option(names = "--data-dir", description = "Directory of the embedded H2 database when no PostgreSQL is configured (default: ${DEFAULT-VALUE}).",
                defaultValue = "./data")
        String dataDir;

        @Override
        public Integer call() {
            return withAccounts("list", dataDir, accounts -> {
                System.out.printf("%-24s %-8s %-9s %s%n", "USERNAME", "ROLE", "STATUS", "DISPLAY NAME");
                for (Account a : accounts.accounts()) {
                    System.out.printf("%-24s %-8s %-9s %s%n", a.username(), a.role(), a.enabled() ? "enabled" : "disabled", a.displayName());
                }
                return 0;
            });
        }
    }
}

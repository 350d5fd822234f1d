package org.bearing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code bearing user add} and {@code user list} against a database directory: the password comes from standard input
 * or a file, the account can then be listed, and a duplicate name or a short password exits 1 having stored nothing.
 */
class UserCommandTest {
    @TempDir
    Path data;

    @Test
    void addsAccountsFromStandardInputOrAFileAndListsThem() throws Exception {
        Path file = data.resolve("pw.txt");
        Files.writeString(file, "short\n");
        Run added = run("grace-password-1\n", "user", "add", "--username", "grace", "--display-name", "Grace Hopper", "--role", "MEMBER",
                "--data-dir", data.toString());
        assertThat(added.exit).as(added.out + added.err).isZero();
        assertThat(added.out).contains("Created account grace (Grace Hopper, MEMBER)");

        Run duplicate = run("", "user", "add", "--username", "GRACE", "--display-name", "Other", "--role", "ADMIN",
                "--password-file", file.toString(), "--data-dir", data.toString());
        assertThat(duplicate.exit).isEqualTo(1);
        assertThat(duplicate.err).contains("nothing changed", "password must have at least 12 characters");
        Files.writeString(file, "another-password-1\n");
        Run taken = run("", "user", "add", "--username", "GRACE", "--display-name", "Other", "--role", "ADMIN",
                "--password-file", file.toString(), "--data-dir", data.toString());
        assertThat(taken.exit).isEqualTo(1);
        assertThat(taken.err).contains("An account named 'grace' already exists");
        Run noPassword = run("", "user", "add", "--username", "lin", "--display-name", "Lin", "--role", "MEMBER", "--data-dir", data.toString());
        assertThat(noPassword.exit).isEqualTo(2);
        assertThat(noPassword.err).contains("no password");

        Run list = run("", "user", "list", "--data-dir", data.toString());
        assertThat(list.exit).as(list.err).isZero();
        assertThat(list.out).containsPattern("grace\\s+MEMBER\\s+enabled\\s+Grace Hopper")
                .containsPattern("admin\\s+ADMIN\\s+enabled\\s+Administrator")
                .doesNotContain("GRACE", "Other", "lin ", "bcrypt");
    }

    /** The role is taken in any case; a role that does not exist is refused (exit 2) naming the roles there are, storing nothing. */
    @Test
    void theRoleIsTakenInAnyCaseAndABadOneNamesTheAllowedRoles() {
        String[] typed = {"member", "MEMBER", "Member", " admin"};
        for (int i = 0; i < typed.length; i++) {
            Run added = run("person-password-1\n", "user", "add", "--username", "person" + i, "--display-name", "Person " + i,
                    "--role", typed[i], "--data-dir", data.toString());
            assertThat(added.exit).as(typed[i] + ": " + added.out + added.err).isZero();
            assertThat(added.out).contains("Created account person" + i + " (Person " + i + ", " + typed[i].strip().toUpperCase() + ")");
        }
        Run bad = run("person-password-1\n", "user", "add", "--username", "boss", "--display-name", "Boss", "--role", "owner",
                "--data-dir", data.toString());
        assertThat(bad.exit).isEqualTo(2);
        assertThat(bad.err).contains("--role", "'owner' is not a role; use one of ADMIN, MEMBER");
        Run list = run("", "user", "list", "--data-dir", data.toString());
        assertThat(list.out).containsPattern("person2\\s+MEMBER").containsPattern("person3\\s+ADMIN").doesNotContain("boss");
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String stdin, String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        InputStream in = System.in;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            int exit = Bearing.commandLine().execute(args);
            return new Run(exit, printed.toString(StandardCharsets.UTF_8), errors.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
            System.setIn(in);
        }
    }
}

package org.bearing.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Without BEARING_ADMIN_PASSWORD the first start generates the admin's password and prints it once. */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:admin;DB_CLOSE_DELAY=-1", "bearing.admin-password="})
@ExtendWith(OutputCaptureExtension.class)
class AdminAccountTest {
    @Autowired
    Accounts accounts;
    @Autowired
    AdminAccount adminAccount;
    @Autowired
    PasswordEncoder passwords;

    @Test
    void theGeneratedPasswordIsPrintedOnceStoredHashedAndWorks(CapturedOutput output) throws Exception {
        assertThat(accounts.any()).isTrue();
        assertThat(accounts.loadUserByUsername("admin").getPassword()).startsWith("{bcrypt}");
        int before = printed(output);
        adminAccount.run(null);
        assertThat(printed(output)).as("an existing admin is neither recreated nor printed").isEqualTo(before);

        javax.sql.DataSource empty = freshDatabase();
        Accounts freshAccounts = new Accounts(new org.bearing.identity.persistence.AccountStore(
                org.springframework.jdbc.core.simple.JdbcClient.create(empty)), passwords);
        AdminAccount firstStart = new AdminAccount(freshAccounts, "");
        firstStart.run(null);
        assertThat(printed(output)).as("the generated password is printed").isEqualTo(before + 1);
        Matcher m = Pattern.compile("with password (\\S+) \\(shown once").matcher(output.getOut());
        String password = null;
        while (m.find()) {
            password = m.group(1);
        }
        assertThat(password).hasSize(20);
        assertThat(passwords.matches(password, freshAccounts.loadUserByUsername("admin").getPassword())).isTrue();
        firstStart.run(null);
        assertThat(printed(output)).as("printed once only").isEqualTo(before + 1);
    }

    private static int printed(CapturedOutput output) {
        return output.getOut().split("created account 'admin' with password ", -1).length - 1;
    }

    private static javax.sql.DataSource freshDatabase() {
        var ds = new org.springframework.jdbc.datasource.DriverManagerDataSource("jdbc:h2:mem:admin-fresh;DB_CLOSE_DELAY=-1", "sa", "");
        org.flywaydb.core.Flyway.configure().dataSource(ds).load().migrate();
        return ds;
    }
}

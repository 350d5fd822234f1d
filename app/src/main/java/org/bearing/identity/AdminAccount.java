package org.bearing.identity;

import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Creates the {@code admin} account at the first start of an empty database. Its password is
 * {@code BEARING_ADMIN_PASSWORD} when set; otherwise one is generated and printed once, since it is never stored in clear.
 */
@Component
@Order(0)
class AdminAccount implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(AdminAccount.class);
    static final String USERNAME = "admin";
    private final Accounts accounts;
    private final String configuredPassword;

    AdminAccount(Accounts accounts, @Value("${bearing.admin-password:}") String configuredPassword) {
        this.accounts = accounts;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.any()) {
            return;
        }
        boolean generated = configuredPassword.isBlank();
        String password = generated ? generate() : configuredPassword;
        try {
            accounts.create(USERNAME, password, "Administrator", Role.ADMIN);
        } catch (DuplicateKeyException | org.bearing.platform.ConflictException raced) {
            return; // another instance created it at the same moment
        }
        if (generated) {
            System.out.println("\n=== Bearing: created account 'admin' with password " + password
                    + " (shown once; set BEARING_ADMIN_PASSWORD to choose it) ===\n");
        } else {
            log.info("Created account 'admin' with the password from BEARING_ADMIN_PASSWORD");
        }
    }

    private static String generate() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}

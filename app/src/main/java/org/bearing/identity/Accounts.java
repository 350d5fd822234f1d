package org.bearing.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.bearing.identity.persistence.AccountStore;
import org.bearing.platform.ConflictException;
import org.bearing.platform.NotFoundException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts and their personal API tokens. A token is {@code brg_} followed by 32 random bytes in base64url;
 * only its SHA-256 hash is stored, so a stolen database yields no usable token.
 */
@Service
@Transactional
public class Accounts implements UserDetailsService {
    static final String TOKEN_PREFIX = "brg_";
    private final AccountStore store;
    private final PasswordEncoder passwords;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();

    public Accounts(AccountStore store, PasswordEncoder passwords) {
        this.store = store;
        this.passwords = passwords;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AccountStore.Credentials c = store.byUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(c.account().username()).password(c.passwordHash()).roles(c.account().role().name())
                .disabled(!c.account().enabled()).build();
    }

    @Transactional(readOnly = true)
    public boolean any() {
        return store.count() > 0;
    }

    @Transactional(readOnly = true)
    public Optional<Account> account(String username) {
        return store.byUsername(username).map(AccountStore.Credentials::account);
    }

    /**
     * What a browser session is checked against on each request ({@link StaleSessionSignOut}): whether the account may
     * sign in, and a stamp that changes whenever its password is set (SHA-256 of the password hash, whose salt differs
     * at every encoding, so the hash itself stays in this module).
     */
    public record SessionStanding(boolean enabled, String credentialsStamp) {
    }

    /** The standing of the account named {@code username}; empty for an unknown account. */
    @Transactional(readOnly = true)
    public Optional<SessionStanding> sessionStanding(String username) {
        return store.byUsername(username).map(c -> new SessionStanding(c.account().enabled(), hash(c.passwordHash())));
    }

    /**
     * Creates an account without the administration rules: for the first administrator, whose password the operator
     * chose in {@code BEARING_ADMIN_PASSWORD}. Everyone else is created through {@link AccountAdministration}.
     */
    public Account create(String username, String rawPassword, String displayName, Role role) {
        if (store.byUsername(username).isPresent()) {
            throw new ConflictException("An account named '" + username + "' already exists", "username");
        }
        store.insert(username, passwords.encode(rawPassword), displayName, role);
        return account(username).orElseThrow();
    }

    public IssuedToken issueToken(String username, String name, Duration validFor) {
        Account a = account(username).orElseThrow(() -> new NotFoundException("Account", username));
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        long id = store.insertToken(a.id(), name, hash(secret), secret.substring(0, 12), now, validFor == null ? null : now.plus(validFor));
        return new IssuedToken(store.token(a.id(), id).orElseThrow(), secret);
    }

    @Transactional(readOnly = true)
    public List<ApiToken> tokens(String username) {
        return store.tokens(account(username).orElseThrow().id());
    }

    public void revokeToken(String username, long tokenId) {
        if (store.deleteToken(account(username).orElseThrow().id(), tokenId) == 0) {
            throw new NotFoundException("API token", tokenId);
        }
    }

    /** The account a presented token belongs to, when the token is known and unexpired. */
    public Optional<Account> authenticateToken(String secret) {
        if (secret == null || !secret.startsWith(TOKEN_PREFIX)) {
            return Optional.empty();
        }
        String h = hash(secret);
        Instant now = clock.instant();
        Optional<Account> account = store.accountForToken(h, now);
        account.ifPresent(a -> store.markUsed(h, now));
        return account;
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

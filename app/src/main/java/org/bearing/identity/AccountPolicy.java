package org.bearing.identity;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;
import org.bearing.platform.InvalidFieldException;
import org.bearing.platform.RuleViolationException;

/**
 * The rules of account administration, free of storage and HTTP so that they can be read and tested on their own:
 * <ul>
 *   <li>a username is 3–64 characters of ASCII letters, digits, {@code .}, {@code -} and {@code _}; two usernames
 *   that differ only in case are the same account ({@link #key});</li>
 *   <li>a display name is required (at most 200 characters);</li>
 *   <li>a password has at least {@value #MIN_PASSWORD_LENGTH} characters and at most {@value #MAX_PASSWORD_BYTES}
 *   bytes in UTF-8 (BCrypt reads no further, so a longer one would be silently cut);</li>
 *   <li>the installation always keeps one enabled {@link Role#ADMIN}: the last one can be neither disabled nor
 *   demoted, or nobody could administer accounts again;</li>
 *   <li>an administrator does not disable their own account (another administrator does), so nobody locks
 *   themselves out by a slip of the mouse.</li>
 * </ul>
 */
public final class AccountPolicy {
    public static final int MIN_USERNAME_LENGTH = 3;
    public static final int MAX_USERNAME_LENGTH = 64;
    public static final int MIN_PASSWORD_LENGTH = 12;
    public static final int MAX_PASSWORD_BYTES = 72;
    static final int MAX_DISPLAY_NAME_LENGTH = 200;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]+");

    private AccountPolicy() {
    }

    /** The username as it will be stored (surrounding blanks removed), or a refusal naming {@code username}. */
    public static String username(String raw) {
        String u = raw == null ? "" : raw.strip();
        if (u.isEmpty()) {
            throw new InvalidFieldException("username", "username is required");
        }
        if (u.length() < MIN_USERNAME_LENGTH || u.length() > MAX_USERNAME_LENGTH) {
            throw new InvalidFieldException("username", "username must be " + MIN_USERNAME_LENGTH + "–" + MAX_USERNAME_LENGTH
                    + " characters long; '" + u + "' has " + u.length());
        }
        if (!USERNAME.matcher(u).matches()) {
            throw new InvalidFieldException("username", "username may contain only letters a–z and A–Z, digits, '.', '-' and '_'; got '"
                    + u + "'");
        }
        return u;
    }

    /** The case-insensitive identity of a username: two usernames with the same key are one account. */
    public static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    /** The display name as it will be stored, or a refusal naming {@code displayName}. */
    public static String displayName(String raw) {
        String d = raw == null ? "" : raw.strip();
        if (d.isEmpty()) {
            throw new InvalidFieldException("displayName", "displayName is required (the name shown to others, e.g. 'Ada Lovelace')");
        }
        if (d.length() > MAX_DISPLAY_NAME_LENGTH) {
            throw new InvalidFieldException("displayName", "displayName must be at most " + MAX_DISPLAY_NAME_LENGTH + " characters");
        }
        return d;
    }

    /** Refuses a password that is too short or too long, naming {@code field}; the password itself is never echoed. */
    public static void password(String field, String password) {
        if (password == null || password.isEmpty()) {
            throw new InvalidFieldException(field, field + " is required");
        }
        if (password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
            throw new InvalidFieldException(field, field + " must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new InvalidFieldException(field, field + " must be at most " + MAX_PASSWORD_BYTES + " bytes long (UTF-8)");
        }
    }

    /**
     * Checks that {@code account} may become ({@code role}, {@code enabled}) when {@code enabledAdmins} are the
     * usernames of every enabled administrator, and that {@code by} is not disabling their own account.
     */
    public static void requireChangeAllowed(Account account, Role role, boolean enabled, Collection<String> enabledAdmins, String by) {
        if (!enabled && account.enabled() && by != null && key(by).equals(key(account.username()))) {
            throw new RuleViolationException("own-account", "enabled", "you cannot disable your own account; another administrator can");
        }
        boolean staysAdmin = role == Role.ADMIN && enabled;
        boolean isEnabledAdmin = account.role() == Role.ADMIN && account.enabled();
        if (isEnabledAdmin && !staysAdmin) {
            boolean another = enabledAdmins.stream().anyMatch(u -> !key(u).equals(key(account.username())));
            if (!another) {
                throw new RuleViolationException("last-admin", role != Role.ADMIN ? "role" : "enabled",
                        "'" + account.username() + "' is the last enabled administrator: make another account ADMIN before "
                                + (role != Role.ADMIN ? "demoting" : "disabling") + " it");
            }
        }
    }
}

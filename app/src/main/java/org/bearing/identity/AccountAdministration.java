package org.bearing.identity;

import java.util.List;
import org.bearing.identity.AccountEvent.AccountCreated;
import org.bearing.identity.AccountEvent.AccountDisabled;
import org.bearing.identity.AccountEvent.AccountEnabled;
import org.bearing.identity.AccountEvent.AccountRoleChanged;
import org.bearing.identity.AccountEvent.PasswordChanged;
import org.bearing.identity.AccountEvent.PasswordReset;
import org.bearing.identity.persistence.AccountStore;
import org.bearing.platform.ConflictException;
import org.bearing.platform.InvalidFieldException;
import org.bearing.platform.NotFoundException;
import org.bearing.platform.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account administration as an administrator does it (create accounts, change roles, disable and enable, reset
 * passwords) and the one thing every user does for themselves (change their own password, proving the current one).
 * Every change is one transaction checked against {@link AccountPolicy} before anything is written, so a refused
 * change stores nothing. Who may call which operation (administrators only, except {@link #changeOwnPassword}) is
 * enforced by the security rules of the web and API.
 */
@Service
@Transactional
public class AccountAdministration {
    private final AccountStore store;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;

    public AccountAdministration(AccountStore store, PasswordEncoder passwords, ApplicationEventPublisher events) {
        this.store = store;
        this.passwords = passwords;
        this.events = events;
    }

    /** What an administrator fills in to create an account. */
    public record NewAccount(String username, String displayName, Role role, String password) {
    }

    /** The new state of an account's administered fields; a null field keeps its current value. */
    public record AccountChange(String displayName, Role role, Boolean enabled) {
    }

    @Transactional(readOnly = true)
    public List<Account> accounts() {
        return store.all();
    }

    /** The account named {@code username} in any case. */
    @Transactional(readOnly = true)
    public Account account(String username) {
        return store.byUsername(username == null ? "" : username).map(AccountStore.Credentials::account)
                .orElseThrow(() -> new NotFoundException("Account", username));
    }

    public Account create(NewAccount draft, String by) {
        String username = AccountPolicy.username(draft.username());
        String displayName = AccountPolicy.displayName(draft.displayName());
        if (draft.role() == null) {
            throw new InvalidFieldException("role", "role is required: ADMIN or MEMBER");
        }
        AccountPolicy.password("password", draft.password());
        store.byUsername(username).ifPresent(existing -> {
            throw new ConflictException("An account named '" + existing.account().username() + "' already exists"
                    + (existing.account().username().equals(username) ? "" : " (usernames ignore case)"), "username");
        });
        store.insert(username, passwords.encode(draft.password()), displayName, draft.role());
        events.publishEvent(new AccountCreated(username, draft.role(), by));
        return account(username);
    }

    /** Changes the display name, role and enabled flag, refusing to leave the installation without an enabled admin. */
    public Account change(String username, AccountChange change, String by) {
        Account current = account(username);
        String displayName = change.displayName() == null ? current.displayName() : AccountPolicy.displayName(change.displayName());
        Role role = change.role() == null ? current.role() : change.role();
        boolean enabled = change.enabled() == null ? current.enabled() : change.enabled();
        AccountPolicy.requireChangeAllowed(current, role, enabled, store.lockEnabledAdmins(), by);
        store.update(current.id(), displayName, role, enabled);
        if (role != current.role()) {
            events.publishEvent(new AccountRoleChanged(current.username(), current.role(), role, by));
        }
        if (enabled != current.enabled()) {
            events.publishEvent(enabled ? new AccountEnabled(current.username(), by) : new AccountDisabled(current.username(), by));
        }
        return account(current.username());
    }

    /**
     * An administrator sets a new password for an account (e.g. one whose owner forgot it, or whose password leaked).
     * The account's API tokens are revoked with it: a token issued under the old password would otherwise keep working
     * for whoever holds it, which is exactly what a reset after a leak must stop.
     */
    public void resetPassword(String username, String newPassword, String by) {
        Account account = account(username);
        AccountPolicy.password("password", newPassword);
        store.updatePassword(account.id(), passwords.encode(newPassword));
        store.deleteTokens(account.id());
        events.publishEvent(new PasswordReset(account.username(), by));
    }

    /**
     * The signed-in user changes their own password; the current one must be given and right. Their API tokens are
     * revoked with it, as on {@link #resetPassword} (new tokens are issued on the account page or {@code /api/v1/me/tokens}).
     */
    public void changeOwnPassword(String username, String currentPassword, String newPassword) {
        AccountStore.Credentials credentials = store.byUsername(username).orElseThrow(() -> new NotFoundException("Account", username));
        if (currentPassword == null || currentPassword.isEmpty()) {
            throw new InvalidFieldException("currentPassword", "currentPassword is required");
        }
        if (!passwords.matches(currentPassword, credentials.passwordHash())) {
            throw new RuleViolationException("wrong-password", "currentPassword", "currentPassword is not your current password");
        }
        AccountPolicy.password("newPassword", newPassword);
        if (newPassword.equals(currentPassword)) {
            throw new InvalidFieldException("newPassword", "newPassword must differ from the current password");
        }
        store.updatePassword(credentials.account().id(), passwords.encode(newPassword));
        store.deleteTokens(credentials.account().id());
        events.publishEvent(new PasswordChanged(credentials.account().username()));
    }
}

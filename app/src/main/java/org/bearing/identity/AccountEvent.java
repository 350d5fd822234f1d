package org.bearing.identity;

/**
 * What happened to an account, published after the change is stored. {@code by} is the username of who made the
 * change ({@code cli} for the command line); passwords never appear in an event.
 */
public sealed interface AccountEvent {
    String username();

    record AccountCreated(String username, Role role, String by) implements AccountEvent {
    }

    record AccountRoleChanged(String username, Role from, Role to, String by) implements AccountEvent {
    }

    record AccountDisabled(String username, String by) implements AccountEvent {
    }

    record AccountEnabled(String username, String by) implements AccountEvent {
    }

    /** An administrator set a new password for someone else's account. */
    record PasswordReset(String username, String by) implements AccountEvent {
    }

    /** The owner changed their own password, proving the current one. */
    record PasswordChanged(String username) implements AccountEvent {
    }
}

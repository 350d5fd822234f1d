package org.bearing.identity.web;

import java.util.List;
import java.util.Map;
import org.bearing.identity.Account;
import org.bearing.identity.Role;

/**
 * What the account pages show: the accounts (administration page) or the signed-in account (own page), the text the
 * user typed into a refused form (never a password) and the message for each field, keyed {@code form.field}
 * ({@code new.username}, {@code ada.role}, {@code own.currentPassword}), and a confirmation after a change.
 */
public record AccountsView(List<Account> accounts, Account me, Map<String, String> values, Map<String, String> errors, String saved) {

    public List<Role> roles() {
        return List.of(Role.values());
    }

    public String value(String form, String field) {
        return values.getOrDefault(form + "." + field, "");
    }

    public String error(String key) {
        return errors.get(key);
    }
}

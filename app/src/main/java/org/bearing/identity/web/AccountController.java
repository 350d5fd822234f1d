package org.bearing.identity.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.security.Principal;
import java.util.List;
import org.bearing.identity.Account;
import org.bearing.identity.AccountAdministration;
import org.bearing.identity.AccountAdministration.AccountChange;
import org.bearing.identity.AccountAdministration.NewAccount;
import org.bearing.identity.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Account administration ({@code /api/v1/accounts}, administrators only: the security rules answer 403 to anyone
 * else) and the caller's own password ({@code /api/v1/account/password}). Accounts are returned without their
 * password hashes, which never leave the identity module.
 */
@RestController
class AccountController {
    private final AccountAdministration administration;

    AccountController(AccountAdministration administration) {
        this.administration = administration;
    }

    /** A new account; the password is checked by the account policy (at least 12 characters). */
    record CreateRequest(String username, String displayName, Role role, String password) {
    }

    /** The administered fields of an account, all required (PUT replaces them). */
    record UpdateRequest(@NotNull String displayName, @NotNull Role role, @NotNull Boolean enabled) {
    }

    record PasswordReset(String password) {
    }

    record PasswordChange(String currentPassword, String newPassword) {
    }

    @GetMapping("/api/v1/accounts")
    List<Account> list() {
        return administration.accounts();
    }

    @PostMapping("/api/v1/accounts")
    ResponseEntity<Account> create(@RequestBody CreateRequest request, Principal principal) {
        Account created = administration.create(new NewAccount(request.username(), request.displayName(), request.role(),
                request.password()), principal.getName());
        return ResponseEntity.created(java.net.URI.create("/api/v1/accounts/" + created.username())).body(created);
    }

    @GetMapping("/api/v1/accounts/{username}")
    Account get(@PathVariable String username) {
        return administration.account(username);
    }

    @PutMapping("/api/v1/accounts/{username}")
    Account update(@PathVariable String username, @Valid @RequestBody UpdateRequest request, Principal principal) {
        return administration.change(username, new AccountChange(request.displayName(), request.role(), request.enabled()),
                principal.getName());
    }

    @PostMapping("/api/v1/accounts/{username}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void resetPassword(@PathVariable String username, @RequestBody PasswordReset request, Principal principal) {
        administration.resetPassword(username, request.password(), principal.getName());
    }

    @PostMapping("/api/v1/account/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changeOwnPassword(@RequestBody PasswordChange request, Principal principal) {
        administration.changeOwnPassword(principal.getName(), request.currentPassword(), request.newPassword());
    }
}

package org.bearing.identity.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.Duration;
import java.util.List;
import org.bearing.identity.Account;
import org.bearing.identity.Accounts;
import org.bearing.identity.ApiToken;
import org.bearing.identity.IssuedToken;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's account and personal API tokens. */
@RestController
@RequestMapping("/api/v1/me")
class TokenController {
    private final Accounts accounts;

    TokenController(Accounts accounts) {
        this.accounts = accounts;
    }

    /** What a client sends to create a token; without {@code validDays} it does not expire. */
    record TokenRequest(@NotBlank @Size(max = 100) String name, @Min(1) @Max(3650) Integer validDays) {
    }

    @GetMapping
    Account me(Principal principal) {
        return accounts.account(principal.getName()).orElseThrow();
    }

    @GetMapping("/tokens")
    List<ApiToken> tokens(Principal principal) {
        return accounts.tokens(principal.getName());
    }

    @PostMapping("/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    IssuedToken create(Principal principal, @Valid @RequestBody TokenRequest request) {
        return accounts.issueToken(principal.getName(), request.name(),
                request.validDays() == null ? null : Duration.ofDays(request.validDays()));
    }

    @DeleteMapping("/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(Principal principal, @PathVariable long id) {
        accounts.revokeToken(principal.getName(), id);
    }
}

package org.bearing.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bearing.identity.Account;
import org.bearing.identity.AccountAdministration;
import org.bearing.identity.AccountAdministration.AccountChange;
import org.bearing.identity.AccountAdministration.NewAccount;
import org.bearing.identity.Accounts;
import org.bearing.identity.Role;
import org.bearing.identity.StaleSessionSignOut;
import org.bearing.platform.ConflictException;
import org.bearing.platform.InvalidFieldException;
import org.bearing.platform.NotFoundException;
import org.bearing.platform.RuleViolationException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The account pages: {@code /admin/accounts} for administrators (the security rules keep everyone else out) lists the
 * accounts with a form to create one and, per row, role change, disable/enable and password reset; {@code /account}
 * lets anyone change their own password. A refused form re-renders with the message next to its field (400) and
 * nothing stored; a done one redirects with a confirmation.
 */
@Controller
class AccountPages {
    private static final String NEW = "new";
    private static final String OWN = "own";
    private final AccountAdministration administration;
    private final Accounts accounts;

    AccountPages(AccountAdministration administration, Accounts accounts) {
        this.administration = administration;
        this.accounts = accounts;
    }

    @GetMapping("/admin/accounts")
    String accounts(CsrfToken csrf, Model model) {
        return renderAccounts(Map.of(), Map.of(), csrf, model);
    }

    @PostMapping("/admin/accounts")
    String create(@RequestParam Map<String, String> form, Principal who, CsrfToken csrf, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        Role role = role(form.get("role"), NEW, errors);
        if (errors.isEmpty()) {
            try {
                Account a = administration.create(new NewAccount(form.get("username"), form.get("displayName"), role, form.get("password")),
                        who.getName());
                return done(redirect, "Created " + a.username() + " (" + a.role() + ").", "/admin/accounts");
            } catch (InvalidFieldException | RuleViolationException | ConflictException e) {
                errors.put(NEW + "." + field(e), e.getMessage());
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String f : List.of("username", "displayName", "role")) {
            values.put(NEW + "." + f, form.getOrDefault(f, ""));
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return renderAccounts(values, errors, csrf, model);
    }

    @PostMapping("/admin/accounts/{username}/role")
    String changeRole(@PathVariable String username, @RequestParam Map<String, String> form, Principal who, CsrfToken csrf, Model model,
                      RedirectAttributes redirect, HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        Role role = role(form.get("role"), username, errors);
        if (errors.isEmpty()) {
            try {
                Account a = administration.change(username, new AccountChange(null, role, null), who.getName());
                return done(redirect, a.username() + " is now " + a.role() + ".", "/admin/accounts");
            } catch (InvalidFieldException | RuleViolationException e) {
                errors.put(username + ".role", e.getMessage());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return renderAccounts(Map.of(), errors, csrf, model);
    }

    @PostMapping("/admin/accounts/{username}/enabled")
    String enable(@PathVariable String username, @RequestParam(defaultValue = "") String enabled, Principal who, CsrfToken csrf,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            if (!enabled.equals("true") && !enabled.equals("false")) {
                throw new InvalidFieldException("enabled", "Choose enable or disable.");
            }
            Account a = administration.change(username, new AccountChange(null, null, Boolean.valueOf(enabled)), who.getName());
            return done(redirect, a.username() + (a.enabled() ? " is enabled." : " is disabled: it can no longer sign in."), "/admin/accounts");
        } catch (InvalidFieldException | RuleViolationException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return renderAccounts(Map.of(), Map.of(username + ".enabled", e.getMessage()), csrf, model);
        }
    }

    @PostMapping("/admin/accounts/{username}/password")
    String resetPassword(@PathVariable String username, @RequestParam(defaultValue = "") String password, Principal who, CsrfToken csrf,
                         Model model, RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        try {
            administration.resetPassword(username, password, who.getName());
            // an administrator resetting their own password keeps this session; their other sessions end
            StaleSessionSignOut.keepSignedIn(request, accounts);
            return done(redirect, "Set a new password for " + administration.account(username).username()
                    + "; their API tokens are revoked.", "/admin/accounts");
        } catch (InvalidFieldException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return renderAccounts(Map.of(), Map.of(username + ".password", e.getMessage()), csrf, model);
        }
    }

    @GetMapping("/account")
    String own(Principal who, CsrfToken csrf, Model model) {
        return renderOwn(who, Map.of(), csrf, model);
    }

    @PostMapping("/account/password")
    String changeOwnPassword(@RequestParam Map<String, String> form, Principal who, CsrfToken csrf, Model model,
                             RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        String next = form.getOrDefault("newPassword", "");
        Map<String, String> errors = new LinkedHashMap<>();
        if (!next.equals(form.getOrDefault("confirmPassword", ""))) {
            errors.put(OWN + ".confirmPassword", "The two new passwords differ; type the same one twice.");
        } else {
            try {
                administration.changeOwnPassword(who.getName(), form.getOrDefault("currentPassword", ""), next);
                StaleSessionSignOut.keepSignedIn(request, accounts);
                return done(redirect, "Your password is changed; use it from now on. Your API tokens are revoked; issue new ones (POST /api/v1/me/tokens).", "/account");
            } catch (InvalidFieldException | RuleViolationException e) {
                errors.put(OWN + "." + field(e), e.getMessage());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return renderOwn(who, errors, csrf, model);
    }

    private static String done(RedirectAttributes redirect, String message, String to) {
        redirect.addFlashAttribute("saved", message);
        return "redirect:" + to;
    }

    private static Role role(String raw, String form, Map<String, String> errors) {
        try {
            return Role.valueOf(raw == null ? "" : raw);
        } catch (IllegalArgumentException e) {
            errors.put(form + ".role", "Choose a role: ADMIN or MEMBER.");
            return null;
        }
    }

    private static String field(RuntimeException e) {
        String f = e instanceof InvalidFieldException i ? i.field() : e instanceof RuleViolationException r ? r.field()
                : e instanceof ConflictException c ? c.field() : e instanceof NotFoundException n ? n.field() : null;
        return f == null ? "username" : f;
    }

    private String renderAccounts(Map<String, String> values, Map<String, String> errors, CsrfToken csrf, Model model) {
        model.addAttribute("view", new AccountsView(administration.accounts(), null, values, errors, saved(model)));
        model.addAttribute("csrf", csrf);
        return "identity/accounts";
    }

    private String renderOwn(Principal who, Map<String, String> errors, CsrfToken csrf, Model model) {
        model.addAttribute("view", new AccountsView(List.of(), administration.account(who.getName()), Map.of(), errors, saved(model)));
        model.addAttribute("csrf", csrf);
        return "identity/account";
    }

    private static String saved(Model model) {
        return model.getAttribute("saved") instanceof String s ? s : null;
    }
}

package org.bearing.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a browser session that no longer stands: its account was disabled after it signed in, or the account's password
 * was reset or changed since (the login form refuses both, but a session opened before would otherwise live on until it
 * expires, which is what a reset after a leak must stop). Sends the browser to the sign-in page.
 * <p>
 * A session remembers the account's credentials stamp ({@link Accounts.SessionStanding#credentialsStamp()}) from
 * its sign-in; a different stamp later means the password was set since. The session that set the password itself is
 * re-stamped ({@link #keepSignedIn}), so only the account's other sessions end.
 */
public final class StaleSessionSignOut extends OncePerRequestFilter {
    static final String CREDENTIALS = StaleSessionSignOut.class.getName() + ".credentials";
    private final Accounts accounts;

    StaleSessionSignOut(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = SignedIn.username();
        Optional<Accounts.SessionStanding> standing = username == null ? Optional.empty() : accounts.sessionStanding(username);
        if (standing.isPresent() && !stands(standing.get(), request.getSession(false))) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + "/login?error");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean stands(Accounts.SessionStanding standing, HttpSession session) {
        if (!standing.enabled()) {
            return false;
        }
        if (session == null) {
            return true;
        }
        Object seen = session.getAttribute(CREDENTIALS);
        if (seen == null) {
            // A session signed in by a path that does not stamp it (or before stamps existed) starts from now.
            session.setAttribute(CREDENTIALS, standing.credentialsStamp());
            return true;
        }
        return seen.equals(standing.credentialsStamp());
    }

    /**
     * Keeps the current browser session signed in after its own account's password was set on this request: it
     * takes the new stamp, so only the account's other sessions end.
     */
    public static void keepSignedIn(HttpServletRequest request, Accounts accounts) {
        HttpSession session = request.getSession(false);
        String username = SignedIn.username();
        if (session != null && username != null) {
            accounts.sessionStanding(username).ifPresent(s -> session.setAttribute(CREDENTIALS, s.credentialsStamp()));
        }
    }

    /** Stamps the session at sign-in, then goes on as {@code next} does. */
    static AuthenticationSuccessHandler stampingSignIn(Accounts accounts, AuthenticationSuccessHandler next) {
        return (request, response, authentication) -> {
            HttpSession session = request.getSession(false);
            if (session != null) {
                accounts.sessionStanding(authentication.getName())
                        .ifPresent(s -> session.setAttribute(CREDENTIALS, s.credentialsStamp()));
            }
            next.onAuthenticationSuccess(request, response, authentication);
        };
    }
}

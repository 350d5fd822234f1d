package org.bearing.identity;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is signed in on the current request, for page templates that every module shares (the layout's navigation
 * shows administration links to administrators only). Answers "nobody" outside a request.
 */
public final class SignedIn {
    private SignedIn() {
    }

    /** The signed-in username, or null when nobody is signed in. */
    public static String username() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken ? null : auth.getName();
    }

    /** Whether the signed-in user has the {@link Role#ADMIN} role. */
    public static boolean admin() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return username() != null && auth.getAuthorities().stream().anyMatch(a -> ("ROLE_" + Role.ADMIN.name()).equals(a.getAuthority()));
    }
}

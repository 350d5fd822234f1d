package org.bearing.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates {@code Authorization: Bearer brg_...} requests with a personal API token. */
final class ApiTokenAuthentication extends OncePerRequestFilter {
    private final Accounts accounts;
    private final AuthenticationEntryPoint unauthorized;

    ApiTokenAuthentication(Accounts accounts, AuthenticationEntryPoint unauthorized) {
        this.accounts = accounts;
        this.unauthorized = unauthorized;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Account> account = accounts.authenticateToken(header.substring(7).trim());
        if (account.isEmpty()) {
            unauthorized.commence(request, response, new BadCredentialsException("Unknown or expired API token"));
            return;
        }
        Account a = account.get();
        var auth = UsernamePasswordAuthenticationToken.authenticated(a.username(), null,
                List.of(new SimpleGrantedAuthority("ROLE_" + a.role().name())));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}

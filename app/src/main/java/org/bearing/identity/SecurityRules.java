package org.bearing.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.bearing.platform.ApiProblems;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Two chains. The API ({@code /api/**}) is stateless: every request authenticates with HTTP Basic or a personal API
 * token, so there is no session cookie to forge and CSRF protection is not needed there. Everything else is the browser
 * application: form login, a session, and CSRF protection on every form. Account administration
 * ({@code /api/v1/accounts/**}, {@code /admin/**}) is for administrators only; a session whose account was disabled,
 * or whose password was reset or changed, since it signed in is ended at its next request ({@link StaleSessionSignOut}).
 */
@Configuration
@ConditionalOnWebApplication
class SecurityRules {

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, Accounts accounts) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> problem(request, response,
                "Authentication required: send HTTP Basic credentials or 'Authorization: Bearer <API token>'");
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/v1/accounts", "/api/v1/accounts/**").hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .httpBasic(b -> b.authenticationEntryPoint(unauthorized))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler((request, response, denied) ->
                        ApiProblems.write(request, response, HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                                "Only an administrator (role ADMIN) may do this")))
                .addFilterBefore(new ApiTokenAuthentication(accounts, unauthorized), BasicAuthenticationFilter.class)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain browser(HttpSecurity http, Accounts accounts) throws Exception {
        return http
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
                                "/swagger-ui.html", "/swagger-ui/**", "/error", "/css/**", "/js/**", "/webjars/**").permitAll()
                        .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .addFilterBefore(new StaleSessionSignOut(accounts), AuthorizationFilter.class)
                // The error page tells a form whose CSRF token went stale from a page the account may not open.
                .exceptionHandling(e -> e.accessDeniedHandler((request, response, denied) -> {
                    request.setAttribute(WebAttributes.ACCESS_DENIED_403, denied);
                    response.sendError(HttpServletResponse.SC_FORBIDDEN);
                }))
                .formLogin(f -> f.successHandler(StaleSessionSignOut.stampingSignIn(accounts, new SavedRequestAwareAuthenticationSuccessHandler())))
                .httpBasic(Customizer.withDefaults())
                .build();
    }

    /**
     * A URL the firewall refuses (an empty segment as in {@code /api/v1/cost-entries//decision}, encoded slashes, ...)
     * is answered through the error page with the firewall's reason, so that it is a problem document under
     * {@code /api/} and a Bearing page elsewhere, not the container's bare 400.
     */
    @Bean
    RequestRejectedHandler refusedUrl() {
        return (request, response, e) -> response.sendError(HttpServletResponse.SC_BAD_REQUEST,
                "The URL was refused: " + String.valueOf(e.getMessage()).replace("The request was rejected because the URL ", "it "));
    }

    private static void problem(HttpServletRequest request, HttpServletResponse response, String detail) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Bearing\", Bearer realm=\"Bearing\"");
        ApiProblems.write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated", "Unauthenticated", detail);
    }
}

package org.bearing.identity;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Two chains. The API ({@code /api/**}) is stateless: every request authenticates with HTTP Basic or a personal API
 * token, so there is no session cookie to forge and CSRF protection is not needed there. Everything else is the browser
 * application: form login, a session, and CSRF protection on every form. Account administration
 * ({@code /api/v1/accounts/**}, {@code /admin/**}) is for administrators only; a session whose account was disabled
 * since it signed in is ended at its next request.
 */
@Configuration
@ConditionalOnWebApplication
class SecurityRules {

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, Accounts accounts) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> problem(response,
                "Authentication required: send HTTP Basic credentials or 'Authorization: Bearer <API token>'");
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/v1/accounts", "/api/v1/accounts/**").hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .httpBasic(b -> b.authenticationEntryPoint(unauthorized))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler((request, response, denied) ->
                        problem(response, HttpServletResponse.SC_FORBIDDEN, "forbidden", "Forbidden",
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
                .addFilterBefore(new DisabledAccountSignOut(accounts), AuthorizationFilter.class)
                .formLogin(Customizer.withDefaults())
                .httpBasic(Customizer.withDefaults())
                .build();
    }

    static void problem(HttpServletResponse response, String detail) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Bearing\", Bearer realm=\"Bearing\"");
        problem(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthenticated", "Unauthenticated", detail);
    }

    private static void problem(HttpServletResponse response, int status, String type, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("{\"type\":\"https://bearing.dev/problems/" + type + "\",\"title\":\"" + title + "\","
                + "\"status\":" + status + ",\"detail\":\"" + detail.replace("\"", "'") + "\"}");
    }
}

package org.bearing.interop.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns back an Import page upload whose Content-Length is over the multipart limit, before the CSRF check reads the
 * body: otherwise the servlet container fails the parse and answers with its own bare 413 page. The browser is sent
 * to the Import page with a message (303, so it asks with GET); the API keeps its problem+json 413.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class UploadLimit extends OncePerRequestFilter {
    static final String TOO_LARGE = "too-large";
    private final long maxRequestBytes;

    UploadLimit(@Value("${spring.servlet.multipart.max-request-size:50MB}") DataSize maxRequestBytes,
                @Value("${spring.servlet.multipart.max-file-size:50MB}") DataSize maxFileBytes) {
        // A negative request size (-1, the default configuration) means no request limit, only the file limit: the
        // request may then carry the file plus the multipart envelope, for which 64 KB is ample.
        this.maxRequestBytes = maxRequestBytes.toBytes() >= 0 ? maxRequestBytes.toBytes() : maxFileBytes.toBytes() + 64 * 1024;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !"/import".equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxRequestBytes) {
            response.setStatus(HttpStatus.SEE_OTHER.value());
            response.setHeader("Location", "/import?error=" + TOO_LARGE);
            response.setHeader("Connection", "close"); // the body is not read; do not reuse the connection for it
            return;
        }
        chain.doFilter(request, response);
    }
}

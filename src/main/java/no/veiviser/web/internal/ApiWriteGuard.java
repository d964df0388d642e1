package no.veiviser.web.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import no.veiviser.shared.ErrorCode;
import no.veiviser.shared.Problems;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * A state-changing API call must say it is one: a JSON content type, or the header
 * {@code X-Requested-With} (for file uploads). A browser that holds someone's HTTP Basic credentials
 * sends neither with a cross-site form, so such a form cannot act in her name (CSRF); the API has no
 * CSRF token, being stateless. It runs after sign-in and before the idempotency filter, so a refused
 * call claims no key.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class ApiWriteGuard extends OncePerRequestFilter {

    static final String HEADER = "X-Requested-With";
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    ApiWriteGuard(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || !WRITES.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (declaresItself(request)) {
            chain.doFilter(request, response);
            return;
        }
        Problems.write(response, Problems.of(ErrorCode.API_WRITE_UNDECLARED, messages, locales.resolveLocale(request),
                request.getRequestURI()), json);
    }

    private static boolean declaresItself(HttpServletRequest request) {
        String contentType = request.getContentType();
        boolean json = contentType != null && (contentType.startsWith("application/json")
                || contentType.matches("application/[\\w.+-]+\\+json.*"));
        String header = request.getHeader(HEADER);
        return json || (header != null && !header.isBlank());
    }
}

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
    /** The largest JSON body: a five-year record to evaluate is some tens of kilobytes. */
    static final long LARGEST_JSON_BODY = 1024 * 1024;
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
        ErrorCode refusal = !declaresItself(request) ? ErrorCode.API_WRITE_UNDECLARED
                : isMultipart(request) ? null
                : request.getContentLengthLong() > LARGEST_JSON_BODY ? ErrorCode.JSON_BODY_TOO_LARGE
                : request.getContentLengthLong() < 0 && isChunked(request) ? ErrorCode.JSON_BODY_LENGTH_REQUIRED
                : null;
        if (refusal == null) {
            chain.doFilter(request, response);
            return;
        }
        Problems.write(response, Problems.of(refusal, messages, locales.resolveLocale(request),
                request.getRequestURI()), json);
    }

    /** A body of unknown length would have to be read before its size is known; the API asks for the length. */
    private static boolean isChunked(HttpServletRequest request) {
        String encoding = request.getHeader("Transfer-Encoding");
        return encoding != null && encoding.toLowerCase(java.util.Locale.ROOT).contains("chunked");
    }

    /** Uploads have their own limit (spring.servlet.multipart); every other body is held to the JSON one. */
    private static boolean isMultipart(HttpServletRequest request) {
        String contentType = request.getContentType();
        return contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }

    private static boolean isJson(HttpServletRequest request) {
        String contentType = request.getContentType();
        return contentType != null && (contentType.startsWith("application/json")
                || contentType.matches("application/[\\w.+-]+\\+json.*"));
    }

    private static boolean declaresItself(HttpServletRequest request) {
        String header = request.getHeader(HEADER);
        return isJson(request) || (header != null && !header.isBlank());
    }
}

package no.veiviser.web.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import no.veiviser.shared.ErrorCode;
import no.veiviser.shared.Hashes;
import no.veiviser.shared.Problems;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes state-changing API calls safe to retry: the first call with an {@code Idempotency-Key} runs
 * and its answer is remembered for the caller; a retry with the same key and the same request gets
 * that answer again (header {@code Idempotency-Replayed: true}) without doing anything. The same key
 * with a different request is refused (422). The claim on the key, the call's own writes and its
 * remembered answer are one transaction: a call that is refused or fails, or whose process dies,
 * leaves nothing behind, not even the claim, so its retry runs; a retry while the first call is still
 * running waits for it and then gets its answer. Runs after Spring Security, so keys belong to the
 * authenticated caller.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final IdempotencyStore store;
    private final TransactionTemplate transactions;
    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    IdempotencyFilter(IdempotencyStore store, PlatformTransactionManager transactionManager, MessageSource messages,
                      LocaleResolver locales, JsonMapper json) {
        this.store = store;
        this.transactions = new TransactionTemplate(transactionManager);
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    /**
     * A larger answer is not kept: its replay has the status and Location without the body (a write's
     * answer is the thing written, a few kilobytes; the body is fetched again from Location).
     */
    static final int LARGEST_KEPT_ANSWER = 64 * 1024;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || !WRITES.contains(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        String key = request.getHeader(HEADER).trim();
        if (caller == null || !caller.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        if (key.isEmpty() || key.length() > 255) {
            problem(request, response, ErrorCode.IDEMPOTENCY_KEY_INVALID);
            return;
        }
        var body = new CachedBodyRequest(request);
        String owner = caller.getName();
        String hash = fingerprint(body);
        var recorded = new ContentCachingResponseWrapper(response);
        boolean first;
        try {
            first = Boolean.TRUE.equals(transactions.execute(status -> runFirst(body, recorded, chain, owner, key, hash,
                    status)));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (UncheckedServletException e) {
            throw (ServletException) e.getCause();
        }
        if (first) {
            recorded.copyBodyToResponse();
            return;
        }
        Optional<IdempotencyStore.StoredResponse> earlier = store.find(owner, key);
        if (earlier.isEmpty() || !earlier.get().finished()) {
            problem(request, response, ErrorCode.IDEMPOTENCY_IN_PROGRESS);
        } else if (!earlier.get().requestHash().equals(hash)) {
            problem(request, response, ErrorCode.IDEMPOTENCY_KEY_REUSED);
        } else {
            replay(earlier.get(), response);
        }
    }

    /**
     * Claims the key and runs the call in one transaction, which the services' transactions join. A
     * successful answer is remembered in it; anything else rolls back the call's writes and the claim.
     * False when the key was already used (a concurrent first call is waited for by the claim's insert).
     */
    private boolean runFirst(HttpServletRequest request, ContentCachingResponseWrapper recorded, FilterChain chain,
                             String owner, String key, String hash, TransactionStatus status) {
        if (!store.claim(owner, key, hash)) {
            return false;
        }
        try {
            chain.doFilter(request, recorded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ServletException e) {
            throw new UncheckedServletException(e);
        }
        if (recorded.getStatus() < 400 && !status.isRollbackOnly()) {
            byte[] answer = recorded.getContentAsByteArray();
            store.complete(owner, key, recorded.getStatus(), recorded.getContentType(),
                    answer.length <= LARGEST_KEPT_ANSWER ? answer : null, recorded.getHeader(HttpHeaders.LOCATION));
        } else {
            status.setRollbackOnly();
        }
        return true;
    }

    /** Carries a servlet exception out of the transaction callback. */
    private static final class UncheckedServletException extends RuntimeException {
        UncheckedServletException(ServletException cause) {
            super(cause);
        }
    }

    private static void replay(IdempotencyStore.StoredResponse earlier, HttpServletResponse response) throws IOException {
        response.setStatus(earlier.status());
        response.setHeader("Idempotency-Replayed", "true");
        if (earlier.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, earlier.location());
        }
        if (earlier.contentType() != null) {
            response.setContentType(earlier.contentType());
        }
        if (earlier.body() != null) {
            response.getOutputStream().write(earlier.body());
        }
    }

    private void problem(HttpServletRequest request, HttpServletResponse response, ErrorCode code) throws IOException {
        Problems.write(response, Problems.of(code, messages, locales.resolveLocale(request), request.getRequestURI()), json);
    }

    private static String fingerprint(CachedBodyRequest request) {
        byte[] target = (request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString() + "\n")
                .getBytes(StandardCharsets.UTF_8);
        return Hashes.sha256Hex(target, request.body);
    }

    /** The request with its body read once, so it can be both fingerprinted and handled. */
    private static final class CachedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        /** A multipart body is left to the container, which parses and keeps its parts; they are hashed instead. */
        CachedBodyRequest(HttpServletRequest request) throws IOException, ServletException {
            super(request);
            this.body = isMultipart(request) ? partsOf(request) : request.getInputStream().readAllBytes();
        }

        private static boolean isMultipart(jakarta.servlet.ServletRequest request) {
            return request.getContentType() != null && request.getContentType().startsWith("multipart/");
        }

        private static byte[] partsOf(HttpServletRequest request) throws IOException, ServletException {
            var parts = new java.io.ByteArrayOutputStream();
            for (var part : request.getParts()) {
                parts.write((part.getName() + "\n" + part.getSubmittedFileName() + "\n").getBytes(StandardCharsets.UTF_8));
                try (var in = part.getInputStream()) {
                    in.transferTo(parts);
                }
            }
            return parts.toByteArray();
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            return isMultipart(this) ? super.getInputStream() : bodyStream();
        }

        private ServletInputStream bodyStream() {
            var in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("Synchronous reads only");
                }
            };
        }
    }
}

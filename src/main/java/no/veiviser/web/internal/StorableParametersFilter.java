package no.veiviser.web.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import no.veiviser.shared.ErrorCode;
import no.veiviser.shared.InputLimits;
import no.veiviser.shared.Problems;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Holds every request parameter (query, form, multipart field) and every uploaded file's name to
 * {@link InputLimits} before anything reads them: a control character or an over-long value answers
 * 400 and changes nothing. The API names the field; a page shows the "invalid request" page.
 * JSON bodies are held to the same limits where they are read ({@link StorableJsonModule}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class StorableParametersFilter extends OncePerRequestFilter {

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    StorableParametersFilter(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Unstorable problem;
        try {
            problem = firstProblem(request);
        } catch (IllegalStateException e) {
            if (!isOverTheLimit(e)) {
                throw e;
            }
            refuseAsTooLarge(request, response);
            return;
        }
        if (problem == null) {
            chain.doFilter(request, response);
        } else if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            Locale locale = locales.resolveLocale(request);
            ProblemDetail detail = Problems.of(ErrorCode.VALIDATION_FAILED, messages, locale, request.getRequestURI());
            detail.setProperty("field", problem.field());
            detail.setDetail(messages.getMessage(problem.messageKey(), InputLimits.messageArguments(problem.field()), locale));
            Problems.write(response, detail, json);
        } else {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    private record Unstorable(String field, String messageKey) {
    }

    /**
     * A body over the upload limit: the API gets its problem, a page Veiviser's error page in the
     * person's language. Tomcat remembers the failed body and fails every later read of a parameter,
     * so the error page is rendered for the request without its body, here, not by the container.
     */
    private void refuseAsTooLarge(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            Locale locale = locales.resolveLocale(request);
            Problems.write(response, Problems.of(ErrorCode.PAYLOAD_TOO_LARGE, messages, locale, request.getRequestURI()), json);
            return;
        }
        int status = ErrorCode.PAYLOAD_TOO_LARGE.status().value();
        HttpServletRequest bodyless = new BodylessRequest(request);
        bodyless.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
        bodyless.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
        response.setStatus(status);
        request.getRequestDispatcher("/error").forward(bodyless, response);
    }

    /** Whether Tomcat refused the body because it, or a file in it, is over the configured size. */
    private static boolean isOverTheLimit(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SizeException) {
                return true;
            }
        }
        return false;
    }

    private static Unstorable firstProblem(HttpServletRequest request) throws IOException, ServletException {
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (InvalidFileNameException e) {
            // Tomcat refuses a NUL in a file name while it reads the parts, before anyone can ask.
            return new Unstorable("file", "input.controlCharacter");
        }
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            String nameProblem = InputLimits.problemWithText(parameter.getKey());
            if (nameProblem != null) {
                return new Unstorable("?", nameProblem);
            }
            for (String value : parameter.getValue()) {
                String problem = InputLimits.problemWithText(value);
                if (problem != null) {
                    return new Unstorable(parameter.getKey(), problem);
                }
            }
        }
        if (isMultipart(request)) {
            for (Part part : request.getParts()) {
                String filename = part.getSubmittedFileName();
                if (filename != null && (InputLimits.problemWithText(filename) != null
                        || filename.length() > InputLimits.LONGEST_NAME)) {
                    return new Unstorable(part.getName(), filename.length() > InputLimits.LONGEST_NAME
                            ? "input.filenameTooLong" : InputLimits.problemWithText(filename));
                }
            }
        }
        return null;
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String contentType = request.getContentType();
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }
}

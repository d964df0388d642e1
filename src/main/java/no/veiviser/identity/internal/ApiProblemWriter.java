package no.veiviser.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.veiviser.shared.ErrorCode;
import no.veiviser.shared.Problems;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/** Answers unauthenticated and forbidden API calls with problem details instead of a login page. */
class ApiProblemWriter implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;
    private final boolean offerBasic;

    /** The locale resolver is the web shell's, because the security filters run before Spring MVC sets it. */
    ApiProblemWriter(MessageSource messages, LocaleResolver locales, JsonMapper json, boolean offerBasic) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
        this.offerBasic = offerBasic;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.addHeader("WWW-Authenticate", offerBasic ? "Basic realm=\"Veiviser\"" : "Bearer");
        write(request, response, ErrorCode.NOT_AUTHENTICATED);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, ErrorCode.ACCESS_DENIED);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, ErrorCode code) throws IOException {
        Problems.write(response, Problems.of(code, messages, locales.resolveLocale(request), request.getRequestURI()), json);
    }
}

package no.veiviser.shared;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem details with Veiviser's stable error code in the {@code code} member, titles and
 * details from the message bundles.
 */
public final class Problems {

    private static final String TYPE_PREFIX = "https://veiviser.no/problems/";

    private Problems() {
    }

    public static ProblemDetail of(ErrorCode code, MessageSource messages, Locale locale, String instance) {
        ProblemDetail problem = ProblemDetail.forStatus(code.status());
        problem.setType(URI.create(TYPE_PREFIX + code.code()));
        problem.setTitle(messages.getMessage(code.titleKey(), null, locale));
        problem.setDetail(messages.getMessage(code.detailKey(), null, locale));
        if (instance != null) {
            problem.setInstance(URI.create(instance));
        }
        problem.setProperty("code", code.code());
        return problem;
    }

    /** Writes a problem as the whole response, for filters that run outside Spring MVC. */
    public static void write(HttpServletResponse response, ProblemDetail problem, JsonMapper json) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), members(problem));
    }

    /** The members of a problem in RFC 9457 order, for writers that have no message converter. */
    public static Map<String, Object> members(ProblemDetail problem) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("type", String.valueOf(problem.getType()));
        members.put("title", problem.getTitle());
        members.put("status", problem.getStatus());
        members.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            members.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            members.putAll(problem.getProperties());
        }
        return members;
    }
}

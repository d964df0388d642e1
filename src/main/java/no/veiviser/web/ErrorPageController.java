package no.veiviser.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import no.veiviser.shared.ErrorCode;
import no.veiviser.shared.Problems;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything that ends in the servlet container's error dispatch: a friendly page in the user's
 * language for browsers, problem details for the API (whatever the client accepts). Neither shows
 * a stack trace or an exception message.
 */
@Controller
class ErrorPageController implements ErrorController {

    private final MessageSource messages;
    private final JsonMapper json;

    ErrorPageController(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = status(request);
        if (isApi(request)) {
            response.setStatus(status);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), problem(request, status));
            return null;
        }
        ModelAndView page = new ModelAndView("web/error-page", HttpStatus.valueOf(status));
        page.addObject("error", new ErrorView(ErrorCode.forStatus(status), status));
        return page;
    }

    @RequestMapping("/error")
    ResponseEntity<Map<String, Object>> problem(HttpServletRequest request) {
        int status = status(request);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(request, status));
    }

    private Map<String, Object> problem(HttpServletRequest request, int status) {
        var problem = Problems.of(ErrorCode.forStatus(status), messages, RequestContextUtils.getLocale(request),
                (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        problem.setStatus(status);
        return Problems.members(problem);
    }

    private static boolean isApi(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri != null && uri.toString().startsWith("/api/");
    }

    private static int status(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return status instanceof Integer code ? code : HttpStatus.INTERNAL_SERVER_ERROR.value();
    }
}

package no.veiviser.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
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

/**
 * Everything that ends in the servlet container's error dispatch: a friendly Norwegian page for
 * browsers, problem details for the API. Neither shows a stack trace or exception message.
 */
@Controller
class ErrorPageController implements ErrorController {

    private final MessageSource messages;

    ErrorPageController(MessageSource messages) {
        this.messages = messages;
    }

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request) {
        if (isApi(request)) {
            return null;
        }
        int status = status(request);
        ModelAndView page = new ModelAndView("error-page", HttpStatus.valueOf(status));
        page.addObject("error", new ErrorView(ErrorCode.forStatus(status), status));
        return page;
    }

    @RequestMapping("/error")
    ResponseEntity<Map<String, Object>> problem(HttpServletRequest request) {
        int status = status(request);
        var problem = Problems.of(ErrorCode.forStatus(status), messages, RequestContextUtils.getLocale(request),
                (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        problem.setStatus(status);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.members(problem));
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

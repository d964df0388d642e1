package no.veiviser.web;

import java.util.List;
import java.util.Locale;
import no.veiviser.shared.ConflictException;
import no.veiviser.shared.ErrorCode;
import no.veiviser.shared.InputLimits;
import no.veiviser.shared.InvalidInputException;
import no.veiviser.shared.NotFoundException;
import no.veiviser.shared.Problems;
import no.veiviser.web.internal.UnstorableValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.support.RequestContextUtils;
import tools.jackson.core.JacksonException;

/** Every error of the JSON API as RFC 9457 problem details with a stable {@code code}. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e, WebRequest request) {
        return problem(ErrorCode.NOT_FOUND, request);
    }

    /** A rule only the application can check was broken: 400 naming the field and the reason. */
    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Object> invalid(InvalidInputException e, WebRequest request) {
        ProblemDetail problem = Problems.of(ErrorCode.VALIDATION_FAILED, messages, locale(request), path(request));
        problem.setDetail(messages.getMessage(e.messageKey(), e.arguments(), locale(request)));
        problem.setProperty("field", e.field());
        problem.setProperty("reason", e.messageKey());
        return ResponseEntity.badRequest().body(problem);
    }

    /** Someone changed it first: 409, with the thing as it is now when the service knows it. */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> conflict(OptimisticLockingFailureException e, WebRequest request) {
        ProblemDetail problem = Problems.of(ErrorCode.CONFLICT, messages, locale(request), path(request));
        if (e instanceof ConflictException conflict && conflict.current() != null) {
            problem.setProperty("current", conflict.current());
        }
        return ResponseEntity.status(ErrorCode.CONFLICT.status()).body(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, WebRequest request) {
        var refusal = DatabaseRefusal.of(e);
        if (refusal.isPresent()) {
            log.warn("The database refused a value that no rule checked before (SQLSTATE {})", DatabaseRefusal.sqlState(e));
            return problem(refusal.get(), request);
        }
        log.error("Unexpected error in the API", e);
        return problem(ErrorCode.INTERNAL_ERROR, request);
    }

    /** Unreadable JSON: 400 naming the field where reading stopped, e.g. {@code servicePeriods[0].category}. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = Problems.of(ErrorCode.VALIDATION_FAILED, messages, locale(request), path(request));
        if (e.getCause() instanceof JacksonException json && !json.getPath().isEmpty()) {
            String field = field(json.getPath());
            problem.setProperty("field", field);
            String key = json instanceof UnstorableValue unstorable ? unstorable.messageKey() : "api.unreadableField";
            problem.setDetail(messages.getMessage(key, InputLimits.messageArguments(field), locale(request)));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    private static String field(List<JacksonException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            if (reference.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    /** Spring MVC's own exceptions (bad request, wrong method, ...) get a code and bundle texts too. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        ErrorCode code = ErrorCode.forStatus(status.value());
        ProblemDetail problem = Problems.of(code, messages, locale(request), path(request));
        problem.setStatus(status.value());
        return ResponseEntity.status(status).headers(headers).body(problem);
    }

    private ResponseEntity<Object> problem(ErrorCode code, WebRequest request) {
        return ResponseEntity.status(code.status()).body(Problems.of(code, messages, locale(request), path(request)));
    }

    private static Locale locale(WebRequest request) {
        return request instanceof ServletWebRequest servlet
                ? RequestContextUtils.getLocale(servlet.getRequest()) : Locale.getDefault();
    }

    private static String path(WebRequest request) {
        return request instanceof ServletWebRequest servlet ? servlet.getRequest().getRequestURI() : null;
    }
}

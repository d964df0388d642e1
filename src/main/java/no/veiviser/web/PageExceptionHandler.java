package no.veiviser.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.veiviser.shared.ErrorCode;
import no.veiviser.shared.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** Domain exceptions on HTML pages become the matching friendly error page. */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    @ExceptionHandler(NotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(ErrorCode.NOT_FOUND.status().value());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    void tooLarge(HttpServletResponse response) throws IOException {
        response.sendError(ErrorCode.PAYLOAD_TOO_LARGE.status().value());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    void conflict(HttpServletResponse response) throws IOException {
        response.sendError(ErrorCode.CONFLICT.status().value());
    }
}

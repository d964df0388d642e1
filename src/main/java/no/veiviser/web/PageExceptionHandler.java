package no.veiviser.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.veiviser.shared.ErrorCode;
import no.veiviser.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** Domain exceptions on HTML pages become the matching friendly error page. */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

    @ExceptionHandler(NotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(ErrorCode.NOT_FOUND.status().value());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    void tooLarge(HttpServletResponse response) throws IOException {
        response.sendError(ErrorCode.PAYLOAD_TOO_LARGE.status().value());
    }

    /** The database refused a value no rule checked before (logged as the defect it is); anything else is a 500. */
    @ExceptionHandler(DataAccessException.class)
    void refusedByTheDatabase(DataAccessException e, HttpServletResponse response) throws Exception {
        ErrorCode code = DatabaseRefusal.of(e).orElseThrow(() -> e);
        log.warn("The database refused a value that no rule checked before (SQLSTATE {})", DatabaseRefusal.sqlState(e));
        response.sendError(code.status().value());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    void conflict(HttpServletResponse response) throws IOException {
        response.sendError(ErrorCode.CONFLICT.status().value());
    }
}

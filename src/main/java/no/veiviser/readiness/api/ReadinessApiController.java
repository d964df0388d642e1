package no.veiviser.readiness.api;

import java.util.Locale;
import no.veiviser.requirements.InvalidReadinessInput;
import no.veiviser.requirements.ReadinessEngine;
import no.veiviser.requirements.ReadinessInput;
import no.veiviser.requirements.ReadinessView;
import no.veiviser.shared.ErrorCode;
import no.veiviser.shared.Problems;
import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Stateless evaluation: the whole record in, where she stands out. Any signed-in person or API client
 * may call it; nothing is stored.
 */
@RestController
@RequestMapping("/api/v1/readiness")
class ReadinessApiController {

    private final MessageSource messages;

    ReadinessApiController(MessageSource messages) {
        this.messages = messages;
    }

    /** The result with every explanation rendered in the request's {@code Accept-Language} (bokmål by default). */
    @PostMapping("/evaluate")
    ReadinessView evaluate(@RequestBody ReadinessInput input,
                           @RequestHeader(value = "Accept-Language", required = false) String language) {
        return ReadinessView.of(ReadinessEngine.evaluate(input), ApiLanguage.of(language));
    }

    /** 400 naming the field and index, with the engine's own sentence. */
    @ExceptionHandler(InvalidReadinessInput.class)
    ResponseEntity<ProblemDetail> invalid(InvalidReadinessInput e, ServletWebRequest request, Locale locale) {
        ProblemDetail problem = Problems.of(ErrorCode.VALIDATION_FAILED, messages, locale, request.getRequest().getRequestURI());
        problem.setDetail(e.getMessage());
        problem.setProperty("field", e.field());
        return ResponseEntity.badRequest().body(problem);
    }
}

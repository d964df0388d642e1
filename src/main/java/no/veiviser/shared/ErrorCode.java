package no.veiviser.shared;

import org.springframework.http.HttpStatus;

/**
 * Stable error codes. The code is part of the public API (problem details carry it) and of the
 * HTML error pages, so a code is never renumbered or reused. Titles and details live in the
 * message bundles under {@code error.<code>.title} and {@code error.<code>.detail}.
 */
public enum ErrorCode {
    INTERNAL_ERROR("VV-1000", HttpStatus.INTERNAL_SERVER_ERROR),
    NOT_FOUND("VV-1001", HttpStatus.NOT_FOUND),
    ACCESS_DENIED("VV-1002", HttpStatus.FORBIDDEN),
    NOT_AUTHENTICATED("VV-1003", HttpStatus.UNAUTHORIZED),
    VALIDATION_FAILED("VV-1004", HttpStatus.BAD_REQUEST),
    CONFLICT("VV-1005", HttpStatus.CONFLICT),
    METHOD_NOT_ALLOWED("VV-1006", HttpStatus.METHOD_NOT_ALLOWED),
    UNSUPPORTED_MEDIA_TYPE("VV-1007", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    PAYLOAD_TOO_LARGE("VV-1008", HttpStatus.CONTENT_TOO_LARGE),
    IDEMPOTENCY_KEY_INVALID("VV-1009", HttpStatus.BAD_REQUEST),
    IDEMPOTENCY_KEY_REUSED("VV-1010", HttpStatus.UNPROCESSABLE_CONTENT),
    IDEMPOTENCY_IN_PROGRESS("VV-1011", HttpStatus.CONFLICT),
    API_WRITE_UNDECLARED("VV-1012", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    JSON_BODY_TOO_LARGE("VV-1013", HttpStatus.CONTENT_TOO_LARGE),
    JSON_BODY_LENGTH_REQUIRED("VV-1014", HttpStatus.LENGTH_REQUIRED);

    /** The codes that stand for a bare HTTP status, for errors Spring MVC raises itself. */
    private static final java.util.List<ErrorCode> GENERIC = java.util.List.of(INTERNAL_ERROR, NOT_FOUND, ACCESS_DENIED,
            NOT_AUTHENTICATED, VALIDATION_FAILED, CONFLICT, METHOD_NOT_ALLOWED, UNSUPPORTED_MEDIA_TYPE, PAYLOAD_TOO_LARGE);

    private final String code;
    private final HttpStatus status;

    ErrorCode(String code, HttpStatus status) {
        this.code = code;
        this.status = status;
    }

    public String code() {
        return code;
    }

    public HttpStatus status() {
        return status;
    }

    public String titleKey() {
        return "error." + code + ".title";
    }

    public String detailKey() {
        return "error." + code + ".detail";
    }

    public static ErrorCode forStatus(int status) {
        for (ErrorCode candidate : GENERIC) {
            if (candidate.status.value() == status) {
                return candidate;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : VALIDATION_FAILED;
    }
}

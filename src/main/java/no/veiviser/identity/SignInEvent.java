package no.veiviser.identity;

import java.util.Map;
import java.util.UUID;
import no.veiviser.shared.AuditableEvent;

/**
 * A sign-in, a failed sign-in or a sign-out, for the audit trail. A failed attempt names the username
 * that was tried (which may belong to nobody) and never the password.
 */
public record SignInEvent(Kind kind, String username, UUID personId, UUID organisationId, String method)
        implements AuditableEvent {

    public enum Kind {
        SIGNED_IN("account.signedIn"),
        SIGN_IN_FAILED("account.signInFailed"),
        SIGNED_OUT("account.signedOut");

        private final String action;

        Kind(String action) {
            this.action = action;
        }
    }

    @Override
    public String actor() {
        return personId == null ? SYSTEM : personId.toString();
    }

    @Override
    public String action() {
        return kind.action;
    }

    @Override
    public String subjectType() {
        return "account";
    }

    @Override
    public String subjectId() {
        return username == null ? "" : username;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("method", method);
    }
}

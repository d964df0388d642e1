package no.veiviser.identity.internal;

import no.veiviser.identity.SignInEvent;
import no.veiviser.identity.SignedInPerson;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes sign-ins, failed sign-ins and sign-outs to the audit trail. Only interactive sign-ins are
 * recorded (the sign-in page, HelseID); an API call signed with HTTP Basic authenticates every time
 * and is not a sign-in. A failed attempt is recorded however it was made.
 */
@Component
class SignInAudit {

    private final ApplicationEventPublisher events;

    SignInAudit(ApplicationEventPublisher events) {
        this.events = events;
    }

    @EventListener
    @Transactional
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        publish(SignInEvent.Kind.SIGNED_IN, event.getAuthentication());
    }

    @EventListener
    @Transactional
    void failed(AbstractAuthenticationFailureEvent event) {
        events.publishEvent(new SignInEvent(SignInEvent.Kind.SIGN_IN_FAILED, event.getAuthentication().getName(), null,
                null, method(event.getAuthentication())));
    }

    @EventListener
    @Transactional
    void signedOut(LogoutSuccessEvent event) {
        publish(SignInEvent.Kind.SIGNED_OUT, event.getAuthentication());
    }

    private void publish(SignInEvent.Kind kind, Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof SignedInPerson person) {
            events.publishEvent(new SignInEvent(kind, authentication.getName(), person.personId(),
                    person.organisationId(), method(authentication)));
        }
    }

    private static String method(Authentication authentication) {
        return authentication == null ? "unknown" : authentication.getClass().getSimpleName()
                .replace("AuthenticationToken", "").replace("Token", "");
    }
}

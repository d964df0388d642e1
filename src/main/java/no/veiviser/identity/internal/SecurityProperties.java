package no.veiviser.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in settings.
 *
 * @param localAccounts sign-in with username and password (the embedded and demo setup); in production
 *                      sign-in is by HelseID and this is switched off
 * @param loginThrottle how many failed sign-ins within which window slow further attempts down
 * @param oidc          HelseID (OIDC) settings beyond the standard Spring client registration
 */
@ConfigurationProperties("veiviser.security")
public record SecurityProperties(@DefaultValue("true") boolean localAccounts,
                                 @DefaultValue LoginThrottleProperties loginThrottle,
                                 @DefaultValue OidcProperties oidc) {

    /**
     * @param maxFailures           failed sign-ins per username within the window
     * @param maxFailuresPerAddress failed sign-ins from one address within the window: far above a
     *                              person's rate, since a municipality's users may share one address
     * @param window                how long a failure counts
     */
    public record LoginThrottleProperties(@DefaultValue("5") int maxFailures,
                                          @DefaultValue("100") int maxFailuresPerAddress,
                                          @DefaultValue("1m") Duration window) {
    }

    /**
     * @param subjectClaim      the claim that identifies a person in the ID token and in bearer tokens;
     *                          matched against the account's external subject
     * @param clientJwk         the client's private key as a JWK (JSON), for {@code private_key_jwt}
     * @param assertionAudience the audience of the client assertion; HelseID expects its issuer.
     *                          Empty means the token endpoint
     */
    public record OidcProperties(@DefaultValue("sub") String subjectClaim,
                                 String clientJwk,
                                 String assertionAudience) {
    }
}

package no.veiviser.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Puts the {@link LoginThrottle} in front of the password check, for form login and HTTP Basic alike. */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwordCheck;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider passwordCheck, LoginThrottle throttle) {
        this.passwordCheck = passwordCheck;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        List<String> keys = keys(authentication);
        if (!throttle.tryReserve(keys)) {
            throw new LoginThrottledException();
        }
        boolean answered = false;
        try {
            Authentication result = passwordCheck.authenticate(authentication);
            throttle.recordSuccess(keys);
            answered = true;
            return result;
        } catch (BadCredentialsException e) {
            throttle.recordFailure(keys);
            answered = true;
            throw e;
        } finally {
            if (!answered) {
                throttle.release(keys);
            }
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwordCheck.supports(authentication);
    }

    private static List<String> keys(Authentication authentication) {
        List<String> keys = new ArrayList<>(2);
        keys.add("user:" + String.valueOf(authentication.getName()).toLowerCase(Locale.ROOT));
        if (authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) {
            keys.add(LoginThrottle.ADDRESS + details.getRemoteAddress());
        }
        return keys;
    }
}

package no.veiviser.identity.internal;

import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins in a short time; the attempt was refused without checking the password. */
class LoginThrottledException extends AuthenticationException {

    LoginThrottledException() {
        super("Too many failed sign-ins");
    }
}

package no.veiviser.shell;

import java.util.List;
import no.veiviser.identity.LocalAccountSummary;
import no.veiviser.identity.SignInOptions;

/**
 * The sign-in page.
 *
 * @param messageKey    the notice to show (wrong password, throttled, signed out), or null
 * @param options       which ways of signing in are on
 * @param demoAccounts  the demo logins; empty unless in demo mode
 */
public record LoginView(String messageKey, boolean error, SignInOptions options,
                        List<LocalAccountSummary> demoAccounts, String demoPassword) {
}

package no.veiviser.web;

import java.util.List;
import no.veiviser.identity.LocalAccountSummary;

/**
 * The sign-in page.
 *
 * @param messageKey    the notice to show (wrong password, throttled, signed out), or null
 * @param localAccounts whether username and password sign-in is on
 * @param helseId       whether HelseID sign-in is configured
 * @param demoAccounts  the demo logins; empty unless in demo mode
 */
public record LoginView(String messageKey, boolean error, boolean localAccounts, boolean helseId,
                        List<LocalAccountSummary> demoAccounts, String demoPassword) {
}

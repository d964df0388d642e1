package no.veiviser.identity;

import java.util.Set;

/** A local account, its holder and her roles. */
public record LocalAccountSummary(String username, String displayName, String title, Set<Role> roles) {
}

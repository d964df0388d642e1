package no.veiviser.identity;

import java.util.UUID;

/**
 * A person known to Veiviser.
 *
 * @param title the work title as the person uses it, e.g. "Kommuneoverlege" (may be null)
 */
public record Person(UUID id, String givenName, String familyName, String email, Profession profession, String title) {

    public String displayName() {
        return givenName + " " + familyName;
    }
}

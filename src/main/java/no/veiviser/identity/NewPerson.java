package no.veiviser.identity;

/** What it takes to register a person. */
public record NewPerson(String givenName, String familyName, String email, Profession profession, String title) {
}

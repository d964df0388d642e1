package no.veiviser.identity;

/**
 * How people can sign in, for the login page.
 *
 * @param localAccounts  username and password
 * @param helseIdPath    where HelseID sign-in starts; null when HelseID is not configured
 */
public record SignInOptions(boolean localAccounts, String helseIdPath) {

    public boolean helseId() {
        return helseIdPath != null;
    }
}

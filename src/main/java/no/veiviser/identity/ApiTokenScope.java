package no.veiviser.identity;

/** What a personal API token may do: read only, or read and write (as its owner could). */
public enum ApiTokenScope {
    READ,
    READ_WRITE
}

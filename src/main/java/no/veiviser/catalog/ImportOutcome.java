package no.veiviser.catalog;

/**
 * What confirming an import did.
 *
 * @param version the version created; null when the file changed nothing
 */
public record ImportOutcome(CatalogVersion version) {

    public boolean changedNothing() {
        return version == null;
    }
}

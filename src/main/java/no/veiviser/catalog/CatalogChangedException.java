package no.veiviser.catalog;

import org.springframework.dao.OptimisticLockingFailureException;

/** The catalog got a new version after the preview was made; the preview no longer tells the truth. */
public class CatalogChangedException extends OptimisticLockingFailureException {

    public CatalogChangedException() {
        super("The catalog changed after the preview");
    }
}

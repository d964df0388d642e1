package no.veiviser.catalog.web;

import no.veiviser.catalog.CatalogCode;
import no.veiviser.catalog.CatalogVersion;

/** One catalog on the administrator's overview: its newest version, if any, and its size. */
public record CatalogRow(CatalogCode catalog, CatalogVersion latest, int goals) {
}

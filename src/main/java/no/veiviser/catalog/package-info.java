/**
 * Goal catalogs (ALM, FKM, DEL1, SAM) in dated, immutable versions, and the course catalog with the
 * goals each course covers. Catalogs are imported and exported as CSV or XLSX in one documented
 * format (docs/catalog-format.md), always through a preview.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Goal and course catalogs")
package no.veiviser.catalog;

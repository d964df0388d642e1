/**
 * Goal catalogs (ALM, SAM, FKM, KLK, FKMK: spesialistforskriften vedlegg 2, from Lovdata under NLOD 2.0) in dated, immutable versions, and the course catalog with the
 * goals each course covers. Catalogs are imported and exported as CSV or XLSX in one documented
 * format (docs/catalog-format.md), always through a preview.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Goal and course catalogs")
package no.veiviser.catalog;

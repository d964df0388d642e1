/**
 * The read side: documents assembled from the other modules' data. Today the municipality's general
 * education plan (spesialistforskriften § 23 d), as a page and as a PDF/UA document.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package no.veiviser.reporting;

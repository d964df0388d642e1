package no.veiviser.catalog;

/** A learning activity recommended for a goal, and how it is documented. */
public record RecommendedActivity(DocumentationForm form, String description) {
}

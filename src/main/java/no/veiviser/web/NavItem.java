package no.veiviser.web;

/** A link in the navigation; {@code current} marks the page one is on (aria-current). */
public record NavItem(String labelKey, String href, boolean current) {
}

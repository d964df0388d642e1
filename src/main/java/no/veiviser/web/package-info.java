/**
 * The page kernel every module's pages use: the page context (texts, the signed-in person, the
 * navigation), the layout and form templates, language choice, friendly error pages, problem details
 * for the API, the acting person as a controller parameter, idempotency of API writes and the
 * start-up gate. It depends only on {@code identity} and {@code shared}, so that any module may use it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web kernel", allowedDependencies = {"identity", "shared"})
package no.veiviser.web;

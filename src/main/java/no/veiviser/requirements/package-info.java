/**
 * The requirements engine: where does a doctor stand against the regulation, and when can she
 * apply? Pure Java — no Spring, no SQL, no clock: {@link ReadinessEngine#evaluate} takes a
 * {@link ReadinessInput} and returns a {@link ReadinessResult}. Rules are grouped in rule sets chosen
 * by programme and date ({@link RuleSets}); every rule has an id, the regulation reference, its
 * interpretation and its parameters, documented in docs/rules/.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Requirements", allowedDependencies = {})
package no.veiviser.requirements;

package no.veiviser.readiness;

import no.veiviser.identity.Person;
import no.veiviser.programme.Enrolment;
import no.veiviser.requirements.Parameters;
import no.veiviser.requirements.ReadinessInput;
import no.veiviser.requirements.ReadinessResult;

/**
 * A stored candidate's readiness, with the input it was computed from (the timeline draws it) and
 * the parameters it used (the page says which readings applied).
 *
 * @param awaitingConfirmation service records she reported that the municipality has not decided on;
 *                             they do not count yet
 */
public record StoredReadiness(Person candidate, Enrolment enrolment, ReadinessInput input, Parameters parameters,
                              ReadinessResult result, long awaitingConfirmation) {
}

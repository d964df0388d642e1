package no.veiviser.programme;

import java.util.UUID;

/**
 * A granted access to a candidate's record: the basis it was granted on and her current enrolment
 * (null for a candidate asking about herself before she is enrolled).
 */
public record Access(UUID candidateId, AccessBasis basis, Enrolment enrolment) {
}

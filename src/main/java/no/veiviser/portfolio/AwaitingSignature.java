package no.veiviser.portfolio;

/** An activity waiting for the signer, with the candidate's name. */
public record AwaitingSignature(SignatureRequest request, LearningActivity activity, String candidateName) {
}

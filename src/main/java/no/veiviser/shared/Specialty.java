package no.veiviser.shared;

/** The specialties Veiviser supports; an education organisation is registered for one or more. */
public enum Specialty {
    ALLMENNMEDISIN,
    SAMFUNNSMEDISIN
}

package no.veiviser.organisation;

/** One municipality, or a consortium of several with one administering municipality. */
public enum OrganisationKind {
    MUNICIPALITY,
    CONSORTIUM
}

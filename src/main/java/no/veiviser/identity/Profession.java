package no.veiviser.identity;

/** A person's health profession; supervisors may be of any of them. */
public enum Profession {
    PHYSICIAN,
    NURSE,
    MIDWIFE,
    OTHER
}

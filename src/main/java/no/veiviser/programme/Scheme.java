package no.veiviser.programme;

/**
 * The regulation a candidate follows: the new scheme (spesialistforskriften 2016, parts 2 and 3 from
 * 1 March 2019), the old scheme, or converted from the old to the new on a given date.
 */
public enum Scheme {
    NEW,
    OLD,
    CONVERTED
}

package no.veiviser.guidance;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import no.veiviser.identity.Actor;
import no.veiviser.requirements.GuidanceMonths;

/**
 * What § 2 asks of each candidate's individual guidance this calendar year so far, against the hours
 * held: the veileder's overview of her candidates. The need follows from the candidate's confirmed
 * service, which this module does not hold; the module that assembles readiness supplies it.
 */
public interface GuidanceNeeds {

    /**
     * @return this year for each candidate the viewer may read and the hour rule applies to (ALIS);
     *         others are absent
     */
    Map<UUID, GuidanceMonths.Year> thisYear(Actor viewer, Collection<UUID> candidateIds);
}

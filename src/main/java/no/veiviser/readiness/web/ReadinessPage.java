package no.veiviser.readiness.web;

import no.veiviser.requirements.RequirementResult;
import no.veiviser.requirements.Status;
import no.veiviser.readiness.StoredReadiness;

/**
 * The readiness page: the checklist, the timeline and the forecast.
 *
 * @param own whether the reader is the candidate herself
 */
public record ReadinessPage(StoredReadiness readiness, Timeline timeline, boolean own) {

    public long met() {
        return readiness.result().requirements().stream().filter(result -> result.status() == Status.MET).count();
    }

    public int total() {
        return readiness.result().requirements().size();
    }

    /** Individual guidance per calendar year against § 2, with the months below their share (ALIS). */
    public java.util.List<no.veiviser.requirements.GuidanceMonths.Year> guidanceYears() {
        return no.veiviser.requirements.GuidanceMonths.byYear(
                no.veiviser.requirements.GuidanceMonths.of(readiness.input()));
    }

    public String servicePath() {
        return own ? "/service" : "/candidates/" + readiness.candidate().id() + "/service";
    }

    /** The message key of the unit after a number; null for counts, which need none. */
    public static String unitKey(RequirementResult requirement) {
        return requirement.unit() == no.veiviser.requirements.Unit.COUNT ? null : "unit." + requirement.unit().name();
    }

    /** The message key of a requirement's name. */
    public static String nameKey(RequirementResult requirement) {
        return "requirement." + requirement.id();
    }
}

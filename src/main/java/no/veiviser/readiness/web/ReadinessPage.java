package no.veiviser.readiness.web;

import no.veiviser.requirements.RequirementResult;
import no.veiviser.requirements.Status;
import no.veiviser.readiness.StoredReadiness;

/**
 * The readiness page: the checklist, the timeline and the forecast.
 *
 * @param own       whether the reader is the candidate herself
 * @param fullTrace the requirement whose counted items are all shown, or null
 */
public record ReadinessPage(StoredReadiness readiness, Timeline timeline, boolean own, String fullTrace) {

    /**
     * How many of a requirement's counted items are shown until all are asked for: a five-year record
     * holds hundreds of on-call shifts, which would otherwise make up most of the page.
     */
    public static final int TRACE_SHOWN = 20;

    /** The counted items shown for the requirement. */
    public java.util.List<no.veiviser.requirements.TraceItem> traceShown(RequirementResult requirement) {
        return tracedInFull(requirement) ? requirement.trace() : requirement.trace().subList(0, TRACE_SHOWN);
    }

    /** Whether all the requirement's counted items are shown. */
    public boolean tracedInFull(RequirementResult requirement) {
        return requirement.trace().size() <= TRACE_SHOWN || requirement.id().equals(fullTrace);
    }

    /** This page with all the requirement's counted items shown, at the requirement. */
    public String fullTraceHref(RequirementResult requirement) {
        return (own ? "/progress" : "/candidates/" + readiness.candidate().id() + "/readiness") + "?trace="
                + requirement.id() + "#requirement-" + requirement.id();
    }

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

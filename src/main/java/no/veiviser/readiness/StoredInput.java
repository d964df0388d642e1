package no.veiviser.readiness;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.veiviser.approval.AssessmentStatus;
import no.veiviser.approval.GoalProgress;
import no.veiviser.portfolio.ActivityType;
import no.veiviser.portfolio.LearningActivity;
import no.veiviser.organisation.ReadinessSettings;
import no.veiviser.programme.Enrolment;
import no.veiviser.programme.ProgrammeType;
import no.veiviser.programme.ServiceRecord;
import no.veiviser.requirements.Parameters;
import no.veiviser.requirements.ReadinessInput;
import no.veiviser.requirements.ReadinessInput.Absence;
import no.veiviser.requirements.ReadinessInput.CourseCompletion;
import no.veiviser.requirements.ReadinessInput.JointConsultation;
import no.veiviser.requirements.ReadinessInput.OnCallShift;
import no.veiviser.requirements.ReadinessInput.ServicePeriod;

/** Turns what Veiviser holds about a candidate into the engine's input. */
final class StoredInput {

    /** Shifts are compared with opening hours in Norwegian wall-clock time. */
    static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    private final Enrolment enrolment;
    private final LocalDate asOf;
    private final List<ServicePeriod> periods = new ArrayList<>();
    private final List<Absence> absences = new ArrayList<>();
    private final List<OnCallShift> shifts = new ArrayList<>();
    private final List<JointConsultation> jointConsultations = new ArrayList<>();
    private final List<CourseCompletion> courses = new ArrayList<>();
    private final List<ReadinessInput.GuidanceSession> guidanceSessions = new ArrayList<>();
    private final List<ReadinessInput.GroupGuidance> groupGuidance = new ArrayList<>();
    private ReadinessInput.Goals goals;
    private Parameters parameters;

    private StoredInput(Enrolment enrolment, LocalDate asOf) {
        this.enrolment = enrolment;
        this.asOf = asOf;
    }

    static StoredInput builder(Enrolment enrolment, LocalDate asOf) {
        return new StoredInput(enrolment, asOf);
    }

    /**
     * The organisation's readings where the sources disagree. They are worded for allmennmedisin, so
     * they apply to ALIS only; SamLIS and LIS1 keep their rule sets' defaults.
     */
    StoredInput settings(ReadinessSettings settings) {
        if (enrolment.programme() == ProgrammeType.ALIS) {
            parameters = new Parameters(null, settings.institutionServiceRequired(), settings.otherServiceCapMonths());
        }
        return this;
    }

    StoredInput confirmedRecords(List<ServiceRecord> records) {
        for (ServiceRecord record : records) {
            switch (record.kind()) {
                case PERIOD -> periods.add(new ServicePeriod(record.from(), record.to(),
                        ReadinessInput.ServiceCategory.valueOf(record.category().name()), record.positionPercent(),
                        record.exemption50()));
                case ABSENCE -> absences.add(new Absence(record.from(), record.to(),
                        ReadinessInput.AbsenceType.valueOf(record.absenceType().name())));
                case ON_CALL_SHIFT -> shifts.add(new OnCallShift(record.shiftStart(), record.shiftEnd()));
            }
        }
        return this;
    }

    /**
     * Signed activities: joint consultations by date, courses the catalog knows, and on-call shifts
     * documented as activities. A shift activity that overlaps a shift already counted is the same
     * shift told twice and is left out.
     */
    StoredInput activities(List<LearningActivity> activities, CourseMatcher courseMatcher) {
        List<LearningActivity> signed = no.veiviser.portfolio.SignedEvidence.current(activities);
        signed.stream().filter(activity -> activity.type() == ActivityType.JOINT_CONSULTATION)
                .forEach(activity -> jointConsultations.add(new JointConsultation(activity.performedOn())));
        courses.addAll(courseMatcher.completions(activities, signed));
        signed.stream().filter(activity -> activity.type() == ActivityType.ON_CALL_SHIFT)
                .map(activity -> new OnCallShift(local(activity.shiftStart().toInstant()),
                        local(activity.shiftEnd().toInstant())))
                .sorted(Comparator.comparing(OnCallShift::start))
                .filter(shift -> shifts.stream().noneMatch(counted -> overlap(counted, shift)))
                .forEach(shifts::add);
        return this;
    }

    /** Finalised individual guidance sessions: their days and hours. */
    StoredInput guidance(List<no.veiviser.guidance.HeldSession> held) {
        held.forEach(session -> guidanceSessions.add(new ReadinessInput.GuidanceSession(session.heldOn(), session.hours())));
        return this;
    }

    /** Her group memberships: the months in the group (a membership still going, until today) and the hours present. */
    StoredInput groups(List<no.veiviser.guidance.HeldGroup> held) {
        held.forEach(group -> groupGuidance.add(new ReadinessInput.GroupGuidance(group.from(),
                group.to() == null || group.to().isAfter(asOf) ? asOf : group.to(), group.hours())));
        return this;
    }

    StoredInput goals(List<GoalProgress.Row> rows) {
        goals = new ReadinessInput.Goals(rows.stream().map(row -> row.goal().code()).toList(),
                rows.stream().filter(row -> row.status() == AssessmentStatus.APPROVED)
                        .map(row -> row.goal().code()).toList());
        return this;
    }

    ReadinessInput build() {
        return new ReadinessInput(ReadinessInput.Programme.valueOf(enrolment.programme().name()), asOf,
                scheme(), parameters, periods, absences, shifts, null, guidanceSessions, groupGuidance, jointConsultations, courses,
                goals, null, enrolment.convertedOn());
    }

    private ReadinessInput.Scheme scheme() {
        return ReadinessInput.Scheme.valueOf(enrolment.scheme().name());
    }

    private static LocalDateTime local(java.time.Instant instant) {
        return LocalDateTime.ofInstant(instant, NORWAY);
    }

    private static boolean overlap(OnCallShift a, OnCallShift b) {
        return a.start().isBefore(b.end()) && b.start().isBefore(a.end());
    }
}

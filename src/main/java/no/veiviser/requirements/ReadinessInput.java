package no.veiviser.requirements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * Everything the engine looks at, as of one day. Lists may be empty, never null (the constructor
 * makes them empty). Periods are inclusive dates; shifts are local times in Norway.
 *
 * @param hospitalPartCompleted LIS1: the day the hospital part (12 months, its goals approved) was
 *                              completed; null when not known
 * @param convertedOn           the day a doctor in the old scheme converted to the new one (§ 37); her
 *                              individual guidance under § 2 is required from that day. Null otherwise.
 */
public record ReadinessInput(Programme programme, LocalDate asOf, Scheme scheme, Parameters parameters,
                             List<ServicePeriod> servicePeriods, List<Absence> absences,
                             List<OnCallShift> onCallShifts, OfficeHours officeHours,
                             List<GuidanceSession> guidanceSessions, List<GroupGuidance> groupGuidance,
                             List<JointConsultation> jointConsultations, List<CourseCompletion> courses, Goals goals,
                             LocalDate hospitalPartCompleted, LocalDate convertedOn) {

    public enum Programme { ALIS, LIS1, SAMLIS }

    /** New scheme, old scheme, or converted from the old one (service before 1 March 2019 then counts, § 37 c). */
    public enum Scheme { NEW, OLD, CONVERTED }

    public enum ServiceCategory {
        OPEN_PRACTICE, OTHER_GP_SERVICE, INSTITUTION, OTHER_SPECIALTY, RESEARCH, COMMUNITY_MEDICINE, MUNICIPAL_LIS1
    }

    /**
     * HOLIDAY is statutory or tariff holiday; COVID19 is absence caused by the covid-19 outbreak, which
     * § 31 (from 17 June 2020) does not deduct in part 1.
     */
    public enum AbsenceType { HOLIDAY, COURSE, SICK_LEAVE, PARENTAL_LEAVE, LEAVE_OF_ABSENCE, COVID19 }

    public enum CourseCode { GRUNNKURS_A, GRUNNKURS_B, GRUNNKURS_C, GRUNNKURS_D, AKUTTMEDISIN, EMNEKURS }

    /**
     * @param exemption50 Helsedirektoratet's exemption from the 50 % floor for open practice ([UP] § 8)
     */
    public record ServicePeriod(LocalDate from, LocalDate to, ServiceCategory category, BigDecimal positionPercent,
                                Boolean exemption50) {

        public ServicePeriod {
            exemption50 = Boolean.TRUE.equals(exemption50);
        }

        public DateRange range() {
            return new DateRange(from, to);
        }

        public BigDecimal share() {
            return positionPercent.movePointLeft(2);
        }
    }

    public record Absence(LocalDate from, LocalDate to, AbsenceType type) {

        public DateRange range() {
            return new DateRange(from, to);
        }
    }

    public record OnCallShift(LocalDateTime start, LocalDateTime end) {
    }

    /** The office's opening hours; outside them (and all day on weekends and public holidays) is on-call time. */
    public record OfficeHours(Set<java.time.DayOfWeek> days, LocalTime opens, LocalTime closes) {

        public static final OfficeHours DEFAULT = new OfficeHours(Set.of(java.time.DayOfWeek.MONDAY,
                java.time.DayOfWeek.TUESDAY, java.time.DayOfWeek.WEDNESDAY, java.time.DayOfWeek.THURSDAY,
                java.time.DayOfWeek.FRIDAY), LocalTime.of(8, 0), LocalTime.of(16, 0));
    }

    public record GuidanceSession(LocalDate date, BigDecimal hours) {
    }

    public record GroupGuidance(LocalDate from, LocalDate to, BigDecimal hours) {

        public DateRange range() {
            return new DateRange(from, to);
        }
    }

    public record JointConsultation(LocalDate date) {
    }

    /** @param topic the topic of a clinical topic course (emnekurs); distinct topics count */
    public record CourseCompletion(CourseCode code, String topic, BigDecimal hours, LocalDate completed) {
    }

    public record Goals(List<String> required, List<String> approved) {

        public Goals {
            required = required == null ? List.of() : List.copyOf(required);
            approved = approved == null ? List.of() : List.copyOf(approved);
        }
    }

    /** A record without a conversion date. */
    public ReadinessInput(Programme programme, LocalDate asOf, Scheme scheme, Parameters parameters,
                          List<ServicePeriod> servicePeriods, List<Absence> absences, List<OnCallShift> onCallShifts,
                          OfficeHours officeHours, List<GuidanceSession> guidanceSessions,
                          List<GroupGuidance> groupGuidance, List<JointConsultation> jointConsultations,
                          List<CourseCompletion> courses, Goals goals, LocalDate hospitalPartCompleted) {
        this(programme, asOf, scheme, parameters, servicePeriods, absences, onCallShifts, officeHours, guidanceSessions,
                groupGuidance, jointConsultations, courses, goals, hospitalPartCompleted, null);
    }

    public ReadinessInput {
        scheme = scheme == null ? Scheme.NEW : scheme;
        parameters = parameters == null ? Parameters.NONE : parameters;
        servicePeriods = copy(servicePeriods);
        absences = copy(absences);
        onCallShifts = copy(onCallShifts);
        officeHours = officeHours == null ? OfficeHours.DEFAULT : officeHours;
        guidanceSessions = copy(guidanceSessions);
        groupGuidance = copy(groupGuidance);
        jointConsultations = copy(jointConsultations);
        courses = copy(courses);
        goals = goals == null ? new Goals(List.of(), List.of()) : goals;
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}

package no.veiviser.guidance;

import static no.veiviser.guidance.SessionRules.require;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import no.veiviser.guidance.internal.WorkTimeRepository;
import no.veiviser.identity.Actor;
import no.veiviser.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The veileder's own preparation and follow-up time (forarbeid og etterarbeid) per candidate, which
 * the municipality is compensated for: up to {@link #COMPENSATED_PER_MONTH} hours a month (Drammen
 * plan kap. 5.3; alis.no, honorering av veiledning, read 2026). It is hers alone to record and read,
 * kept apart from the sessions, and never counts as guidance for the candidate.
 */
@Service
public class VeilederWorkTime {

    /** Compensated preparation and follow-up per candidate and month, in force since the 2021 grant rules. */
    public static final BigDecimal COMPENSATED_PER_MONTH = new BigDecimal("1.5");

    /** The most work time one entry may hold: a working day. */
    static final BigDecimal MOST_HOURS = BigDecimal.valueOf(8);

    /** One candidate's work time in a year: all that was recorded, what is compensated, the months above. */
    public record Year(UUID candidateId, BigDecimal recorded, BigDecimal compensated, List<YearMonth> monthsAboveCap) {
    }

    private final WorkTimeRepository entries;
    private final SessionRules rules;
    private final GuidanceSessions sessions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VeilederWorkTime(WorkTimeRepository entries, SessionRules rules, GuidanceSessions sessions,
                     ApplicationEventPublisher events, Clock clock) {
        this.entries = entries;
        this.rules = rules;
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records time she spent on a day for a candidate she was veileder for that day. A candidate who
     * is not hers is told not to exist.
     */
    @Transactional
    public WorkTime record(Actor veileder, UUID candidateId, LocalDate workedOn, BigDecimal hours) {
        if (candidateId == null || !sessions.candidatesOf(veileder).contains(candidateId)) {
            throw new NotFoundException("Candidate");
        }
        require(workedOn != null, "workedOn", "form.date");
        require(!workedOn.isAfter(LocalDate.now(clock)), "workedOn", "workTime.future");
        require(rules.veilederOn(candidateId, workedOn).filter(veileder.personId()::equals).isPresent(), "workedOn",
                "workTime.notVeilederThen");
        require(hours != null && hours.signum() > 0 && hours.compareTo(MOST_HOURS) <= 0 && hours.scale() <= 2,
                "hours", "workTime.hours.invalid", MOST_HOURS);
        var entry = new WorkTime(UUID.randomUUID(), veileder.personId(), candidateId, workedOn, hours);
        entries.insert(entry, veileder.id(), OffsetDateTime.now(clock));
        events.publishEvent(new WorkTimeEvent.Recorded(entry, veileder.id()));
        return entry;
    }

    /** Takes back one of her own entries recorded by mistake; it stays in the history. */
    @Transactional
    public void withdraw(Actor veileder, UUID entryId) {
        WorkTime entry = entries.standing(entryId, veileder.personId()).orElseThrow(() -> new NotFoundException("WorkTime"));
        if (entries.withdraw(entryId, veileder.id(), OffsetDateTime.now(clock))) {
            events.publishEvent(new WorkTimeEvent.Withdrawn(entry, veileder.id()));
        }
    }

    /** Her standing entries of a calendar year, oldest first. */
    public List<WorkTime> of(Actor veileder, int year) {
        return entries.ofVeileder(veileder.personId(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The entries summed per candidate; each month's compensation is capped at {@link #COMPENSATED_PER_MONTH}. */
    public static List<Year> perCandidate(List<WorkTime> entries) {
        Map<UUID, Map<YearMonth, BigDecimal>> months = new TreeMap<>();
        entries.forEach(entry -> months.computeIfAbsent(entry.candidateId(), id -> new TreeMap<>())
                .merge(YearMonth.from(entry.workedOn()), entry.hours(), BigDecimal::add));
        return months.entrySet().stream().map(candidate -> new Year(candidate.getKey(),
                sum(candidate.getValue().values().stream().toList()),
                sum(candidate.getValue().values().stream().map(hours -> hours.min(COMPENSATED_PER_MONTH)).toList()),
                candidate.getValue().entrySet().stream().filter(month -> month.getValue().compareTo(COMPENSATED_PER_MONTH) > 0)
                        .map(Map.Entry::getKey).toList())).toList();
    }

    private static BigDecimal sum(List<BigDecimal> hours) {
        return hours.stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
    }
}

package no.veiviser.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.veiviser.identity.Actor;
import no.veiviser.identity.People;
import no.veiviser.identity.Person;
import no.veiviser.shared.Paged;
import no.veiviser.identity.Role;
import no.veiviser.programme.internal.ServiceRecordRepository;
import org.springframework.stereotype.Service;

/**
 * The candidates a person may see: those she is related to today, and for a department head every
 * candidate of her organisation. A fixed number of queries, whatever the number of candidates.
 */
@Service
public class Caseloads {

    private final CandidateAccess access;
    private final Relationships relationships;
    private final Enrolments enrolments;
    private final People people;
    private final ServiceRecordRepository serviceRecords;
    private final GoalTallies goalTallies;
    private final Clock clock;

    Caseloads(CandidateAccess access, Relationships relationships, Enrolments enrolments, People people,
              ServiceRecordRepository serviceRecords, GoalTallies goalTallies, Clock clock) {
        this.access = access;
        this.goalTallies = goalTallies;
        this.serviceRecords = serviceRecords;
        this.relationships = relationships;
        this.enrolments = enrolments;
        this.people = people;
        this.clock = clock;
    }

    /**
     * A candidate's file with every relationship, for those who manage her programme
     * ({@link Audience#MANAGE_PROGRAMME}); for anyone else she does not exist.
     */
    public CandidateFile file(Actor viewer, UUID candidateId) {
        Enrolment enrolment = access.require(viewer, candidateId, Audience.MANAGE_PROGRAMME).enrolment();
        List<SupervisionRelationship> history = relationships.ofCandidates(Set.of(candidateId));
        Set<UUID> ids = new HashSet<>(Set.of(candidateId));
        history.forEach(relationship -> ids.add(relationship.personId()));
        var staff = people.withRoles(enrolment.organisationId(),
                EnumSet.of(Role.VEILEDER, Role.SUPERVISOR, Role.APPROVER, Role.DEPARTMENT_HEAD));
        Map<UUID, Person> persons = people.findAll(ids);
        return new CandidateFile(persons.get(candidateId), enrolment, history, persons, staff);
    }

    /**
     * One page of the candidates she may see whose name contains {@code name}: those she is related
     * to and, for a department head, her organisation's, which may be thousands. The page is chosen
     * and counted in the database, so the queries and the rows read do not grow with the caseload.
     */
    public CandidatePage page(Actor viewer, String name, int number) {
        Map<UUID, Set<RelationshipKind>> mine = mine(viewer);
        UUID organisation = viewer.hasRole(Role.DEPARTMENT_HEAD) ? viewer.organisationId() : null;
        Paged<UUID> ids = enrolments.candidatesByName(organisation, mine.keySet(), name, number, CandidatePage.SIZE);
        Map<UUID, CandidateSummary> byId = new HashMap<>();
        summaries(new HashSet<>(ids.rows()), mine).forEach(summary -> byId.put(summary.candidate().id(), summary));
        return new CandidatePage(new Paged<>(ids.rows().stream().map(byId::get).filter(java.util.Objects::nonNull)
                .toList(), ids.number(), ids.size(), ids.total()), name);
    }

    /** How many candidates a department head is offered to choose from at once (by name). */
    public static final int CHOICES = 50;

    /**
     * The ids of the candidates enrolled at the department head's organisation whose name contains
     * {@code name} (all when none is given), by family name, at most {@link #CHOICES}: the largest
     * municipality has thousands, so she finds one by name. The total says how many match. Ids, so
     * that the page reads their names with the other people it shows.
     */
    public Paged<UUID> enrolledAt(Actor departmentHead, String name) {
        if (!departmentHead.hasRole(Role.DEPARTMENT_HEAD) || departmentHead.organisationId() == null) {
            return new Paged<>(List.of(), 1, CHOICES, 0);
        }
        return enrolments.candidatesByName(departmentHead.organisationId(), Set.of(), name, 1, CHOICES);
    }

    /** The candidates she is related to today, with how. */
    private Map<UUID, Set<RelationshipKind>> mine(Actor viewer) {
        return relationships.activeOf(viewer.personId()).stream()
                .collect(Collectors.groupingBy(SupervisionRelationship::candidateId,
                        Collectors.mapping(SupervisionRelationship::kind,
                                Collectors.toCollection(() -> EnumSet.noneOf(RelationshipKind.class)))));
    }

    /** A summary of each candidate, in a fixed number of queries whatever their number. */
    private List<CandidateSummary> summaries(Set<UUID> candidateIds, Map<UUID, Set<RelationshipKind>> mine) {
        LocalDate today = LocalDate.now(clock);
        Map<UUID, Enrolment> latestEnrolment = new LinkedHashMap<>();
        enrolments.ofCandidates(candidateIds).forEach(enrolment -> latestEnrolment.putIfAbsent(enrolment.candidateId(), enrolment));
        Map<UUID, CurrentRelationships> current = relationships.currentOf(candidateIds);
        Set<UUID> personIds = new HashSet<>(candidateIds);
        current.values().forEach(relations -> relations.relationships()
                .forEach(relationship -> personIds.add(relationship.personId())));
        Map<UUID, Person> persons = people.findAll(personIds);
        Set<UUID> veiledere = current.values().stream().map(relations -> relations.holder(RelationshipKind.VEILEDER))
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        var qualifications = people.qualificationsOf(veiledere);
        Map<UUID, Long> awaiting = serviceRecords.awaitingByCandidate(candidateIds);
        Map<UUID, GoalTallies.Tally> tallies = goalTallies.of(candidateIds);
        return latestEnrolment.values().stream()
                .map(enrolment -> {
                    CurrentRelationships relations = current.get(enrolment.candidateId());
                    UUID veileder = relations.holder(RelationshipKind.VEILEDER);
                    UUID approver = relations.holder(RelationshipKind.APPROVER);
                    QualificationCheck.Outcome warning = veileder == null ? null : QualificationCheck.check(
                            enrolment.programme(), qualifications.getOrDefault(veileder, List.of()), today);
                    return new CandidateSummary(persons.get(enrolment.candidateId()), enrolment,
                            veileder == null ? null : persons.get(veileder), approver == null ? null : persons.get(approver),
                            warning == null || warning.messageKey() == null ? null : warning,
                            mine.getOrDefault(enrolment.candidateId(), EnumSet.noneOf(RelationshipKind.class)),
                            awaiting.getOrDefault(enrolment.candidateId(), 0L), tallies.get(enrolment.candidateId()));
                })
                .toList();
    }
}

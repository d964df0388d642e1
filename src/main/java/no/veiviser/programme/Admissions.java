package no.veiviser.programme;

import static no.veiviser.shared.Texts.blankToNull;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import no.veiviser.identity.Actor;
import no.veiviser.identity.Invitations;
import no.veiviser.identity.NewPerson;
import no.veiviser.identity.People;
import no.veiviser.identity.Person;
import no.veiviser.identity.Profession;
import no.veiviser.identity.Role;
import no.veiviser.organisation.LearningArenas;
import no.veiviser.shared.InputLimits;
import no.veiviser.shared.InvalidInputException;
import no.veiviser.shared.Plausibility;
import no.veiviser.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The department head brings people in: she enrols a new candidate in her organisation, or adds a
 * supervisor of any profession (also from outside the municipality) to a candidate. Each gets an
 * invitation by e-mail to set up her sign-in.
 */
@Service
public class Admissions {

    /** Enough to catch typing errors; the invitation proves that the address works. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final People people;
    private final Enrolments enrolments;
    private final Relationships relationships;
    private final Caseloads caseloads;
    private final Invitations invitations;
    private final LearningArenas arenas;
    private final Clock clock;

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");

    Admissions(People people, Enrolments enrolments, Relationships relationships, Caseloads caseloads,
               Invitations invitations, LearningArenas arenas, Clock clock) {
        this.arenas = arenas;
        this.clock = clock;
        this.people = people;
        this.enrolments = enrolments;
        this.relationships = relationships;
        this.caseloads = caseloads;
        this.invitations = invitations;
    }

    /**
     * Ends the candidate's programme at this organisation on her last day (she finished, resigned or
     * moved): the enrolment gets that end date, and every appointment still open ends the same day,
     * so that her veileder's, supervisors' and approver's access ends with her programme. What she
     * did stays as it was. A reason, when given, is audited.
     */
    @Transactional
    public void endProgramme(Actor head, UUID candidateId, LocalDate lastDay, String reason) {
        Enrolment enrolment = caseloads.file(head, candidateId).enrolment();
        if (lastDay == null) {
            throw new InvalidInputException("lastDay", "form.date");
        }
        if (lastDay.isBefore(enrolment.startDate())) {
            throw new InvalidInputException("lastDay", "enrolment.end.beforeStart", DAY.format(enrolment.startDate()));
        }
        if (reason != null && reason.length() > InputLimits.LONGEST_TEXT) {
            throw new InvalidInputException("reason", "form.tooLong", InputLimits.LONGEST_TEXT);
        }
        enrolments.end(enrolment, lastDay, blankToNull(reason), head);
        relationships.endAll(candidateId, lastDay, head);
    }

    /** Registers and enrols a doctor in the department head's organisation, and invites her. */
    @Transactional
    public Person admit(Actor head, NewCandidate candidate) {
        if (!head.hasRole(Role.DEPARTMENT_HEAD) || head.organisationId() == null) {
            throw new NotFoundException("Organisation");
        }
        String email = validEmail(candidate.email());
        requireText("givenName", candidate.givenName());
        requireText("familyName", candidate.familyName());
        if (candidate.programme() == null) {
            throw new InvalidInputException("programme", "admission.programme.required");
        }
        if (candidate.scheme() == null) {
            throw new InvalidInputException("scheme", "admission.scheme.required");
        }
        if (candidate.startDate() == null) {
            throw new InvalidInputException("startDate", "form.date");
        }
        requirePlausibleStart(candidate.startDate());
        if (!candidate.confirmedNotADuplicate()
                && people.sameNameIn(head.organisationId(), candidate.givenName().trim(), candidate.familyName().trim())) {
            throw new InvalidInputException("notTheSamePerson", "admission.possibleDuplicate",
                    candidate.givenName().trim() + " " + candidate.familyName().trim());
        }
        if ((candidate.scheme() == Scheme.CONVERTED) != (candidate.convertedOn() != null)) {
            throw new InvalidInputException("convertedOn", "admission.convertedOn.invalid");
        }
        if (candidate.convertedOn() != null && candidate.convertedOn().isBefore(candidate.startDate())) {
            throw new InvalidInputException("convertedOn", "admission.convertedOn.beforeStart", DAY.format(candidate.startDate()));
        }
        BigDecimal share = candidate.positionPercent() == null ? BigDecimal.valueOf(100) : candidate.positionPercent();
        if (share.signum() <= 0 || share.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidInputException("positionPercent", "admission.positionPercent.invalid");
        }
        if (candidate.arenaId() != null && arenas.active(head.organisationId()).stream()
                .noneMatch(arena -> arena.id().equals(candidate.arenaId()))) {
            throw new InvalidInputException("arenaId", "admission.arena.unknown");
        }
        Person person = people.register(new NewPerson(candidate.givenName().trim(), candidate.familyName().trim(), email,
                Profession.PHYSICIAN, null), head);
        people.grantRole(person.id(), head.organisationId(), Role.CANDIDATE, head);
        enrolments.enrol(new Enrolment(UUID.randomUUID(), person.id(), head.organisationId(), candidate.programme(),
                candidate.scheme(), candidate.startDate(), null, candidate.convertedOn(), share,
                blankToNull(candidate.employer()), candidate.arenaId()), head);
        invitations.invite(person.id(), head);
        return person;
    }

    /** A start more than a year ahead, or before 2000, is a slip of the keyboard (Plausibility). */
    private void requirePlausibleStart(LocalDate start) {
        LocalDate latest = LocalDate.now(clock).plus(Plausibility.LONGEST_ENROLMENT_AHEAD);
        if (start.isAfter(latest)) {
            throw new InvalidInputException("startDate", "admission.startDate.tooFarAhead", DAY.format(latest));
        }
        if (start.isBefore(Plausibility.EARLIEST_PROGRAMME_START)) {
            throw new InvalidInputException("startDate", "admission.startDate.tooEarly",
                    DAY.format(Plausibility.EARLIEST_PROGRAMME_START));
        }
    }

    /**
     * Registers a supervisor of any profession, perhaps from outside the municipality, makes her the
     * candidate's supervisor from {@code from}, and invites her.
     */
    @Transactional
    public Person addSupervisor(Actor head, UUID candidateId, NewPerson supervisor, LocalDate from) {
        CandidateFile file = caseloads.file(head, candidateId);
        if (blank(supervisor.givenName()) || blank(supervisor.familyName()) || blank(supervisor.email()) || from == null) {
            throw new InvalidInputException(blank(supervisor.givenName()) ? "givenName" : blank(supervisor.familyName())
                    ? "familyName" : blank(supervisor.email()) ? "email" : "validFrom", "supervisor.new.incomplete");
        }
        String email = validEmail(supervisor.email());
        requireText("givenName", supervisor.givenName());
        requireText("familyName", supervisor.familyName());
        if (from == null) {
            throw new InvalidInputException("validFrom", "form.date");
        }
        Person person = people.register(new NewPerson(supervisor.givenName().trim(), supervisor.familyName().trim(), email,
                supervisor.profession() == null ? Profession.OTHER : supervisor.profession(),
                supervisor.title() == null || supervisor.title().isBlank() ? null : supervisor.title().trim()), head);
        people.grantRole(person.id(), file.enrolment().organisationId(), Role.SUPERVISOR, head);
        relationships.start(candidateId, person.id(), RelationshipKind.SUPERVISOR, from, head);
        invitations.invite(person.id(), head);
        return person;
    }

    private String validEmail(String email) {
        String address = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(address).matches()) {
            throw new InvalidInputException("email", "admission.email.invalid");
        }
        if (people.emailInUse(address)) {
            throw new InvalidInputException("email", "admission.email.taken", address);
        }
        return address;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "form.required");
        }
    }
}

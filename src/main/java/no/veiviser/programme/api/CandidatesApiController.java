package no.veiviser.programme.api;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import no.veiviser.identity.Actor;
import no.veiviser.identity.NewPerson;
import no.veiviser.identity.Person;
import no.veiviser.identity.Profession;
import no.veiviser.identity.SignedInPerson;
import no.veiviser.programme.Admissions;
import no.veiviser.programme.CandidateFile;
import no.veiviser.programme.CandidateSummary;
import no.veiviser.programme.Caseloads;
import org.springframework.web.bind.annotation.RequestParam;
import no.veiviser.web.ApiPages;
import no.veiviser.shared.Paged;
import no.veiviser.programme.CandidatePage;
import no.veiviser.programme.Enrolment;
import no.veiviser.programme.NewCandidate;
import no.veiviser.programme.ProgrammeType;
import no.veiviser.programme.QualificationCheck;
import no.veiviser.programme.RelationshipKind;
import no.veiviser.programme.Relationships;
import no.veiviser.programme.Scheme;
import no.veiviser.programme.SupervisionRelationship;
import no.veiviser.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The candidates the caller is responsible for, and (department head) their relationships. */
@RestController
@RequestMapping("/api/v1/candidates")
class CandidatesApiController {

    record PersonRef(UUID id, String name) {

        static PersonRef of(Person person) {
            return person == null ? null : new PersonRef(person.id(), person.displayName());
        }
    }

    record EnrolmentView(ProgrammeType programme, Scheme scheme, LocalDate startDate, LocalDate endDate,
                         LocalDate convertedOn, BigDecimal positionPercent, String employer, UUID arenaId) {

        static EnrolmentView of(Enrolment enrolment) {
            return new EnrolmentView(enrolment.programme(), enrolment.scheme(), enrolment.startDate(),
                    enrolment.endDate(), enrolment.convertedOn(), enrolment.positionPercent(), enrolment.employer(),
                    enrolment.arenaId());
        }
    }

    record CandidateView(PersonRef candidate, EnrolmentView enrolment, PersonRef veileder, PersonRef approver,
                         String veilederWarning, Set<RelationshipKind> yourRelations) {
    }

    record RelationshipView(UUID id, PersonRef person, RelationshipKind kind, LocalDate validFrom, LocalDate validTo) {
    }

    record CandidateFileView(PersonRef candidate, EnrolmentView enrolment, List<RelationshipView> relationships) {
    }

    record Appointment(UUID personId, RelationshipKind kind, LocalDate validFrom) {
    }

    record Appointed(UUID candidateId, UUID personId, RelationshipKind kind, LocalDate validFrom, String warning) {
    }

    record NewSupervisor(String givenName, String familyName, String email, Profession profession, String title,
                         LocalDate validFrom) {
    }

    private final Caseloads caseloads;
    private final Relationships relationships;
    private final Admissions admissions;
    private final MessageSource messages;

    CandidatesApiController(Caseloads caseloads, Relationships relationships, Admissions admissions,
                            MessageSource messages) {
        this.caseloads = caseloads;
        this.relationships = relationships;
        this.admissions = admissions;
        this.messages = messages;
    }

    /** The department head enrols a new candidate in her organisation; she is invited by e-mail. */
    @PostMapping
    ResponseEntity<PersonRef> enrol(@AuthenticationPrincipal SignedInPerson caller, @RequestBody NewCandidate candidate) {
        Person person = admissions.admit(Actor.of(caller), candidate);
        return ResponseEntity.created(URI.create("/api/v1/candidates/" + person.id())).body(PersonRef.of(person));
    }

    /** The department head registers a supervisor of any profession, appoints and invites her. */
    @PostMapping("/{id}/supervisors")
    ResponseEntity<PersonRef> addSupervisor(@AuthenticationPrincipal SignedInPerson caller, @PathVariable UUID id,
                                            @RequestBody NewSupervisor supervisor) {
        Person person = admissions.addSupervisor(Actor.of(caller), id, new NewPerson(supervisor.givenName(),
                supervisor.familyName(), supervisor.email(), supervisor.profession(), supervisor.title()),
                supervisor.validFrom());
        return ResponseEntity.created(URI.create("/api/v1/candidates/" + id)).body(PersonRef.of(person));
    }

    /** Her last day in the programme; the appointments in force end the same day. */
    record Ending(java.time.LocalDate lastDay, String reason) {
    }

    /** The department head ends the candidate's programme; answers her file as it now stands. */
    @PostMapping("/{id}/ending")
    ResponseEntity<Void> endProgramme(@AuthenticationPrincipal SignedInPerson caller, @PathVariable UUID id,
                                      @RequestBody Ending ending) {
        admissions.endProgramme(Actor.of(caller), id, ending.lastDay(), ending.reason());
        return ResponseEntity.noContent().build();
    }

    /** Her candidates by name, fifty to an answer; the rest follow by {@code ?page=} (the {@code Link} header). */
    @GetMapping
    ResponseEntity<List<CandidateView>> mine(@AuthenticationPrincipal SignedInPerson caller,
                                             @RequestParam(required = false) String page, Locale locale) {
        CandidatePage candidates = caseloads.page(Actor.of(caller), null, Paged.number(page));
        return ApiPages.headers(candidates.page(), "/api/v1/candidates?page=").body(candidates.rows().stream().map(summary -> view(summary, locale)).toList());
    }

    @GetMapping("/{id}")
    CandidateFileView file(@AuthenticationPrincipal SignedInPerson caller, @PathVariable UUID id) {
        CandidateFile file = caseloads.file(Actor.of(caller), id);
        return new CandidateFileView(PersonRef.of(file.candidate()), EnrolmentView.of(file.enrolment()),
                file.relationships().stream().map(relationship -> view(relationship, file)).toList());
    }

    /** The department head appoints a veileder, approver, deputy or supervisor from a date. */
    @PostMapping("/{id}/relationships")
    ResponseEntity<Appointed> appoint(@AuthenticationPrincipal SignedInPerson caller, @PathVariable UUID id,
                                      @RequestBody Appointment appointment, Locale locale) {
        if (appointment.personId() == null) {
            throw new InvalidInputException("personId", "api.required", "personId");
        }
        if (appointment.kind() == null) {
            throw new InvalidInputException("kind", "api.required", "kind");
        }
        if (appointment.validFrom() == null) {
            throw new InvalidInputException("validFrom", "api.required", "validFrom");
        }
        QualificationCheck.Outcome outcome = relationships.start(id, appointment.personId(), appointment.kind(),
                appointment.validFrom(), Actor.of(caller));
        return ResponseEntity.created(URI.create("/api/v1/candidates/" + id))
                .body(new Appointed(id, appointment.personId(), appointment.kind(), appointment.validFrom(),
                        text(outcome, locale)));
    }

    private CandidateView view(CandidateSummary summary, Locale locale) {
        return new CandidateView(PersonRef.of(summary.candidate()), EnrolmentView.of(summary.enrolment()),
                PersonRef.of(summary.veileder()), PersonRef.of(summary.approver()),
                text(summary.veilederWarning(), locale), summary.viewerRelations());
    }

    private String text(QualificationCheck.Outcome outcome, Locale locale) {
        return outcome == null || outcome.messageKey() == null ? null
                : messages.getMessage(outcome.messageKey(), outcome.arguments(), locale);
    }

    private static RelationshipView view(SupervisionRelationship relationship, CandidateFile file) {
        return new RelationshipView(relationship.id(), new PersonRef(relationship.personId(), file.nameOf(relationship.personId())),
                relationship.kind(), relationship.validFrom(), relationship.validTo());
    }
}

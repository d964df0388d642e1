package no.veiviser;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import no.veiviser.identity.Actor;
import no.veiviser.identity.NewPerson;
import no.veiviser.identity.People;
import no.veiviser.identity.Profession;
import no.veiviser.identity.Role;
import no.veiviser.organisation.OrganisationKind;
import no.veiviser.organisation.Organisations;
import no.veiviser.programme.Enrolment;
import no.veiviser.programme.Enrolments;
import no.veiviser.programme.ProgrammeType;
import no.veiviser.programme.RelationshipKind;
import no.veiviser.programme.Relationships;
import no.veiviser.programme.Scheme;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A fresh ALIS with a local account in an organisation of her own (so the demo municipality's lists
 * stay as they are), related to demo people: veileder Kari Nordby, supervisor Jon Bakke, approver
 * Tone Haugland, deputy Eirik Strand. Sofie Dahl is not related to her.
 */
@Component
public class FreshCandidates {

    public static final String PASSWORD = "hemmelig-passord";

    public record FreshCandidate(UUID id, String username, UUID organisationId) {

        /** The candidate as she acts when signed in. */
        public Actor actor() {
            return new Actor(id, organisationId, java.util.Set.of(Role.CANDIDATE));
        }
    }

    private final People people;
    private final Organisations organisations;
    private final Enrolments enrolments;
    private final Relationships relationships;
    private final JdbcClient jdbc;

    FreshCandidates(People people, Organisations organisations, Enrolments enrolments, Relationships relationships,
                    JdbcClient jdbc) {
        this.people = people;
        this.organisations = organisations;
        this.enrolments = enrolments;
        this.relationships = relationships;
        this.jdbc = jdbc;
    }

    public FreshCandidate alis() {
        return alisStartingOn(LocalDate.of(2026, 9, 1));
    }

    /** An ALIS who started on this day, with the catalog versions in force then (before March 2026: the old FKM). */
    public FreshCandidate alisStartingOn(LocalDate start) {
        UUID id = people.register(new NewPerson("Ny", "Kandidat", null, Profession.PHYSICIAN, null), Actor.system()).id();
        String username = "alis." + id.toString().substring(0, 8);
        UUID organisation = organisations.create("Test " + username, null, OrganisationKind.MUNICIPALITY, Actor.system()).id();
        people.createLocalAccount(id, username, PASSWORD, Actor.system());
        people.grantRole(id, organisation, Role.CANDIDATE, Actor.system());
        enrolments.enrol(new Enrolment(UUID.randomUUID(), id, organisation, ProgrammeType.ALIS, Scheme.NEW, start, null,
                null, BigDecimal.valueOf(100), null, null), Actor.system());
        relationships.start(id, person("kari.nordby"), RelationshipKind.VEILEDER, start, Actor.system());
        relationships.start(id, person("jon.bakke"), RelationshipKind.SUPERVISOR, start, Actor.system());
        relationships.start(id, person("tone.haugland"), RelationshipKind.APPROVER, start, Actor.system());
        relationships.start(id, person("eirik.strand"), RelationshipKind.DEPUTY_APPROVER, start, Actor.system());
        return new FreshCandidate(id, username, organisation);
    }

    /** An administrator of the candidate's own organisation, with a local account; returns her username. */
    public String administratorOf(FreshCandidate candidate) {
        UUID id = people.register(new NewPerson("Ny", "Administrator", null, Profession.OTHER, null), Actor.system()).id();
        String username = "admin." + id.toString().substring(0, 8);
        people.createLocalAccount(id, username, PASSWORD, Actor.system());
        people.grantRole(id, candidate.organisationId(), Role.ADMINISTRATOR, Actor.system());
        return username;
    }

    /** A department head of the candidate's own organisation, with a local account; returns her username. */
    public String departmentHeadOf(FreshCandidate candidate) {
        UUID id = people.register(new NewPerson("Ny", "Avdelingsleder", null, Profession.PHYSICIAN, null), Actor.system()).id();
        String username = "leder." + id.toString().substring(0, 8);
        people.createLocalAccount(id, username, PASSWORD, Actor.system());
        people.grantRole(id, candidate.organisationId(), Role.DEPARTMENT_HEAD, Actor.system());
        return username;
    }

    /** A demo person as she acts when signed in: her organisation and roles there. */
    public Actor actor(String username) {
        UUID id = person(username);
        var roles = jdbc.sql("select organisation_id, role from person_role where person_id = ? order by organisation_id")
                .param(id).query((rs, row) -> java.util.Map.entry(rs.getObject("organisation_id", UUID.class),
                        Role.valueOf(rs.getString("role")))).list();
        UUID organisation = roles.isEmpty() ? null : roles.get(0).getKey();
        return new Actor(id, organisation, roles.stream().filter(role -> role.getKey().equals(organisation))
                .map(java.util.Map.Entry::getValue).collect(java.util.stream.Collectors.toSet()));
    }

    /** A demo person by username. */
    public UUID person(String username) {
        return jdbc.sql("select person_id from account where username = ?").param(username).query(UUID.class).single();
    }
}

package no.veiviser.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.veiviser.identity.Person;
import no.veiviser.identity.PersonInRole;
import no.veiviser.identity.Profession;
import no.veiviser.identity.Role;
import no.veiviser.identity.SpecialistQualification;
import no.veiviser.shared.Specialty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class PersonRepository {

    private final JdbcClient jdbc;

    PersonRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Person person, String actor, OffsetDateTime now) {
        jdbc.sql("""
                insert into person (id, given_name, family_name, email, profession, title,
                                    created_at, created_by, changed_at, changed_by)
                values (:id, :givenName, :familyName, :email, :profession, :title, :now, :actor, :now, :actor)
                """)
                .param("id", person.id())
                .param("givenName", person.givenName())
                .param("familyName", person.familyName())
                .param("email", person.email())
                .param("profession", person.profession().name())
                .param("title", person.title())
                .param("now", now)
                .param("actor", actor)
                .update();
    }

    public boolean existsByEmail(String email) {
        return jdbc.sql("select exists (select 1 from person where lower(email) = lower(:email))")
                .param("email", email).query(Boolean.class).single();
    }

    public boolean sameNameIn(UUID organisationId, String givenName, String familyName) {
        return jdbc.sql("""
                select exists (select 1 from person p join person_role r on r.person_id = p.id
                                where r.organisation_id = :organisationId
                                  and lower(p.given_name) = lower(:givenName) and lower(p.family_name) = lower(:familyName))
                """)
                .param("organisationId", organisationId).param("givenName", givenName).param("familyName", familyName)
                .query(Boolean.class).single();
    }

    public Optional<Person> find(UUID id) {
        return jdbc.sql("select id, given_name, family_name, email, profession, title from person where id = :id")
                .param("id", id)
                .query(PersonRepository::person)
                .optional();
    }

    public java.util.Map<UUID, Person> findAll(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        return jdbc.sql("select id, given_name, family_name, email, profession, title from person where id in (:ids)")
                .param("ids", ids)
                .query(PersonRepository::person)
                .list().stream()
                .collect(java.util.stream.Collectors.toMap(Person::id, person -> person));
    }

    public java.util.Map<UUID, List<SpecialistQualification>> qualificationsOf(java.util.Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return java.util.Map.of();
        }
        record Row(UUID personId, SpecialistQualification qualification) {
        }
        return jdbc.sql("select person_id, specialty, kind, valid_until from specialist_qualification where person_id in (:ids)")
                .param("ids", personIds)
                .query((rs, row) -> new Row(rs.getObject("person_id", UUID.class), new SpecialistQualification(
                        Specialty.valueOf(rs.getString("specialty")), SpecialistQualification.Kind.valueOf(rs.getString("kind")),
                        rs.getObject("valid_until", java.time.LocalDate.class))))
                .list().stream()
                .collect(java.util.stream.Collectors.groupingBy(Row::personId,
                        java.util.stream.Collectors.mapping(Row::qualification, java.util.stream.Collectors.toList())));
    }

    public void insertRole(UUID personId, UUID organisationId, Role role, String actor, OffsetDateTime now) {
        jdbc.sql("""
                insert into person_role (person_id, organisation_id, role, created_at, created_by)
                values (:personId, :organisationId, :role, :now, :actor)
                """)
                .param("personId", personId)
                .param("organisationId", organisationId)
                .param("role", role.name())
                .param("now", now)
                .param("actor", actor)
                .update();
    }

    public void upsertQualification(UUID personId, SpecialistQualification qualification, String actor,
                                    OffsetDateTime now) {
        jdbc.sql("""
                insert into specialist_qualification (person_id, specialty, kind, valid_until,
                                                      created_at, created_by, changed_at, changed_by)
                values (:personId, :specialty, :kind, :validUntil, :now, :actor, :now, :actor)
                on conflict (person_id, specialty) do update
                   set kind = excluded.kind, valid_until = excluded.valid_until,
                       changed_at = excluded.changed_at, changed_by = excluded.changed_by,
                       version = specialist_qualification.version + 1
                """)
                .param("personId", personId)
                .param("specialty", qualification.specialty().name())
                .param("kind", qualification.kind().name())
                .param("validUntil", qualification.validUntil())
                .param("now", now)
                .param("actor", actor)
                .update();
    }

    public List<SpecialistQualification> qualifications(UUID personId) {
        return jdbc.sql("""
                select specialty, kind, valid_until from specialist_qualification
                 where person_id = :personId order by specialty
                """)
                .param("personId", personId)
                .query((rs, row) -> new SpecialistQualification(Specialty.valueOf(rs.getString("specialty")),
                        SpecialistQualification.Kind.valueOf(rs.getString("kind")),
                        rs.getObject("valid_until", java.time.LocalDate.class)))
                .list();
    }

    /**
     * The organisation's people in the roles asked for, read from V47's index of roles by organisation
     * and role: not among all its roles, where its 2,000 candidates are.
     */
    public static final String WITH_ROLES = """
            select p.id, p.given_name, p.family_name, p.email, p.profession, p.title, r.role
              from person p join person_role r on r.person_id = p.id
             where r.organisation_id = :organisationId and r.role in (:roles)
             order by array_position(array['DEPARTMENT_HEAD','APPROVER','ADMINISTRATOR','VEILEDER','SUPERVISOR',
                                           'CANDIDATE'], r.role), p.family_name, p.given_name
            """;

    public List<PersonInRole> withRoles(UUID organisationId, java.util.Set<Role> roles) {
        return jdbc.sql(WITH_ROLES)
                .param("organisationId", organisationId)
                .param("roles", roles.stream().map(Role::name).toList())
                .query((rs, row) -> new PersonInRole(person(rs, row), Role.valueOf(rs.getString("role"))))
                .list();
    }

    public java.util.Set<Role> rolesIn(UUID personId, UUID organisationId) {
        return jdbc.sql("select role from person_role where person_id = :personId and organisation_id = :organisationId")
                .param("personId", personId)
                .param("organisationId", organisationId)
                .query((rs, row) -> Role.valueOf(rs.getString("role")))
                .set();
    }

    static Person person(ResultSet rs, int row) throws SQLException {
        return new Person(rs.getObject("id", UUID.class), rs.getString("given_name"), rs.getString("family_name"),
                rs.getString("email"), Profession.valueOf(rs.getString("profession")), rs.getString("title"));
    }
}

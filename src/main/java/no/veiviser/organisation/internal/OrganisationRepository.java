package no.veiviser.organisation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.veiviser.organisation.ConsortiumMember;
import no.veiviser.organisation.EducationOrganisation;
import no.veiviser.organisation.OrganisationKind;
import no.veiviser.shared.Specialty;
import no.veiviser.organisation.ReadinessSettings;
import no.veiviser.organisation.SpecialtyRegistration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class OrganisationRepository {

    private final JdbcClient jdbc;

    OrganisationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(EducationOrganisation organisation, String actor, OffsetDateTime now) {
        jdbc.sql("""
                insert into education_organisation (id, name, organisation_number, kind,
                                                    created_at, created_by, changed_at, changed_by)
                values (:id, :name, :number, :kind, :now, :actor, :now, :actor)
                """)
                .param("id", organisation.id())
                .param("name", organisation.name())
                .param("number", organisation.organisationNumber())
                .param("kind", organisation.kind().name())
                .param("now", now)
                .param("actor", actor)
                .update();
    }

    public void upsertRegistration(UUID organisationId, SpecialtyRegistration registration, String actor,
                                   OffsetDateTime now) {
        jdbc.sql("""
                insert into specialty_registration (id, organisation_id, specialty, registered_from,
                                                    created_at, created_by, changed_at, changed_by)
                values (:id, :organisationId, :specialty, :from, :now, :actor, :now, :actor)
                on conflict (organisation_id, specialty) do update
                   set registered_from = excluded.registered_from, changed_at = excluded.changed_at,
                       changed_by = excluded.changed_by, version = specialty_registration.version + 1
                """)
                .param("id", UUID.randomUUID())
                .param("organisationId", organisationId)
                .param("specialty", registration.specialty().name())
                .param("from", registration.registeredFrom())
                .param("now", now)
                .param("actor", actor)
                .update();
    }

    public void insertMember(UUID organisationId, ConsortiumMember member, String actor, OffsetDateTime now) {
        jdbc.sql("""
                insert into organisation_member (id, organisation_id, municipality, administering,
                                                 created_at, created_by, changed_at, changed_by)
                values (:id, :organisationId, :municipality, :administering, :now, :actor, :now, :actor)
                """)
                .param("id", UUID.randomUUID())
                .param("organisationId", organisationId)
                .param("municipality", member.municipality())
                .param("administering", member.administering())
                .param("now", now)
                .param("actor", actor)
                .update();
    }

    public void clearAdministering(UUID organisationId, String actor, OffsetDateTime now) {
        jdbc.sql("""
                update organisation_member set administering = false, changed_at = :now, changed_by = :actor,
                       version = version + 1
                 where organisation_id = :organisationId and administering
                """)
                .param("organisationId", organisationId).param("now", now).param("actor", actor).update();
    }

    public List<ConsortiumMember> members(UUID organisationId) {
        return jdbc.sql("""
                select municipality, administering from organisation_member
                 where organisation_id = :organisationId order by administering desc, municipality
                """)
                .param("organisationId", organisationId)
                .query((rs, row) -> new ConsortiumMember(rs.getString("municipality"), rs.getBoolean("administering")))
                .list();
    }

    public void setVeilederJustificationRequired(UUID id, boolean required, String actor, OffsetDateTime now) {
        jdbc.sql("""
                update education_organisation set veileder_justification_required = :required, changed_at = :now,
                       changed_by = :actor, version = version + 1 where id = :id""")
                .param("id", id).param("required", required).param("now", now).param("actor", actor).update();
    }

    public void setReadinessSettings(UUID id, ReadinessSettings settings, String actor, OffsetDateTime now) {
        jdbc.sql("""
                update education_organisation set other_service_cap_months = :cap,
                       institution_service_required = :institution, changed_at = :now, changed_by = :actor,
                       version = version + 1 where id = :id""")
                .param("id", id).param("cap", settings.otherServiceCapMonths())
                .param("institution", settings.institutionServiceRequired())
                .param("now", now).param("actor", actor).update();
    }

    public Optional<ReadinessSettings> readinessSettings(UUID id) {
        return jdbc.sql("""
                select other_service_cap_months, institution_service_required from education_organisation
                 where id = :id""")
                .param("id", id)
                .query((rs, row) -> new ReadinessSettings(rs.getObject("institution_service_required", Boolean.class),
                        rs.getBigDecimal("other_service_cap_months")))
                .optional();
    }

    /** The settings of several organisations, by organisation (one query). */
    public java.util.Map<UUID, ReadinessSettings> readinessSettings(java.util.Collection<UUID> ids) {
        java.util.Map<UUID, ReadinessSettings> settings = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return settings;
        }
        jdbc.sql("""
                select id, other_service_cap_months, institution_service_required from education_organisation
                 where id = any(:ids)""")
                .param("ids", ids.toArray(UUID[]::new))
                .query((rs, row) -> settings.put(rs.getObject("id", UUID.class), new ReadinessSettings(
                        rs.getObject("institution_service_required", Boolean.class),
                        rs.getBigDecimal("other_service_cap_months"))))
                .list();
        return settings;
    }

    /** Those of the organisations that ask for the veileder's justification (one query). */
    public java.util.Set<UUID> requiringVeilederJustification(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql(
                        "select id from education_organisation where veileder_justification_required and id in (:ids)")
                .param("ids", ids).query(UUID.class).list());
    }

    public Optional<EducationOrganisation> find(UUID id) {
        return jdbc.sql("select id, name, organisation_number, kind from education_organisation where id = :id")
                .param("id", id)
                .query(OrganisationRepository::organisation)
                .optional();
    }

    public Optional<EducationOrganisation> findByName(String name) {
        return jdbc.sql("select id, name, organisation_number, kind from education_organisation where name = :name")
                .param("name", name)
                .query(OrganisationRepository::organisation)
                .optional();
    }

    public List<SpecialtyRegistration> registrations(UUID organisationId) {
        return jdbc.sql("""
                select specialty, registered_from from specialty_registration
                 where organisation_id = :organisationId order by specialty
                """)
                .param("organisationId", organisationId)
                .query((rs, row) -> new SpecialtyRegistration(Specialty.valueOf(rs.getString("specialty")),
                        rs.getObject("registered_from", LocalDate.class)))
                .list();
    }

    private static EducationOrganisation organisation(ResultSet rs, int row) throws SQLException {
        return new EducationOrganisation(rs.getObject("id", UUID.class), rs.getString("name"),
                rs.getString("organisation_number"), OrganisationKind.valueOf(rs.getString("kind")));
    }
}

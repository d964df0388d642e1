package no.veiviser.programme.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import no.veiviser.shared.Paged;
import no.veiviser.programme.Enrolment;
import no.veiviser.programme.ProgrammeType;
import no.veiviser.programme.Scheme;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class EnrolmentRepository {

    private final JdbcClient jdbc;

    EnrolmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Enrolment enrolment, String actor, OffsetDateTime now) {
        jdbc.sql("""
                insert into enrolment (id, candidate_id, organisation_id, programme, scheme, start_date, end_date,
                                       converted_on, position_percent, employer, arena_id, created_at, created_by,
                                       changed_at, changed_by)
                values (:id, :candidateId, :organisationId, :programme, :scheme, :startDate, :endDate,
                        :convertedOn, :positionPercent, :employer, :arenaId, :now, :actor, :now, :actor)
                """)
                .param("id", enrolment.id())
                .param("candidateId", enrolment.candidateId())
                .param("organisationId", enrolment.organisationId())
                .param("programme", enrolment.programme().name())
                .param("scheme", enrolment.scheme().name())
                .param("startDate", enrolment.startDate())
                .param("endDate", enrolment.endDate())
                .param("convertedOn", enrolment.convertedOn())
                .param("positionPercent", enrolment.positionPercent())
                .param("employer", enrolment.employer())
                .param("arenaId", enrolment.arenaId())
                .param("now", now)
                .param("actor", actor)
                .update();
    }

    /** Sets the enrolment's last day. */
    public void end(UUID id, LocalDate lastDay, String actor, OffsetDateTime now) {
        jdbc.sql("""
                update enrolment set end_date = :lastDay, changed_at = :now, changed_by = :actor, version = version + 1
                 where id = :id
                """)
                .param("id", id).param("lastDay", lastDay).param("now", now).param("actor", actor)
                .update();
    }

    public void assignCatalog(UUID enrolmentId, UUID versionId, String actor, OffsetDateTime now) {
        jdbc.sql("""
                insert into enrolment_catalog (enrolment_id, catalog_version_id, created_at, created_by, changed_at, changed_by)
                values (:enrolmentId, :versionId, :now, :actor, :now, :actor)
                """)
                .param("enrolmentId", enrolmentId).param("versionId", versionId).param("now", now).param("actor", actor)
                .update();
    }

    /** The versions assigned today, i.e. not ended by a move to another version. */
    public List<UUID> assignedCatalogs(UUID enrolmentId) {
        return jdbc.sql("select catalog_version_id from enrolment_catalog where enrolment_id = :id and ended_at is null")
                .param("id", enrolmentId).query(UUID.class).list();
    }

    /** Ends an assignment when the candidate is moved to another version; the row stays as history. */
    public int endCatalog(UUID enrolmentId, UUID versionId, String actor, OffsetDateTime now) {
        return jdbc.sql("""
                update enrolment_catalog set ended_at = :now, ended_by = :actor, changed_at = :now, changed_by = :actor,
                       version = version + 1
                 where enrolment_id = :enrolmentId and catalog_version_id = :versionId and ended_at is null
                """)
                .param("enrolmentId", enrolmentId).param("versionId", versionId).param("now", now).param("actor", actor)
                .update();
    }

    private static final String COLUMNS = "id, candidate_id, organisation_id, programme, scheme, start_date, end_date, "
            + "converted_on, position_percent, employer, arena_id";

    public List<Enrolment> findByCandidate(UUID candidateId) {
        return jdbc.sql("select " + COLUMNS + " from enrolment where candidate_id = :candidateId order by start_date desc")
                .param("candidateId", candidateId)
                .query(EnrolmentRepository::enrolment)
                .list();
    }

    public List<Enrolment> findByCandidates(java.util.Collection<UUID> candidateIds) {
        if (candidateIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from enrolment where candidate_id in (:ids) order by start_date desc")
                .param("ids", candidateIds)
                .query(EnrolmentRepository::enrolment)
                .list();
    }

    /**
     * A page of the candidates enrolled at the organisation or among {@code related}, whose name
     * contains {@code name}, by family name, with how many there are on all pages (one statement).
     * Both come from V49's {@code organisation_candidate}: the organisation's candidates in the order
     * of its index and the related ones not enrolled there (a veileder's few), each side up to the
     * end of the page, merged by name. A page of the largest municipality reads its fifty rows and
     * the count her own 2,000 index entries, not everyone's names; the plan is the same for anyone
     * who asks. (As one {@code union all} without the limits, PostgreSQL 17 sorted all 2,000.)
     */
    public static final String CANDIDATES_BY_NAME = """
            select listed.candidate_id as id,
                   (select count(*) from organisation_candidate o
                     where o.organisation_id = :organisationId
                       and (cast(:pattern as text) is null or (o.given_name || ' ' || o.family_name) ilike :pattern))
                 + (select count(distinct r.candidate_id) from organisation_candidate r
                     where r.candidate_id = any(:related)
                       and not exists (select 1 from organisation_candidate o
                                        where o.organisation_id = :organisationId and o.candidate_id = r.candidate_id)
                       and (cast(:pattern as text) is null or (r.given_name || ' ' || r.family_name) ilike :pattern)) as total
              from ((select o.candidate_id, o.family_name, o.given_name from organisation_candidate o
                      where o.organisation_id = :organisationId
                        and (cast(:pattern as text) is null or (o.given_name || ' ' || o.family_name) ilike :pattern)
                      order by o.family_name, o.given_name, o.candidate_id limit :offset + :limit)
                    union all
                    (select distinct r.candidate_id, r.family_name, r.given_name from organisation_candidate r
                      where r.candidate_id = any(:related)
                        and not exists (select 1 from organisation_candidate o
                                         where o.organisation_id = :organisationId and o.candidate_id = r.candidate_id)
                        and (cast(:pattern as text) is null or (r.given_name || ' ' || r.family_name) ilike :pattern)
                      order by r.family_name, r.given_name, r.candidate_id limit :offset + :limit)) listed
             order by listed.family_name, listed.given_name, listed.candidate_id
             offset :offset limit :limit
            """;

    public Paged<UUID> candidatesByName(UUID organisationId, Collection<UUID> related, String name, int number,
                                        int size) {
        List<Long> total = new java.util.ArrayList<>();
        List<UUID> ids = jdbc.sql(CANDIDATES_BY_NAME)
                .param("organisationId", organisationId).param("related", related.toArray(UUID[]::new))
                .param("pattern", name == null || name.isBlank() ? null : pattern(name))
                .param("offset", Paged.offset(number, size)).param("limit", size)
                .query((rs, row) -> {
                    total.add(rs.getLong("total"));
                    return rs.getObject("id", UUID.class);
                }).list();
        if (ids.isEmpty() && number > 1) {
            return candidatesByName(organisationId, related, name, 1, size);
        }
        return new Paged<>(ids, number, size, total.isEmpty() ? 0 : total.get(0));
    }

    /** A LIKE pattern that finds the text anywhere, its own % and _ taken literally. */
    private static String pattern(String name) {
        String text = name == null ? "" : name.strip();
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static Enrolment enrolment(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Enrolment(rs.getObject("id", UUID.class),
                rs.getObject("candidate_id", UUID.class), rs.getObject("organisation_id", UUID.class),
                ProgrammeType.valueOf(rs.getString("programme")), Scheme.valueOf(rs.getString("scheme")),
                rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                rs.getObject("converted_on", LocalDate.class), rs.getObject("position_percent", BigDecimal.class),
                rs.getString("employer"), rs.getObject("arena_id", UUID.class));
    }
}

package no.veiviser.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.veiviser.IntegrationTest;
import no.veiviser.identity.Actor;
import no.veiviser.identity.NewPerson;
import no.veiviser.identity.People;
import no.veiviser.identity.Profession;
import no.veiviser.identity.Role;
import no.veiviser.organisation.OrganisationKind;
import no.veiviser.organisation.Organisations;
import no.veiviser.shared.Paged;
import no.veiviser.shared.database.DatabaseAdministrator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The lists of candidates by name read V49's {@code organisation_candidate}, which the database keeps
 * from the enrolments and the people's names: a candidate enrolled twice is listed once, one moved to
 * another organisation or whose enrolment is removed leaves the first list, a new name is sorted
 * where it belongs, and a veileder's candidates from elsewhere are merged in by name and counted once.
 */
@IntegrationTest
class OrganisationCandidatesTest {

    @Autowired
    Enrolments enrolments;

    @Autowired
    People people;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theListFollowsEnrolmentsAndNamesAndMergesTheRelatedByName() {
        UUID here = organisation("Listeby");
        UUID elsewhere = organisation("Andreby");
        UUID anne = candidate("Anne", "Aas");
        UUID berit = candidate("Berit", "Berg");
        UUID cecilie = candidate("Cecilie", "Carlsen");
        UUID dina = candidate("Dina", "Dahl");
        enrol(anne, here);
        enrolAgain(anne, here, ProgrammeType.SAMLIS);
        enrol(berit, here);
        enrol(cecilie, elsewhere);
        enrol(dina, elsewhere);

        assertThat(page(here, Set.of(), 1)).as("each candidate once, by family name").containsExactly(anne, berit);
        assertThat(enrolments.candidatesByName(here, Set.of(), null, 1, 50).total()).isEqualTo(2);

        Paged<UUID> withHers = enrolments.candidatesByName(here, Set.of(dina, anne), null, 1, 50);
        assertThat(withHers.rows()).as("her related candidate from elsewhere merged in by name, the one enrolled here once")
                .containsExactly(anne, berit, dina);
        assertThat(withHers.total()).isEqualTo(3);
        assertThat(enrolments.candidatesByName(null, Set.of(dina, cecilie), null, 1, 50).rows())
                .as("a veileder's candidates alone").containsExactly(cecilie, dina);
        assertThat(enrolments.candidatesByName(here, Set.of(dina), "ahl", 1, 50).rows()).as("searched by name")
                .containsExactly(dina);
        assertThat(enrolments.candidatesByName(here, Set.of(dina, cecilie), null, 2, 2).rows()).as("the second page of two")
                .containsExactly(cecilie, dina);

        jdbc.sql("update enrolment set organisation_id = :elsewhere where candidate_id = :berit")
                .param("elsewhere", elsewhere).param("berit", berit).update();
        assertThat(page(here, Set.of(), 1)).as("moved to another organisation").containsExactly(anne);
        assertThat(page(elsewhere, Set.of(), 1)).containsExactly(berit, cecilie, dina);

        jdbc.sql("update person set family_name = 'Østby' where id = :anne").param("anne", anne).update();
        assertThat(page(elsewhere, Set.of(anne), 1)).as("a new name sorted where it belongs")
                .containsExactly(berit, cecilie, dina, anne);

        List<UUID> annes = jdbc.sql("select id from enrolment where candidate_id = :anne").param("anne", anne)
                .query(UUID.class).list();
        removeAsOwner(annes.get(0));
        assertThat(page(here, Set.of(), 1)).as("one of two enrolments removed").containsExactly(anne);
        removeAsOwner(annes.get(1));
        assertThat(page(here, Set.of(), 1)).as("the last removed").isEmpty();

        assertThat(unmatchedRows()).as("the table is the join it stands for, in the whole database").isZero();
    }

    /**
     * A second enrolment at one place and the first moved to another, in two transactions at once:
     * the second waits for the first to commit (the candidate's row is locked) and then reads what it
     * did, so she is listed at both places whichever came first. Without the wait the later one
     * failed on the row the earlier had just written, or left it out.
     */
    @Test
    void anEnrolmentMadeWhileAnotherIsMovedIsListedEitherWay() throws Exception {
        for (boolean moveFirst : new boolean[] {true, false}) {
            UUID here = organisation("Samtidigby");
            UUID elsewhere = organisation("Flytteby");
            UUID candidate = candidate("Siri", "Samtidig");
            enrol(candidate, here);
            UUID first = jdbc.sql("select id from enrolment where candidate_id = :candidate").param("candidate", candidate)
                    .query(UUID.class).single();
            Change move = connection -> update(connection, "update enrolment set organisation_id = ? where id = ?",
                    elsewhere, first);
            Change another = connection -> update(connection, """
                    insert into enrolment (id, candidate_id, organisation_id, programme, scheme, start_date, position_percent,
                                           created_at, created_by, changed_at, changed_by)
                    values (?, ?, ?, 'SAMLIS', 'NEW', date '2026-09-01', 100, now(), 'test', now(), 'test')
                    """, UUID.randomUUID(), candidate, here);

            happenTogether(moveFirst ? move : another, moveFirst ? another : move);

            assertThat(page(here, Set.of(), 1)).as("moved first: " + moveFirst).containsExactly(candidate);
            assertThat(page(elsewhere, Set.of(), 1)).as("moved first: " + moveFirst).containsExactly(candidate);
        }
    }

    @Autowired
    javax.sql.DataSource dataSource;

    private interface Change {
        void makeOn(java.sql.Connection connection) throws java.sql.SQLException;
    }

    /** The first change is made and left uncommitted; the second, on another connection, must wait for it. */
    private void happenTogether(Change first, Change second) throws Exception {
        try (java.sql.Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            first.makeOn(connection);
            var other = java.util.concurrent.CompletableFuture.runAsync(() -> {
                try (java.sql.Connection another = dataSource.getConnection()) {
                    second.makeOn(another);
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(500);
            assertThat(other).as("the second change waits for the first").isNotDone();
            connection.commit();
            other.get(10, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    private static void update(java.sql.Connection connection, String sql, Object... values) throws java.sql.SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            for (int index = 0; index < values.length; index++) {
                statement.setObject(index + 1, values[index]);
            }
            statement.executeUpdate();
        }
    }

    /** Only the schema's owner may remove an enrolment (with its catalogs). */
    private static void removeAsOwner(UUID enrolment) {
        JdbcClient owner = JdbcClient.create(DatabaseAdministrator.owner());
        owner.sql("delete from enrolment_catalog where enrolment_id = :id").param("id", enrolment).update();
        owner.sql("delete from enrolment where id = :id").param("id", enrolment).update();
    }

    private List<UUID> page(UUID organisation, Set<UUID> related, int number) {
        return enrolments.candidatesByName(organisation, related, null, number, 50).rows();
    }

    /** Rows of the table and of the enrolments with names that the other does not have. */
    private long unmatchedRows() {
        String join = "select distinct e.organisation_id, e.candidate_id, p.family_name, p.given_name"
                + " from enrolment e join person p on p.id = e.candidate_id";
        String table = "select organisation_id, candidate_id, family_name, given_name from organisation_candidate";
        return jdbc.sql("select (select count(*) from (" + join + " except all " + table + ") missing)"
                + " + (select count(*) from (" + table + " except all " + join + ") extra)").query(Long.class).single();
    }

    private UUID organisation(String name) {
        return organisations.create(name + " " + UUID.randomUUID().toString().substring(0, 8), null,
                OrganisationKind.MUNICIPALITY, Actor.system()).id();
    }

    private UUID candidate(String given, String family) {
        return people.register(new NewPerson(given, family + "-" + UUID.randomUUID().toString().substring(0, 4), null,
                Profession.PHYSICIAN, null), Actor.system()).id();
    }

    private void enrol(UUID candidate, UUID organisation) {
        people.grantRole(candidate, organisation, Role.CANDIDATE, Actor.system());
        enrolAgain(candidate, organisation, ProgrammeType.ALIS);
    }

    private void enrolAgain(UUID candidate, UUID organisation, ProgrammeType programme) {
        enrolments.enrol(new Enrolment(UUID.randomUUID(), candidate, organisation, programme, Scheme.NEW,
                LocalDate.of(2026, 9, 1), null, null, BigDecimal.valueOf(100), null, null), Actor.system());
    }
}

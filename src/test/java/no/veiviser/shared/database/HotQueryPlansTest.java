package no.veiviser.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import no.veiviser.IntegrationTest;
import no.veiviser.approval.internal.AssessmentRepository;
import no.veiviser.approval.internal.AssessmentTallies;
import no.veiviser.identity.internal.PersonRepository;
import no.veiviser.notification.internal.OutboxRepository;
import no.veiviser.portfolio.internal.ActivityRepository;
import no.veiviser.programme.internal.EnrolmentRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The plans of the hottest queries read indexes, whatever the size of the data. On the small test
 * database the planner would rightly scan a tiny table, so sequential scans are priced out for the
 * transaction: a query that still scans has no index it can use, and at national size (7.4 million
 * signature requests) it would read them all.
 */
@IntegrationTest
class HotQueryPlansTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theActivityListsNewestSignatureRequestPerActivityReadsAnIndex() {
        List<String> plan = plan(ActivityRepository.LATEST_REQUESTS_OF_CANDIDATE.replace(":id", "'" + UUID.randomUUID() + "'"));

        assertThat(plan).noneMatch(line -> line.contains("Seq Scan on signature_request"))
                .noneMatch(line -> line.contains("Seq Scan on learning_activity"));
    }

    /** The activity list asks for the newest request of the fifty activities on its page only. */
    @Test
    void theNewestRequestsOfAPagesActivitiesReadTheIndex() {
        List<String> plan = plan(ActivityRepository.LATEST_REQUESTS_OF_ACTIVITIES.replace(":ids",
                "array['" + UUID.randomUUID() + "', '" + UUID.randomUUID() + "']::uuid[]"));

        assertThat(plan).anyMatch(line -> line.contains("signature_request_activity_idx"))
                .noneMatch(line -> line.contains("Seq Scan"));
    }

    /**
     * The queues read the person's own rows of V48's table, in the order of its index: no sort, no
     * join of her relationships to everyone's queue, whatever the size. That is the planner's choice at
     * national size; on this small database it rightly sorts her few rows, so sorting (and the bitmap
     * scan that leads to it) is priced out here.
     */
    @Test
    void theQueuesReadHerOwnRowsInTheOrderOfTheirIndex() {
        for (String queue : List.of(AssessmentRepository.SUBMITTED, AssessmentRepository.SUBMITTED_NOT_ANSWERED_BY)) {
            List<String> plan = plan(queue(queue), "set local enable_sort = off", "set local enable_bitmapscan = off");

            assertThat(plan).as(queue).anyMatch(line -> line.contains("assessment_queue_of_person"))
                    .noneMatch(line -> line.contains("supervision_relationship"))
                    .noneMatch(line -> line.replaceFirst("^\\s*(->\\s+)?", "").startsWith("Sort  ("))
                    .noneMatch(line -> line.contains("Seq Scan"));
        }
    }

    /**
     * Planned once for any person (as the application's prepared statement is after five runs), the
     * recommendations look each entry's answer up by its submission and the person in V19's index,
     * not by intersecting all the person's answers with the assessment's events.
     */
    @Test
    void theRecommendationsPlannedForAnyPersonLookAnswersUpBySubmission() {
        String prepared = AssessmentRepository.SUBMITTED_NOT_ANSWERED_BY.replace(":person", "$1").replace(":size", "$2")
                .replace(":offset", "$3").replace(":countLimit", "$4").replace(":kinds", "$5").replace(":day", "$6");
        List<String> plan = transactions.execute(status -> {
            jdbc.sql("set local plan_cache_mode = force_generic_plan").update();
            jdbc.sql("prepare recommendations (uuid, int, int, int, text[], date) as " + prepared).update();
            List<String> lines = jdbc.sql("explain execute recommendations ('" + UUID.randomUUID()
                    + "', 20, 0, 1001, array['VEILEDER', 'SUPERVISOR'], current_date)").query(String.class).list();
            jdbc.sql("deallocate recommendations").update();
            return lines;
        });

        assertThat(plan).anyMatch(line -> line.contains("goal_assessment_event_one_answer"))
                .noneMatch(line -> line.contains("BitmapAnd"));
    }

    private static String queue(String sql) {
        return sql.replace(":person", "'" + UUID.randomUUID() + "'")
                .replace(":kinds", "array['APPROVER', 'DEPUTY_APPROVER']").replace(":day", "current_date")
                .replace(":size", "50").replace(":offset", "0").replace(":countLimit", "1001");
    }

    /** The department head's tallies read each candidate's approved goals from their own index. */
    @Test
    void theCandidateListsTalliesReadTheApprovedGoalsIndex() {
        List<String> plan = plan(AssessmentTallies.TALLIES.replace(":ids",
                "array['" + UUID.randomUUID() + "', '" + UUID.randomUUID() + "']::uuid[]"));

        assertThat(plan).anyMatch(line -> line.contains("goal_assessment_approved"))
                .noneMatch(line -> line.contains("Seq Scan"));
    }

    /** An organisation's department heads are read by organisation and role, not among all its roles. */
    @Test
    void anOrganisationsPeopleInARoleAreReadByOrganisationAndRole() {
        List<String> plan = plan(PersonRepository.WITH_ROLES.replace(":organisationId", "'" + UUID.randomUUID() + "'::uuid")
                .replace(":roles", "'DEPARTMENT_HEAD', 'APPROVER'"));

        assertThat(plan).anyMatch(line -> line.contains("person_role_organisation_role"))
                .anyMatch(line -> line.contains("Index Cond") && line.contains("role ="))
                .noneMatch(line -> line.contains("Seq Scan"));
    }

    /** The mail delivery's poll reads the waiting notices only, not every notice ever sent before them. */
    @Test
    void theMailDeliveryReadsTheWaitingNoticesOnly() {
        List<String> plan = plan(OutboxRepository.UNDELIVERED.replace(":limit", "20"));

        assertThat(plan).anyMatch(line -> line.contains("outbox_message_undelivered"))
                .noneMatch(line -> line.contains("outbox_message_created"));
    }

    /**
     * A page of the candidates by name reads V49's table of each organisation's candidates in the
     * order of its index of names, up to the end of the page, and neither everyone's names nor the
     * enrolments; the count reads her own entries. On this small database sorting a few would be as
     * good, so sorting is priced out to show that the statement's shape leaves the index's order open.
     */
    @Test
    void theCandidatesByNameAreReadFromTheirOrganisationsIndexOfNames() {
        String page = EnrolmentRepository.CANDIDATES_BY_NAME.replace(":organisationId", "'" + UUID.randomUUID() + "'::uuid")
                .replace(":related", "array[]::uuid[]").replace(":pattern", "null").replace(":offset", "0")
                .replace(":limit", "50");

        List<String> plan = plan(page, "set local enable_sort = off");

        assertThat(plan).anyMatch(line -> line.contains("Index Only Scan using organisation_candidate_by_name"))
                .noneMatch(line -> line.contains("person_by_name")).noneMatch(line -> line.contains(" on enrolment"))
                .noneMatch(line -> line.contains("Seq Scan"));
        assertThat(plan.stream().filter(line -> line.contains("Limit  (")).count())
                .as("the page, and each side read only up to the end of the page").isGreaterThanOrEqualTo(3);
    }

    private List<String> plan(String sql, String... settings) {
        return transactions.execute(status -> {
            jdbc.sql("set local enable_seqscan = off").update();
            for (String setting : settings) {
                jdbc.sql(setting).update();
            }
            return jdbc.sql("explain " + sql).query(String.class).list();
        });
    }
}

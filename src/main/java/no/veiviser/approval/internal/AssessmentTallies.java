package no.veiviser.approval.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import no.veiviser.programme.GoalTallies;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Approved goals out of assigned goals per candidate, counted in the database in one query. */
@Component
class AssessmentTallies implements GoalTallies {

    private final JdbcClient jdbc;

    AssessmentTallies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, Tally> of(Collection<UUID> candidateIds) {
        Map<UUID, Tally> tallies = new HashMap<>();
        if (candidateIds.isEmpty()) {
            return tallies;
        }
        jdbc.sql("""
                select enrolment.candidate_id, count(*) as total,
                       count(*) filter (where assessment.status = 'APPROVED') as approved
                  from enrolment
                  join enrolment_catalog assigned on assigned.enrolment_id = enrolment.id and assigned.ended_at is null
                  join learning_goal goal on goal.catalog_version_id = assigned.catalog_version_id
                  left join goal_assessment assessment on assessment.candidate_id = enrolment.candidate_id
                                                      and assessment.goal_code = goal.code
                 where enrolment.candidate_id in (:ids)
                 group by enrolment.candidate_id
                """)
                .param("ids", candidateIds)
                .query(rs -> {
                    tallies.put(rs.getObject("candidate_id", UUID.class),
                            new Tally(rs.getLong("approved"), rs.getLong("total")));
                });
        return tallies;
    }
}

package no.veiviser.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import no.veiviser.FreshCandidates;
import no.veiviser.IntegrationTest;
import no.veiviser.TestActors;
import no.veiviser.programme.GoalTallies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The department head's list counts, per candidate, the approved goals among those of her assigned
 * catalogs. An ALIS who started on 1 September 2026 has ALM (88 goals) and FKM in its 2026 version
 * (14 goals) assigned: 102.
 */
@IntegrationTest
class AssessmentTalliesTest {

    @Autowired
    GoalTallies tallies;

    @Autowired
    GoalApprovals approvals;

    @Autowired
    FreshCandidates fresh;

    @Test
    void onlyApprovedGoalsOfTheAssignedCatalogsCount() {
        FreshCandidates.FreshCandidate approved = fresh.alis();
        FreshCandidates.FreshCandidate untouched = fresh.alis();
        approve(approved, "ALM-001");
        approvals.submit(approved.actor(), "ALM-002", null);

        var counted = tallies.of(List.of(approved.id(), untouched.id(), UUID.randomUUID()));

        assertThat(counted.get(approved.id())).isEqualTo(new GoalTallies.Tally(1, 102));
        assertThat(counted.get(untouched.id())).isEqualTo(new GoalTallies.Tally(0, 102));
        assertThat(counted).as("someone without an enrolment has no tally").hasSize(2);
    }

    private void approve(FreshCandidates.FreshCandidate candidate, String goal) {
        GoalAssessment submitted = approvals.submit(candidate.actor(), goal, null);
        approvals.recommend(TestActors.person(fresh.person("kari.nordby")), submitted.id(), null);
        approvals.recommend(TestActors.person(fresh.person("jon.bakke")), submitted.id(), null);
        approvals.approve(TestActors.person(fresh.person("tone.haugland")), submitted.id(), null);
    }
}

package no.veiviser.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A correction waiting for its signature does not take away the signed version it replaces. */
class SignedEvidenceTest {

    @Test
    void theNewestSignedVersionOfEachChainStands() {
        LearningActivity signedThenCorrected = activity(null, ActivityStatus.SUPERSEDED);
        LearningActivity pendingCorrection = activity(signedThenCorrected.id(), ActivityStatus.SENT);
        LearningActivity signedOnce = activity(null, ActivityStatus.SUPERSEDED);
        LearningActivity signedCorrection = activity(signedOnce.id(), ActivityStatus.SIGNED);
        LearningActivity draft = activity(null, ActivityStatus.DRAFT);
        LearningActivity rejected = activity(null, ActivityStatus.REJECTED);

        assertThat(SignedEvidence.current(List.of(signedThenCorrected, pendingCorrection, signedOnce, signedCorrection,
                draft, rejected))).containsExactlyInAnyOrder(signedThenCorrected, signedCorrection);
    }

    private static LearningActivity activity(UUID previous, ActivityStatus status) {
        return new LearningActivity(UUID.randomUUID(), UUID.randomUUID(), ActivityType.JOINT_CONSULTATION, "Konsultasjon",
                LocalDate.of(2026, 10, 5), null, null, null, null, List.of("ALM-042"), status, previous,
                previous == null ? null : "Feil dato");
    }
}

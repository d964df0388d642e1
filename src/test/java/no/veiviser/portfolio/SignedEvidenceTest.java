package no.veiviser.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

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

    /**
     * The goal overview's counts come from the versions alone: a signed correction that moved an
     * activity from ALM-042 to ALM-043 counts for ALM-043 only; one still waiting leaves it on ALM-042.
     */
    @Test
    void eachGoalCountsTheVersionsThatStandForIt() {
        SignedEvidence.Version moved = version(null, ActivityStatus.SUPERSEDED, "ALM-042");
        SignedEvidence.Version movedSigned = version(moved.id(), ActivityStatus.SIGNED, "ALM-043");
        SignedEvidence.Version waiting = version(null, ActivityStatus.SUPERSEDED, "ALM-042", "FKM-01");
        SignedEvidence.Version waitingCorrection = version(waiting.id(), ActivityStatus.SENT, "ALM-043");
        SignedEvidence.Version signed = version(null, ActivityStatus.SIGNED, "ALM-042");
        SignedEvidence.Version draft = version(null, ActivityStatus.DRAFT, "ALM-044");

        assertThat(SignedEvidence.perGoal(List.of(moved, movedSigned, waiting, waitingCorrection, signed, draft)))
                .containsOnly(entry("ALM-042", 2L), entry("ALM-043", 1L), entry("FKM-01", 1L));
    }

    private static SignedEvidence.Version version(UUID previous, ActivityStatus status, String... goals) {
        return new SignedEvidence.Version(UUID.randomUUID(), status, previous, List.of(goals));
    }

    private static LearningActivity activity(UUID previous, ActivityStatus status) {
        return new LearningActivity(UUID.randomUUID(), UUID.randomUUID(), ActivityType.JOINT_CONSULTATION, "Konsultasjon",
                LocalDate.of(2026, 10, 5), null, null, null, null, List.of("ALM-042"), status, previous,
                previous == null ? null : "Feil dato");
    }
}

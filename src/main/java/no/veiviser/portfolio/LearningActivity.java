package no.veiviser.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A learning activity.
 *
 * @param shiftStart the start of an on-call shift (null for other types)
 * @param hours             the hours of a course or e-learning, where given
 * @param previousVersionId the signed activity this one corrects, or null
 * @param correctionReason  why it was corrected (present exactly when previousVersionId is)
 */
public record LearningActivity(UUID id, UUID candidateId, ActivityType type, String description, LocalDate performedOn,
                               OffsetDateTime shiftStart, OffsetDateTime shiftEnd, String place, BigDecimal hours,
                               List<String> goalCodes, ActivityStatus status, UUID previousVersionId,
                               String correctionReason) {

    public LearningActivity {
        goalCodes = List.copyOf(goalCodes);
    }

    public boolean canBeSent() {
        return status == ActivityStatus.DRAFT || status == ActivityStatus.REJECTED;
    }

    /** Files may be added until the activity is sent; after that they are part of what was signed. */
    public boolean acceptsAttachments() {
        return canBeSent();
    }

    /**
     * Her own draft, or an activity her signer rejected, is still hers to change or throw away; a
     * changed rejected activity is a draft again, to be sent anew (the rejection stays in its history).
     */
    public boolean canBeEdited() {
        return status == ActivityStatus.DRAFT || status == ActivityStatus.REJECTED;
    }

    /** Only a signed activity is corrected; anything earlier is simply sent again. */
    public boolean canBeCorrected() {
        return status == ActivityStatus.SIGNED;
    }
}

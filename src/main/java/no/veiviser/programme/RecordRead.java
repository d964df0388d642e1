package no.veiviser.programme;

import java.time.OffsetDateTime;

/**
 * One read of a person's record as a person is shown it: who read which part, under which
 * relationship, in names and words, never ids.
 */
public record RecordRead(OffsetDateTime readAt, String readerName, String candidateName, Audience part,
                         AccessBasis basis) {
}

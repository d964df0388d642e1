package no.veiviser.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A course certificate as the candidate gives it: the course, the goals she wants activities for,
 * the day and hours, the topic of a clinical topic course, the file, and whom to send it to (if anyone).
 */
public record CourseCertificate(String courseCode, List<String> goalCodes, LocalDate completedOn, BigDecimal hours,
                                String topic, String filename, byte[] content, UUID sendTo) {

    public CourseCertificate {
        goalCodes = goalCodes == null ? List.of() : goalCodes;
    }
}

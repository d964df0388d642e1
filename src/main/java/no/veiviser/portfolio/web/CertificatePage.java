package no.veiviser.portfolio.web;

import java.util.List;
import java.util.UUID;
import no.veiviser.catalog.Course;
import no.veiviser.catalog.CourseKind;
import no.veiviser.identity.Person;
import no.veiviser.portfolio.CourseCertificates;
import no.veiviser.shared.FormErrors;

/** The course certificate page: the course list, and once a course is chosen its proposal. */
public record CertificatePage(List<Course> courses, CourseCertificates.Proposal proposal, List<String> chosen,
                              String completedOn, String hours, String topic, List<Person> signers, UUID sendTo, FormErrors errors) {

    /** A clinical topic course asks for its topic: it is different topics that count. */
    public boolean asksForTopic() {
        return proposal != null && proposal.course().kind() == CourseKind.CLINICAL_TOPIC;
    }
}

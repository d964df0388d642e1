package no.veiviser.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.veiviser.approval.GoalApprovals;
import no.veiviser.guidance.GroupDiplomas;
import no.veiviser.guidance.GuidanceGroups;
import no.veiviser.identity.Actor;
import no.veiviser.identity.Role;
import no.veiviser.portfolio.ActivityType;
import no.veiviser.portfolio.CourseCertificate;
import no.veiviser.portfolio.CourseCertificates;
import no.veiviser.portfolio.LearningActivity;
import no.veiviser.portfolio.NewActivity;
import no.veiviser.portfolio.Portfolio;
import no.veiviser.programme.Enrolments;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The portfolio of the ALIS who has completed everything: ten joint consultations with her
 * supervisor that between them document every goal of her catalogs, the four basic courses, the
 * course in acute medicine and six clinical topic courses with their certificates, all signed; every
 * goal approved after her veileder's and supervisor's recommendations; and the diploma of her group. Recorded, signed and
 * approved through the same services as in the application.
 */
class DemoCompletion {

    /** Six different topics (docs/rules/ALIS-COURSES.md); invented, each 15 hours. */
    private static final List<String> TOPICS = List.of("Hudsykdommer", "Barnesykdommer", "Psykiatri",
            "Muskel- og skjelettlidelser", "Øre-nese-hals", "Geriatri");
    private static final List<String> COURSES = List.of("GRUNNKURS-A", "GRUNNKURS-B", "GRUNNKURS-C", "GRUNNKURS-D",
            "KURS-I-AKUTTMEDISIN");
    private static final int JOINT_CONSULTATIONS = 10;

    private final Portfolio portfolio;
    private final CourseCertificates certificates;
    private final GoalApprovals approvals;
    private final Enrolments enrolments;
    private final GuidanceGroups groups;
    private final GroupDiplomas diplomas;

    DemoCompletion(Portfolio portfolio, CourseCertificates certificates, GoalApprovals approvals,
                   Enrolments enrolments, GuidanceGroups groups, GroupDiplomas diplomas) {
        this.groups = groups;
        this.diplomas = diplomas;
        this.portfolio = portfolio;
        this.certificates = certificates;
        this.approvals = approvals;
        this.enrolments = enrolments;
    }

    void load(UUID organisationId, UUID candidateId, UUID veilederId, UUID supervisorId, UUID approverId) {
        Actor candidate = actor(candidateId, organisationId, Role.CANDIDATE);
        Actor supervisor = actor(supervisorId, organisationId, Role.SUPERVISOR);
        LocalDate start = enrolments.of(candidateId).get(0).startDate();
        List<String> goals = enrolments.assignedGoalCodes(candidateId).stream().sorted().toList();
        for (int index = 0; index < JOINT_CONSULTATIONS; index++) {
            List<String> covered = every(goals, index);
            portfolio.record(candidate, new NewActivity(ActivityType.JOINT_CONSULTATION,
                    "Felleskonsultasjon med supervisør, drøftet etterpå",
                    start.plusMonths(3 + 5L * index).plusDays(9), null, null, "Bragernes legesenter", null, covered));
        }
        for (int index = 0; index < COURSES.size(); index++) {
            course(candidate, COURSES.get(index), start.plusMonths(4 + 8L * index), null);
        }
        for (int index = 0; index < TOPICS.size(); index++) {
            course(candidate, "KLINISKE-EMNEKURS", start.plusMonths(6 + 8L * index), TOPICS.get(index));
        }
        sendAndSign(candidate, supervisor);
        approveEvery(goals, candidate, actor(veilederId, organisationId, Role.VEILEDER), supervisor,
                actor(approverId, organisationId, Role.APPROVER));
        groups.held(candidateId).forEach(group -> diplomas.attach(candidate, group.membershipId(), "diplom.pdf",
                certificate("Veiledningsgruppe i allmennmedisin, " + group.name(), null)));
    }

    private void sendAndSign(Actor candidate, Actor supervisor) {
        List<UUID> drafts = portfolio.of(candidate.personId()).stream().filter(LearningActivity::canBeSent)
                .map(LearningActivity::id).toList();
        portfolio.requestSignatures(candidate, drafts, supervisor.personId());
        portfolio.signAll(supervisor, portfolio.awaiting(supervisor).stream()
                .filter(waiting -> waiting.activity().candidateId().equals(candidate.personId()))
                .map(waiting -> waiting.request().id()).toList());
    }

    private void course(Actor candidate, String code, LocalDate completedOn, String topic) {
        var proposal = certificates.propose(candidate.personId(), code);
        BigDecimal hours = proposal.course().hours() != null ? proposal.course().hours() : BigDecimal.valueOf(15);
        certificates.confirm(candidate, new CourseCertificate(code, proposal.goalCodes(), completedOn, hours, topic,
                "kursbevis.pdf", certificate(proposal.course().name(), topic), null));
    }

    private void approveEvery(List<String> goals, Actor candidate, Actor veileder, Actor supervisor, Actor approver) {
        for (String goal : goals) {
            var submitted = approvals.submit(candidate, goal, "Dokumentert med signerte felleskonsultasjoner og kurs.");
            approvals.recommend(veileder, submitted.id(), "Drøftet i veiledning; målet er nådd.");
            approvals.recommend(supervisor, submitted.id(), "Anbefales etter felleskonsultasjonene.");
            approvals.approve(approver, submitted.id(), "Godkjent etter anbefaling fra veileder og supervisør.");
        }
    }

    /** Every tenth goal, starting at {@code offset}: ten consultations share the goals between them. */
    private static List<String> every(List<String> goals, int offset) {
        List<String> chosen = new ArrayList<>();
        for (int index = offset; index < goals.size(); index += JOINT_CONSULTATIONS) {
            chosen.add(goals.get(index));
        }
        return chosen;
    }

    /** A one-page PDF certificate, as the course organiser would issue it. */
    private static byte[] certificate(String course, String topic) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                text.newLineAtOffset(72, 700);
                text.showText("Kursbevis: " + course + (topic == null ? "" : " - " + topic));
                text.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Actor actor(UUID id, UUID organisationId, Role role) {
        return new Actor(id, organisationId, Set.of(role));
    }
}

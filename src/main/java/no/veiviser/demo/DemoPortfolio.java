package no.veiviser.demo;

import static no.veiviser.demo.DemoCast.ALIS_FOUR_AND_A_HALF_YEARS;
import static no.veiviser.demo.DemoCast.APPROVER_PERSON;
import static no.veiviser.demo.DemoCast.VEILEDER_EXEMPTED;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.veiviser.approval.GoalApprovals;
import no.veiviser.identity.Actor;
import no.veiviser.identity.Role;
import no.veiviser.portfolio.ActivityType;
import no.veiviser.portfolio.NewActivity;
import no.veiviser.portfolio.Portfolio;

/**
 * Emma's portfolio, so that every step of the daily loop has something to show: signed activities
 * and an approved goal, a goal waiting for a supervisor's recommendation, an activity waiting for a
 * signature, one rejected with a reason to fix, and a draft. Recorded, signed and approved through the
 * same services as in the application.
 */
class DemoPortfolio {

    private final Portfolio portfolio;
    private final GoalApprovals approvals;

    DemoPortfolio(Portfolio portfolio, GoalApprovals approvals) {
        this.portfolio = portfolio;
        this.approvals = approvals;
    }

    void load(Map<String, UUID> ids, UUID organisationId, LocalDate today) {
        Actor emma = person(ids.get(ALIS_FOUR_AND_A_HALF_YEARS.username()), organisationId, Role.CANDIDATE);
        Actor maria = person(ids.get(VEILEDER_EXEMPTED.username()), organisationId, Role.VEILEDER);
        Actor per = person(ids.get("per.aasen"), organisationId, Role.SUPERVISOR);
        Actor ida = person(ids.get("ida.hovland"), organisationId, Role.SUPERVISOR);
        Actor tone = person(ids.get(APPROVER_PERSON.username()), organisationId, Role.APPROVER);

        signed(emma, per, activity(ActivityType.JOINT_CONSULTATION,
                "Felleskonsultasjon med supervisør: eldre pasient med akutt forvirring", today.minusMonths(7), "ALM-042"));
        signed(emma, maria, activity(ActivityType.PRACTICE_VISIT,
                "Praksisbesøk: veileder fulgte en dag med konsultasjoner", today.minusMonths(6), "ALM-042"));
        signed(emma, maria, new NewActivity(ActivityType.COURSE, "Grunnkurs A – allmennlegen og fastlegekontoret",
                today.minusMonths(40), null, null, "Drammen", BigDecimal.valueOf(30), List.of("ALM-001")));
        var approved = approvals.submit(emma, "ALM-042", "Felleskonsultasjon og praksisbesøk, begge signert.");
        approvals.recommend(maria, approved.id(), "Emma vurderer og følger opp akutt forvirring selvstendig.");
        approvals.recommend(per, approved.id(), "Anbefales.");
        approvals.approve(tone, approved.id(), "Godkjent etter anbefaling fra veileder og supervisør.");

        var waiting = approvals.submit(emma, "ALM-001", "Grunnkurs A er gjennomført og signert.");
        approvals.recommend(maria, waiting.id(), "Kurset dekker målet; anbefales.");

        UUID sent = portfolio.record(emma, activity(ActivityType.JOINT_CONSULTATION,
                "Felleskonsultasjon: sårbehandling på sykehjem", today.minusWeeks(2), "ALM-055")).id();
        portfolio.requestSignature(emma, sent, per.personId());
        UUID rejected = portfolio.record(emma, activity(ActivityType.OTHER,
                "Refleksjonsnotat om svangerskapsomsorg", today.minusWeeks(3), "ALM-060")).id();
        portfolio.reject(ida, portfolio.requestSignature(emma, rejected, ida.personId()).id(),
                "Skriv gjerne hva du lærte og hva du vil gjøre annerledes, så signerer jeg.");
        portfolio.record(emma, activity(ActivityType.MEETING, "Tverrfaglig møte om pasient med rusproblemer",
                today.minusDays(3), "ALM-070"));
    }

    private void signed(Actor candidate, Actor signer, NewActivity activity) {
        UUID id = portfolio.record(candidate, activity).id();
        portfolio.sign(signer, portfolio.requestSignature(candidate, id, signer.personId()).id(), null);
    }

    private static NewActivity activity(ActivityType type, String description, LocalDate on, String goal) {
        return new NewActivity(type, description, on, null, null, null, null, List.of(goal));
    }

    private static Actor person(UUID id, UUID organisationId, Role role) {
        return new Actor(id, organisationId, Set.of(role));
    }
}

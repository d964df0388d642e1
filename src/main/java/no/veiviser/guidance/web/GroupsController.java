package no.veiviser.guidance.web;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.veiviser.guidance.GroupRecord;
import no.veiviser.guidance.GuidanceGroups;
import no.veiviser.identity.Actor;
import no.veiviser.identity.People;
import no.veiviser.identity.Person;
import no.veiviser.identity.PersonInRole;
import no.veiviser.identity.Role;
import no.veiviser.identity.SignedInPerson;
import no.veiviser.programme.Caseloads;
import no.veiviser.shared.FormRefusals;
import no.veiviser.shared.Paged;
import no.veiviser.shared.TypedText;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Guidance groups: the department head keeps the organisation's groups (leaders, members), a leader
 * records meetings and who was present.
 */
@Controller
class GroupsController {

    private final GuidanceGroups groups;
    private final People people;
    private final Caseloads caseloads;

    GroupsController(GuidanceGroups groups, People people, Caseloads caseloads) {
        this.groups = groups;
        this.people = people;
        this.caseloads = caseloads;
    }

    @GetMapping("/guidance/groups")
    String list(@AuthenticationPrincipal SignedInPerson viewer, Model model) {
        Actor actor = Actor.of(viewer);
        model.addAttribute("groups", groups.visibleTo(actor));
        model.addAttribute("keeper", actor.hasRole(Role.DEPARTMENT_HEAD));
        return "guidance/groups";
    }

    @PostMapping("/guidance/groups")
    String create(@AuthenticationPrincipal SignedInPerson viewer, @RequestParam(required = false) String name,
                  @RequestParam(required = false) String organiser, RedirectAttributes redirect) {
        var group = FormRefusals.attempt(redirect, () -> groups.create(Actor.of(viewer), name, organiser));
        if (group.isPresent()) {
            redirect.addFlashAttribute("notice", "group.created");
            return "redirect:/guidance/groups/" + group.get().id();
        }
        return "redirect:/guidance/groups";
    }

    @GetMapping("/guidance/groups/{groupId}")
    String group(@AuthenticationPrincipal SignedInPerson viewer, @PathVariable UUID groupId,
                 @RequestParam(name = "member", required = false) String memberSearch, Model model) {
        Actor actor = Actor.of(viewer);
        GroupRecord record = groups.record(actor, groupId);
        boolean keeps = groups.keeps(actor, record.group());
        Paged<UUID> choices = keeps ? caseloads.enrolledAt(actor, memberSearch) : new Paged<>(List.of(), 1, 1, 0);
        Set<UUID> ids = new HashSet<>(record.leaders());
        record.members().forEach(member -> ids.add(member.candidateId()));
        ids.addAll(choices.rows());
        Map<UUID, Person> persons = people.findAll(ids);
        List<Person> staff = keeps ? people.withRoles(record.group().organisationId(), java.util.EnumSet.of(Role.SUPERVISOR,
                Role.VEILEDER)).stream().map(PersonInRole::person).distinct()
                .sorted(java.util.Comparator.comparing(Person::displayName)).toList() : List.of();
        Paged<Person> candidates = new Paged<>(choices.rows().stream().map(persons::get)
                .filter(java.util.Objects::nonNull).toList(), choices.number(), choices.size(), choices.total());
        model.addAttribute("view", new GroupPage(record, persons, keeps, record.leaders().contains(viewer.personId()),
                staff, candidates, memberSearch));
        return "guidance/group";
    }

    @PostMapping("/guidance/groups/{groupId}/leaders")
    String addLeader(@AuthenticationPrincipal SignedInPerson viewer, @PathVariable UUID groupId,
                     @RequestParam(required = false) UUID personId, RedirectAttributes redirect) {
        if (FormRefusals.run(redirect, () -> groups.addLeader(Actor.of(viewer), groupId, personId))) {
            redirect.addFlashAttribute("notice", "group.leaderAdded");
        }
        return "redirect:/guidance/groups/" + groupId;
    }

    @PostMapping("/guidance/groups/{groupId}/members")
    String addMember(@AuthenticationPrincipal SignedInPerson viewer, @PathVariable UUID groupId,
                     @RequestParam(required = false) UUID candidateId, @RequestParam(required = false) String from,
                     RedirectAttributes redirect) {
        if (FormRefusals.run(redirect, () -> groups.addMember(Actor.of(viewer), groupId, candidateId, TypedText.date(from)))) {
            redirect.addFlashAttribute("notice", "group.memberAdded");
        }
        return "redirect:/guidance/groups/" + groupId;
    }

    @PostMapping("/guidance/groups/{groupId}/member-ending")
    String endMember(@AuthenticationPrincipal SignedInPerson viewer, @PathVariable UUID groupId,
                     @RequestParam(required = false) UUID memberId, @RequestParam(required = false) String lastDay,
                     RedirectAttributes redirect) {
        if (FormRefusals.run(redirect, () -> groups.endMember(Actor.of(viewer), groupId, memberId, TypedText.date(lastDay)))) {
            redirect.addFlashAttribute("notice", "group.memberEnded");
        }
        return "redirect:/guidance/groups/" + groupId;
    }

    @PostMapping("/guidance/groups/{groupId}/meetings")
    String recordMeeting(@AuthenticationPrincipal SignedInPerson viewer, @PathVariable UUID groupId,
                         @RequestParam(required = false) String heldOn, @RequestParam(required = false) String hours,
                         @RequestParam(required = false) List<UUID> present, RedirectAttributes redirect) {
        if (FormRefusals.run(redirect, () -> groups.recordMeeting(Actor.of(viewer), groupId, TypedText.date(heldOn),
                TypedText.number(hours), present == null ? Set.of() : Set.copyOf(present)))) {
            redirect.addFlashAttribute("notice", "group.meetingRecorded");
        }
        return "redirect:/guidance/groups/" + groupId;
    }

    @PostMapping("/guidance/groups/{groupId}/meetings/{meetingId}/correction")
    String correctMeeting(@AuthenticationPrincipal SignedInPerson viewer, @PathVariable UUID groupId,
                          @PathVariable UUID meetingId, @RequestParam(required = false) String heldOn,
                          @RequestParam(required = false) String hours, @RequestParam(required = false) List<UUID> present,
                          @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        if (FormRefusals.run(redirect, () -> groups.correctMeeting(Actor.of(viewer), groupId, meetingId,
                TypedText.date(heldOn), TypedText.number(hours), present == null ? Set.of() : Set.copyOf(present), reason))) {
            redirect.addFlashAttribute("notice", "group.meetingCorrected");
        }
        return "redirect:/guidance/groups/" + groupId;
    }
}

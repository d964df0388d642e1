package no.veiviser.guidance.api;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.veiviser.guidance.GroupDiploma;
import no.veiviser.guidance.GroupDiplomas;
import no.veiviser.guidance.GroupMeeting;
import no.veiviser.guidance.GroupRecord;
import no.veiviser.guidance.GuidanceGroup;
import no.veiviser.guidance.GuidanceGroups;
import no.veiviser.guidance.HeldGroup;
import no.veiviser.identity.Actor;
import no.veiviser.identity.SignedInPerson;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Guidance groups as JSON, with the same rules as the pages: the department head keeps her
 * organisation's groups (leaders, members), a leader records and corrects meetings, and a member's
 * groups are read by those who read her service. Anyone else is told a group does not exist.
 */
@RestController
@RequestMapping("/api/v1")
class GroupsApiController {

    record GroupRequest(String name, String organiser) {
    }

    record LeaderRequest(UUID personId) {
    }

    record MemberRequest(UUID candidateId, LocalDate from) {
    }

    record EndingRequest(UUID memberId, LocalDate lastDay) {
    }

    /** A meeting held; {@code present} the members who were there (the others are recorded absent). */
    record MeetingRequest(LocalDate heldOn, BigDecimal hours, Set<UUID> present, String reason) {
    }

    private final GuidanceGroups groups;
    private final GroupDiplomas diplomas;

    GroupsApiController(GuidanceGroups groups, GroupDiplomas diplomas) {
        this.groups = groups;
        this.diplomas = diplomas;
    }

    @GetMapping("/guidance-groups")
    List<GuidanceGroup> visible(@AuthenticationPrincipal SignedInPerson caller) {
        return groups.visibleTo(Actor.of(caller));
    }

    @PostMapping("/guidance-groups")
    ResponseEntity<GuidanceGroup> create(@AuthenticationPrincipal SignedInPerson caller,
                                         @RequestBody GroupRequest request) {
        GuidanceGroup group = groups.create(Actor.of(caller), request.name(), request.organiser());
        return ResponseEntity.created(URI.create("/api/v1/guidance-groups/" + group.id())).body(group);
    }

    @GetMapping("/guidance-groups/{groupId}")
    GroupRecord group(@AuthenticationPrincipal SignedInPerson caller, @PathVariable UUID groupId) {
        return groups.record(Actor.of(caller), groupId);
    }

    @PostMapping("/guidance-groups/{groupId}/leaders")
    GroupRecord addLeader(@AuthenticationPrincipal SignedInPerson caller, @PathVariable UUID groupId,
                          @RequestBody LeaderRequest request) {
        groups.addLeader(Actor.of(caller), groupId, request.personId());
        return group(caller, groupId);
    }

    @PostMapping("/guidance-groups/{groupId}/members")
    GroupRecord addMember(@AuthenticationPrincipal SignedInPerson caller, @PathVariable UUID groupId,
                          @RequestBody MemberRequest request) {
        groups.addMember(Actor.of(caller), groupId, request.candidateId(), request.from());
        return group(caller, groupId);
    }

    @PostMapping("/guidance-groups/{groupId}/member-ending")
    GroupRecord endMember(@AuthenticationPrincipal SignedInPerson caller, @PathVariable UUID groupId,
                          @RequestBody EndingRequest request) {
        groups.endMember(Actor.of(caller), groupId, request.memberId(), request.lastDay());
        return group(caller, groupId);
    }

    @PostMapping("/guidance-groups/{groupId}/meetings")
    ResponseEntity<GroupMeeting> recordMeeting(@AuthenticationPrincipal SignedInPerson caller,
                                               @PathVariable UUID groupId, @RequestBody MeetingRequest request) {
        GroupMeeting meeting = groups.recordMeeting(Actor.of(caller), groupId, request.heldOn(), request.hours(),
                request.present() == null ? Set.of() : request.present());
        return ResponseEntity.created(URI.create("/api/v1/guidance-groups/" + groupId)).body(meeting);
    }

    @PostMapping("/guidance-groups/{groupId}/meetings/{meetingId}/correction")
    ResponseEntity<GroupMeeting> correctMeeting(@AuthenticationPrincipal SignedInPerson caller,
                                                @PathVariable UUID groupId, @PathVariable UUID meetingId,
                                                @RequestBody MeetingRequest request) {
        GroupMeeting correction = groups.correctMeeting(Actor.of(caller), groupId, meetingId, request.heldOn(),
                request.hours(), request.present() == null ? Set.of() : request.present(), request.reason());
        return ResponseEntity.created(URI.create("/api/v1/guidance-groups/" + groupId)).body(correction);
    }

    @GetMapping("/candidates/{id}/guidance-groups")
    List<HeldGroup> held(@AuthenticationPrincipal SignedInPerson caller, @PathVariable UUID id) {
        return groups.held(Actor.of(caller), id);
    }

    /** The member attaches her diploma (multipart {@code file}) to one of her memberships. */
    @PostMapping(path = "/group-memberships/{membershipId}/diplomas", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<GroupDiploma> attachDiploma(@AuthenticationPrincipal SignedInPerson caller,
                                               @PathVariable UUID membershipId,
                                               @RequestPart(required = false) MultipartFile file) throws IOException {
        GroupDiploma diploma = diplomas.attach(Actor.of(caller), membershipId,
                file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes());
        return ResponseEntity.created(URI.create("/api/v1/group-diplomas/" + diploma.id())).body(diploma);
    }

    @GetMapping("/candidates/{id}/group-diplomas")
    List<GroupDiploma> diplomas(@AuthenticationPrincipal SignedInPerson caller, @PathVariable UUID id) {
        return diplomas.of(Actor.of(caller), id);
    }

    @GetMapping("/group-diplomas/{diplomaId}")
    ResponseEntity<byte[]> diploma(@AuthenticationPrincipal SignedInPerson caller, @PathVariable UUID diplomaId) {
        GroupDiplomas.Download download = diplomas.download(Actor.of(caller), diplomaId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(download.diploma().mediaType()))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store").body(download.content());
    }
}

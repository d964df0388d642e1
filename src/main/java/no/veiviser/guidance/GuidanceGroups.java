package no.veiviser.guidance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.veiviser.guidance.internal.GuidanceGroupRepository;
import no.veiviser.identity.Actor;
import no.veiviser.identity.People;
import no.veiviser.identity.PersonInRole;
import no.veiviser.identity.Role;
import no.veiviser.programme.Audience;
import no.veiviser.programme.CandidateAccess;
import no.veiviser.programme.Enrolments;
import no.veiviser.programme.RelationshipKind;
import no.veiviser.programme.Relationships;
import no.veiviser.shared.InputLimits;
import no.veiviser.shared.InvalidInputException;
import no.veiviser.shared.NotFoundException;
import no.veiviser.shared.Plausibility;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Guidance groups. The department head keeps the organisation's groups: names them, adds leaders and
 * members over periods. A leader records the meetings and who was present. A leader counts as a
 * supervisor for the group's members: adding a member appoints each leader her supervisor from the
 * membership's first day. Anyone else is told a group does not exist.
 */
@Service
public class GuidanceGroups {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final GuidanceGroupRepository groups;
    private final People people;
    private final Enrolments enrolments;
    private final Relationships relationships;
    private final CandidateAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GuidanceGroups(GuidanceGroupRepository groups, People people, Enrolments enrolments, Relationships relationships,
                   CandidateAccess access, ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.groups = groups;
        this.people = people;
        this.enrolments = enrolments;
        this.relationships = relationships;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public GuidanceGroup create(Actor head, String name, String organiser) {
        if (!head.hasRole(Role.DEPARTMENT_HEAD) || head.organisationId() == null) {
            throw new NotFoundException("Organisation");
        }
        require(name != null && !name.isBlank() && name.strip().length() <= InputLimits.LONGEST_NAME, "name",
                "group.name.required", InputLimits.LONGEST_NAME);
        require(organiser != null && !organiser.isBlank() && organiser.strip().length() <= InputLimits.LONGEST_NAME,
                "organiser", "group.organiser.required", InputLimits.LONGEST_NAME);
        var group = new GuidanceGroup(UUID.randomUUID(), head.organisationId(), name.strip(), organiser.strip());
        groups.insert(group, head.id(), now());
        events.publishEvent(new GuidanceGroupEvent.Created(group, head.id()));
        return group;
    }

    /** The groups of her organisation (a department head) and those she leads. */
    public List<GuidanceGroup> visibleTo(Actor actor) {
        UUID organisation = actor.hasRole(Role.DEPARTMENT_HEAD) ? actor.organisationId() : null;
        return groups.visibleTo(organisation, actor.personId());
    }

    /** A group's record, for the department head of its organisation and its leaders. */
    public GroupRecord record(Actor actor, UUID groupId) {
        GuidanceGroup group = readable(actor, groupId);
        return new GroupRecord(group, groups.leaders(group.id()), groups.members(group.id()), groups.meetings(group.id()));
    }

    /** Whether the actor keeps the group (its organisation's department head), rather than only leading it. */
    public boolean keeps(Actor actor, GuidanceGroup group) {
        return actor.hasRole(Role.DEPARTMENT_HEAD) && group.organisationId().equals(actor.organisationId());
    }

    /** A supervisor or veileder of the organisation leads the group from now on. */
    @Transactional
    public void addLeader(Actor head, UUID groupId, UUID personId) {
        GuidanceGroup group = kept(head, groupId);
        boolean fits = personId != null && people.withRoles(group.organisationId(), EnumSet.of(Role.SUPERVISOR, Role.VEILEDER))
                .stream().map(PersonInRole::person).anyMatch(person -> person.id().equals(personId));
        require(fits, "personId", "group.leader.notStaff");
        if (groups.addLeader(group.id(), personId, head.id(), now())) {
            LocalDate today = LocalDate.now(clock);
            groups.members(group.id()).stream().filter(member -> member.to() == null || !member.to().isBefore(today))
                    .forEach(member -> supervise(head, personId, member.candidateId(),
                            member.from().isAfter(today) ? member.from() : today));
            events.publishEvent(new GuidanceGroupEvent.LeaderAdded(group, personId, head.id()));
        }
    }

    /**
     * A candidate of the organisation joins the group from a day; each leader becomes her supervisor
     * from that day, unless already.
     */
    @Transactional
    public void addMember(Actor head, UUID groupId, UUID candidateId, LocalDate from) {
        GuidanceGroup group = kept(head, groupId);
        boolean enrolled = candidateId != null && enrolments.of(candidateId).stream()
                .anyMatch(enrolment -> enrolment.organisationId().equals(group.organisationId()));
        require(enrolled, "candidateId", "group.member.notCandidate");
        require(from != null, "from", "form.date");
        LocalDate latest = LocalDate.now(clock).plus(Plausibility.LONGEST_ENROLMENT_AHEAD);
        require(!from.isAfter(latest), "from", "group.member.tooFarAhead", DAY.format(latest));
        require(groups.members(group.id()).stream().noneMatch(member -> member.candidateId().equals(candidateId)
                && (member.to() == null || !member.to().isBefore(from))), "candidateId", "group.member.already");
        groups.addMember(new GroupMembership(UUID.randomUUID(), group.id(), candidateId, from, null), head.id(), now());
        groups.leaders(group.id()).forEach(leader -> supervise(head, leader, candidateId, from));
        events.publishEvent(new GuidanceGroupEvent.MemberAdded(group, candidateId, head.id()));
    }

    /** Her membership ends on a last day. */
    @Transactional
    public void endMember(Actor head, UUID groupId, UUID memberId, LocalDate lastDay) {
        GuidanceGroup group = kept(head, groupId);
        GroupMembership member = groups.members(group.id()).stream().filter(found -> found.id().equals(memberId)
                && found.to() == null).findFirst().orElseThrow(() -> new NotFoundException("Membership"));
        require(lastDay != null, "lastDay", "form.date");
        require(!lastDay.isBefore(member.from()), "lastDay", "group.member.endBeforeStart", DAY.format(member.from()));
        groups.endMember(member.id(), lastDay, head.id(), now());
        events.publishEvent(new GuidanceGroupEvent.MemberEnded(group, member.candidateId(), head.id()));
    }

    /**
     * A leader records a meeting that has been held, its hours, and who of the members that day was
     * present (the others are recorded absent).
     */
    @Transactional
    public GroupMeeting recordMeeting(Actor leader, UUID groupId, LocalDate heldOn, BigDecimal hours, Set<UUID> present) {
        GuidanceGroup group = led(leader, groupId);
        GroupMeeting meeting = insertMeeting(leader, group, heldOn, hours, present, null, null);
        events.publishEvent(new GuidanceGroupEvent.MeetingRecorded(group, leader.id()));
        return meeting;
    }

    /**
     * A leader corrects a recorded meeting (its day, hours or who was present) with a reason: a new
     * meeting that replaces it, which counts instead; the corrected one is kept as it was.
     */
    @Transactional
    public GroupMeeting correctMeeting(Actor leader, UUID groupId, UUID meetingId, LocalDate heldOn, BigDecimal hours,
                                       Set<UUID> present, String reason) {
        GuidanceGroup group = led(leader, groupId);
        GroupMeeting corrected = groups.meetings(group.id()).stream().filter(meeting -> meeting.id().equals(meetingId))
                .findFirst().orElseThrow(() -> new NotFoundException("Meeting"));
        require(!corrected.replaced(), "reason", "group.meeting.alreadyCorrected");
        String why = reason == null ? "" : reason.strip();
        require(!why.isEmpty() && why.length() <= InputLimits.LONGEST_TEXT, "reason", "group.meeting.reasonRequired");
        GroupMeeting correction = insertMeeting(leader, group, heldOn, hours, present, meetingId, why);
        events.publishEvent(new GuidanceGroupEvent.MeetingCorrected(group, leader.id()));
        return correction;
    }

    /** A held day, sane hours, and the attendance of everyone who was a member that day. */
    private GroupMeeting insertMeeting(Actor leader, GuidanceGroup group, LocalDate heldOn, BigDecimal hours,
                                       Set<UUID> present, UUID corrects, String reason) {
        require(heldOn != null, "heldOn", "form.date");
        require(!heldOn.isAfter(LocalDate.now(clock)), "heldOn", "group.meeting.future");
        require(hours != null && hours.signum() > 0 && hours.compareTo(BigDecimal.valueOf(8)) <= 0
                && hours.scale() <= 2, "hours", "group.meeting.hoursInvalid");
        Set<UUID> chosen = present == null ? Set.of() : present;
        Map<UUID, Boolean> attendance = new LinkedHashMap<>();
        groups.members(group.id()).stream().filter(member -> member.on(heldOn))
                .forEach(member -> attendance.put(member.candidateId(), chosen.contains(member.candidateId())));
        require(!attendance.isEmpty(), "heldOn", "group.meeting.noMembers", DAY.format(heldOn));
        Set<UUID> here = attendance.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toSet());
        Set<UUID> away = attendance.entrySet().stream().filter(entry -> !entry.getValue()).map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toSet());
        GroupMeeting meeting = new GroupMeeting(UUID.randomUUID(), group.id(), heldOn, hours, here, away, corrects,
                reason, false);
        try {
            groups.insertMeeting(meeting, attendance, leader.id(), now());
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw new InvalidInputException("reason", "group.meeting.alreadyCorrected");
        }
        return meeting;
    }

    /** Her memberships with the hours she was present for; the caller has authorised the read. */
    public List<HeldGroup> held(UUID candidateId) {
        List<GroupMembership> memberships = groups.membershipsOf(candidateId);
        Map<UUID, BigDecimal> hours = groups.attendedHours(candidateId, memberships);
        Map<UUID, GuidanceGroup> byId = new LinkedHashMap<>();
        memberships.forEach(membership -> byId.computeIfAbsent(membership.groupId(),
                id -> groups.find(id).orElseThrow()));
        return memberships.stream().map(membership -> {
            GuidanceGroup group = byId.get(membership.groupId());
            return new HeldGroup(membership.id(), group.id(), group.name(), group.organiser(), membership.from(),
                    membership.to(), hours.getOrDefault(membership.id(), BigDecimal.ZERO));
        }).toList();
    }

    /** Her memberships, for those who may read her service (access checked and logged). */
    public List<HeldGroup> held(Actor viewer, UUID candidateId) {
        access.require(viewer, candidateId, Audience.READ_SERVICE);
        return held(candidateId);
    }

    /** The group leader counts as a supervisor for the member: appointed so from the day, unless already. */
    private void supervise(Actor head, UUID leader, UUID candidateId, LocalDate from) {
        if (!relationships.holds(leader, candidateId, Set.of(RelationshipKind.SUPERVISOR), from)) {
            relationships.start(candidateId, leader, RelationshipKind.SUPERVISOR, from, head);
        }
    }

    private GuidanceGroup readable(Actor actor, UUID groupId) {
        return groups.find(groupId).filter(group -> keeps(actor, group) || groups.leaders(group.id()).contains(actor.personId()))
                .orElseThrow(() -> new NotFoundException("Guidance group"));
    }

    private GuidanceGroup kept(Actor head, UUID groupId) {
        return groups.find(groupId).filter(group -> keeps(head, group))
                .orElseThrow(() -> new NotFoundException("Guidance group"));
    }

    private GuidanceGroup led(Actor leader, UUID groupId) {
        return groups.find(groupId).filter(group -> groups.leaders(group.id()).contains(leader.personId()))
                .orElseThrow(() -> new NotFoundException("Guidance group"));
    }

    private static void require(boolean condition, String field, String key, Object... arguments) {
        if (!condition) {
            throw new InvalidInputException(field, key, arguments);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}

package no.veiviser.guidance.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.veiviser.guidance.GroupMeeting;
import no.veiviser.guidance.GroupMembership;
import no.veiviser.guidance.GuidanceGroup;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Guidance groups, their leaders, members, meetings and attendance. */
@Repository
public class GuidanceGroupRepository {

    private final JdbcClient jdbc;

    GuidanceGroupRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(GuidanceGroup group, String actor, OffsetDateTime now) {
        jdbc.sql("""
                insert into guidance_group (id, organisation_id, name, organiser, created_at, created_by, changed_at,
                                            changed_by)
                values (:id, :organisationId, :name, :organiser, :now, :actor, :now, :actor)
                """)
                .param("id", group.id()).param("organisationId", group.organisationId()).param("name", group.name())
                .param("organiser", group.organiser()).param("now", now).param("actor", actor).update();
    }

    public Optional<GuidanceGroup> find(UUID id) {
        return jdbc.sql("select id, organisation_id, name, organiser from guidance_group where id = :id").param("id", id)
                .query((rs, row) -> new GuidanceGroup(rs.getObject("id", UUID.class),
                        rs.getObject("organisation_id", UUID.class), rs.getString("name"), rs.getString("organiser")))
                .optional();
    }

    /** The organisation's groups, and those the person leads, by name. */
    public List<GuidanceGroup> visibleTo(UUID organisationId, UUID personId) {
        return jdbc.sql("""
                select id, organisation_id, name, organiser from guidance_group g
                 where g.organisation_id = :organisationId
                    or exists (select 1 from guidance_group_leader l where l.group_id = g.id and l.person_id = :personId)
                 order by name
                """)
                .param("organisationId", organisationId).param("personId", personId)
                .query((rs, row) -> new GuidanceGroup(rs.getObject("id", UUID.class),
                        rs.getObject("organisation_id", UUID.class), rs.getString("name"), rs.getString("organiser")))
                .list();
    }

    public List<UUID> leaders(UUID groupId) {
        return jdbc.sql("select person_id from guidance_group_leader where group_id = :id order by created_at")
                .param("id", groupId).query(UUID.class).list();
    }

    public boolean addLeader(UUID groupId, UUID personId, String actor, OffsetDateTime now) {
        return jdbc.sql("""
                insert into guidance_group_leader (group_id, person_id, created_at, created_by, changed_at, changed_by)
                values (:groupId, :personId, :now, :actor, :now, :actor) on conflict do nothing
                """)
                .param("groupId", groupId).param("personId", personId).param("now", now).param("actor", actor)
                .update() == 1;
    }

    public void addMember(GroupMembership membership, String actor, OffsetDateTime now) {
        jdbc.sql("""
                insert into guidance_group_member (id, group_id, candidate_id, from_date, to_date, created_at,
                                                   created_by, changed_at, changed_by)
                values (:id, :groupId, :candidateId, :from, :to, :now, :actor, :now, :actor)
                """)
                .param("id", membership.id()).param("groupId", membership.groupId())
                .param("candidateId", membership.candidateId()).param("from", membership.from())
                .param("to", membership.to()).param("now", now).param("actor", actor).update();
    }

    public boolean endMember(UUID memberId, LocalDate lastDay, String actor, OffsetDateTime now) {
        return jdbc.sql("""
                update guidance_group_member set to_date = :lastDay, changed_at = :now, changed_by = :actor,
                       version = version + 1
                 where id = :id and to_date is null
                """)
                .param("id", memberId).param("lastDay", lastDay).param("now", now).param("actor", actor).update() == 1;
    }

    public List<GroupMembership> members(UUID groupId) {
        return jdbc.sql(MEMBERS + " where group_id = :id order by from_date, created_at").param("id", groupId)
                .query((rs, row) -> membership(rs)).list();
    }

    public List<GroupMembership> membershipsOf(UUID candidateId) {
        return jdbc.sql(MEMBERS + " where candidate_id = :id order by from_date").param("id", candidateId)
                .query((rs, row) -> membership(rs)).list();
    }

    /** A meeting with its attendance; a correction names the meeting it corrects and the reason. */
    public void insertMeeting(GroupMeeting meeting, Map<UUID, Boolean> attendance, String actor, OffsetDateTime now) {
        UUID id = meeting.id();
        jdbc.sql("""
                insert into guidance_group_meeting (id, group_id, held_on, hours, corrects, correction_reason, created_at,
                                                    created_by, changed_at, changed_by)
                values (:id, :groupId, :heldOn, :hours, :corrects, :reason, :now, :actor, :now, :actor)
                """)
                .param("id", id).param("groupId", meeting.groupId()).param("heldOn", meeting.heldOn())
                .param("hours", meeting.hours()).param("corrects", meeting.corrects())
                .param("reason", meeting.correctionReason()).param("now", now).param("actor", actor).update();
        attendance.forEach((candidate, present) -> jdbc.sql("""
                insert into guidance_group_attendance (meeting_id, candidate_id, present, created_at, created_by,
                                                       changed_at, changed_by)
                values (:meetingId, :candidateId, :present, :now, :actor, :now, :actor)
                """)
                .param("meetingId", id).param("candidateId", candidate).param("present", present)
                .param("now", now).param("actor", actor).update());
    }

    /** The group's meetings, newest first, with who was present and who was not (two queries). */
    public List<GroupMeeting> meetings(UUID groupId) {
        Map<UUID, Set<UUID>> present = new HashMap<>();
        Map<UUID, Set<UUID>> absent = new HashMap<>();
        jdbc.sql("""
                select a.meeting_id, a.candidate_id, a.present from guidance_group_attendance a
                  join guidance_group_meeting m on m.id = a.meeting_id where m.group_id = :id
                """)
                .param("id", groupId)
                .query((rs, row) -> {
                    (rs.getBoolean("present") ? present : absent)
                            .computeIfAbsent(rs.getObject("meeting_id", UUID.class), key -> new HashSet<>())
                            .add(rs.getObject("candidate_id", UUID.class));
                    return null;
                }).list();
        return jdbc.sql("""
                select m.id, m.group_id, m.held_on, m.hours, m.corrects, m.correction_reason,
                       exists (select 1 from guidance_group_meeting c where c.corrects = m.id) as replaced
                  from guidance_group_meeting m where m.group_id = :id
                 order by m.held_on desc, m.created_at desc
                """)
                .param("id", groupId)
                .query((rs, row) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new GroupMeeting(id, rs.getObject("group_id", UUID.class),
                            rs.getObject("held_on", LocalDate.class), rs.getBigDecimal("hours"),
                            Set.copyOf(present.getOrDefault(id, Set.of())), Set.copyOf(absent.getOrDefault(id, Set.of())),
                            rs.getObject("corrects", UUID.class), rs.getString("correction_reason"),
                            rs.getBoolean("replaced"));
                }).list();
    }

    /** The hours of the meetings (not replaced by a correction) each of her memberships had her present, by membership. */
    public Map<UUID, BigDecimal> attendedHours(UUID candidateId, Collection<GroupMembership> memberships) {
        Map<UUID, BigDecimal> hours = new HashMap<>();
        if (memberships.isEmpty()) {
            return hours;
        }
        List<Object[]> rows = jdbc.sql("""
                select m.group_id, m.held_on, m.hours from guidance_group_attendance a
                  join guidance_group_meeting m on m.id = a.meeting_id
                 where a.candidate_id = :candidateId and a.present
                   and not exists (select 1 from guidance_group_meeting c where c.corrects = m.id)
                """)
                .param("candidateId", candidateId)
                .query((rs, row) -> new Object[] {rs.getObject("group_id", UUID.class),
                        rs.getObject("held_on", LocalDate.class), rs.getBigDecimal("hours")}).list();
        for (GroupMembership membership : memberships) {
            BigDecimal sum = rows.stream().filter(row -> row[0].equals(membership.groupId())
                            && membership.on((LocalDate) row[1]))
                    .map(row -> (BigDecimal) row[2]).reduce(BigDecimal.ZERO, BigDecimal::add);
            hours.put(membership.id(), sum);
        }
        return hours;
    }

    private static final String MEMBERS = "select id, group_id, candidate_id, from_date, to_date from guidance_group_member";

    private static GroupMembership membership(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new GroupMembership(rs.getObject("id", UUID.class), rs.getObject("group_id", UUID.class),
                rs.getObject("candidate_id", UUID.class), rs.getObject("from_date", LocalDate.class),
                rs.getObject("to_date", LocalDate.class));
    }
}

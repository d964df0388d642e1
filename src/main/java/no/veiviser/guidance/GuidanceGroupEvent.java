package no.veiviser.guidance;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import no.veiviser.shared.AuditableEvent;

/**
 * Something the department head or a leader did to a group's record, as a typed fact; audited in the
 * organisation's trail, about the member when there is one.
 */
public sealed interface GuidanceGroupEvent extends AuditableEvent {

    GuidanceGroup group();

    /** The person the fact is about (a leader or a member), or null when it is about the group. */
    UUID person();

    @Override
    default String subjectType() {
        return person() == null ? "guidance_group" : "person";
    }

    @Override
    default String subjectId() {
        return person() == null ? group().id().toString() : person().toString();
    }

    @Override
    default UUID organisationId() {
        return group().organisationId();
    }

    @Override
    default Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("groupId", group().id().toString());
        details.put("name", group().name());
        return details;
    }

    record Created(GuidanceGroup group, String actor) implements GuidanceGroupEvent {
        @Override
        public UUID person() {
            return null;
        }

        @Override
        public String action() {
            return "guidanceGroup.created";
        }
    }

    record LeaderAdded(GuidanceGroup group, UUID person, String actor) implements GuidanceGroupEvent {
        @Override
        public String action() {
            return "guidanceGroup.leaderAdded";
        }
    }

    record MemberAdded(GuidanceGroup group, UUID person, String actor) implements GuidanceGroupEvent {
        @Override
        public String action() {
            return "guidanceGroup.memberAdded";
        }
    }

    record MemberEnded(GuidanceGroup group, UUID person, String actor) implements GuidanceGroupEvent {
        @Override
        public String action() {
            return "guidanceGroup.memberEnded";
        }
    }

    record MeetingRecorded(GuidanceGroup group, String actor) implements GuidanceGroupEvent {
        @Override
        public UUID person() {
            return null;
        }

        @Override
        public String action() {
            return "guidanceGroup.meetingRecorded";
        }
    }

    record MeetingCorrected(GuidanceGroup group, String actor) implements GuidanceGroupEvent {
        @Override
        public UUID person() {
            return null;
        }

        @Override
        public String action() {
            return "guidanceGroup.meetingCorrected";
        }
    }

    record DiplomaAttached(GuidanceGroup group, UUID person, String actor) implements GuidanceGroupEvent {
        @Override
        public String action() {
            return "guidanceGroup.diplomaAttached";
        }
    }
}

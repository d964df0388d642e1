package no.veiviser.guidance;

import java.util.List;
import java.util.UUID;

/** A group as its leaders and the department head see it: leaders, members over time, meetings. */
public record GroupRecord(GuidanceGroup group, List<UUID> leaders, List<GroupMembership> members,
                          List<GroupMeeting> meetings) {
}

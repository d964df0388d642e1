package no.veiviser.guidance;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import no.veiviser.guidance.internal.GroupDiplomaRepository;
import no.veiviser.guidance.internal.GuidanceGroupRepository;
import no.veiviser.identity.Actor;
import no.veiviser.portfolio.FileType;
import no.veiviser.programme.Audience;
import no.veiviser.programme.CandidateAccess;
import no.veiviser.shared.Hashes;
import no.veiviser.shared.InputLimits;
import no.veiviser.shared.InvalidInputException;
import no.veiviser.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * The diploma a member gets for her group guidance (Legeforeningen's, for example), attached by her
 * to her membership as evidence: a PDF, PNG or JPEG that is what it claims. Read, like her group
 * record, by those who read her service; for anyone else it does not exist.
 */
@Service
public class GroupDiplomas {

    /** A diploma with its file. */
    public record Download(GroupDiploma diploma, byte[] content) {
    }

    private final GroupDiplomaRepository diplomas;
    private final GuidanceGroupRepository groups;
    private final CandidateAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DataSize maxSize;

    GroupDiplomas(GroupDiplomaRepository diplomas, GuidanceGroupRepository groups, CandidateAccess access,
                  ApplicationEventPublisher events, Clock clock,
                  @Value("${veiviser.attachments.max-size:5MB}") DataSize maxSize) {
        this.diplomas = diplomas;
        this.groups = groups;
        this.access = access;
        this.events = events;
        this.clock = clock;
        this.maxSize = maxSize;
    }

    /** The member attaches a diploma to one of her own memberships. */
    @Transactional
    public GroupDiploma attach(Actor member, UUID membershipId, String filename, byte[] content) {
        GroupMembership membership = groups.membershipsOf(member.personId()).stream()
                .filter(found -> found.id().equals(membershipId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Membership"));
        if (content == null || content.length == 0) {
            throw new InvalidInputException("file", "diploma.required");
        }
        if (content.length > maxSize.toBytes()) {
            throw new InvalidInputException("file", "attachment.tooLarge", maxSize.toMegabytes());
        }
        String name = filename == null || filename.isBlank() ? "diplom" : filename.strip();
        if (name.length() > InputLimits.LONGEST_NAME) {
            throw new InvalidInputException("file", "input.filenameTooLong", "file");
        }
        FileType type = FileType.readable(name, content).orElseThrow(() -> new InvalidInputException("file", "attachment.type"));
        GroupDiploma diploma = new GroupDiploma(UUID.randomUUID(), membership.id(), name, type.mediaType(), content.length);
        diplomas.insert(diploma, Hashes.sha256Hex(content), content, member.id(), OffsetDateTime.now(clock));
        GuidanceGroup group = groups.find(membership.groupId()).orElseThrow();
        events.publishEvent(new GuidanceGroupEvent.DiplomaAttached(group, member.personId(), member.id()));
        return diploma;
    }

    /** Her diplomas, for those who read her service (checked and logged). */
    public List<GroupDiploma> of(Actor viewer, UUID candidateId) {
        access.require(viewer, candidateId, Audience.READ_SERVICE);
        return diplomas.ofCandidate(candidateId);
    }

    /** The file, for those who read the member's service. */
    public Download download(Actor viewer, UUID diplomaId) {
        GroupDiplomaRepository.Owned owned = diplomas.find(diplomaId).orElseThrow(() -> new NotFoundException("Diploma"));
        access.require(viewer, owned.candidateId(), Audience.READ_SERVICE);
        return new Download(owned.diploma(), diplomas.content(diplomaId));
    }
}

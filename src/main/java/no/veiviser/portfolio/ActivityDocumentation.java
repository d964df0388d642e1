package no.veiviser.portfolio;

import static no.veiviser.shared.Texts.blankToNull;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.veiviser.identity.Actor;
import no.veiviser.portfolio.internal.AttachmentRepository;
import no.veiviser.portfolio.internal.FileContents;
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
 * The files and comments that document an activity. The candidate adds files until she sends the
 * activity; those the access policy lets read the activity read them and comment. Anyone else
 * gets not-found.
 */
@Service
public class ActivityDocumentation {

    /** A stored file and its content, for download. */
    public record Download(Attachment attachment, byte[] content) {
    }

    private final AttachmentRepository attachments;
    private final Portfolio portfolio;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DataSize maxSize;

    ActivityDocumentation(AttachmentRepository attachments, Portfolio portfolio, ApplicationEventPublisher events,
                          Clock clock, @Value("${veiviser.attachments.max-size:5MB}") DataSize maxSize) {
        this.attachments = attachments;
        this.portfolio = portfolio;
        this.events = events;
        this.clock = clock;
        this.maxSize = maxSize;
    }

    /** Adds a PDF, PNG or JPEG to one of the candidate's own activities that has not been sent yet. */
    @Transactional
    public Attachment attach(Actor candidate, UUID activityId, String filename, byte[] content) {
        UUID candidateId = candidate.personId();
        String actor = candidate.id();
        LearningActivity activity = portfolio.ownActivity(candidate, activityId);
        if (!activity.acceptsAttachments()) {
            throw new InvalidInputException("file", "attachment.locked");
        }
        Attachment stored = store(candidateId, filename, content, actor);
        attachments.link(activityId, stored.id(), actor, now());
        events.publishEvent(new ActivityAttached(activityId, candidateId, actor));
        return stored;
    }

    /** Checks and stores a file of the candidate, not yet linked to anything (the caller links it). */
    Attachment store(UUID candidateId, String filename, byte[] content, String actor) {
        if (content == null || content.length == 0) {
            throw new InvalidInputException("file", "attachment.empty");
        }
        if (content.length > maxSize.toBytes()) {
            throw new InvalidInputException("file", "attachment.tooLarge", maxSize.toMegabytes());
        }
        String name = blankToNull(filename) == null ? "vedlegg" : filename.strip();
        if (name.length() > InputLimits.LONGEST_NAME) {
            throw new InvalidInputException("file", "input.filenameTooLong", "file");
        }
        FileType type = FileType.of(name, content)
                .orElseThrow(() -> new InvalidInputException("file", "attachment.type"));
        if (!FileContents.readable(type, content)) {
            throw new InvalidInputException("file", "attachment.unreadable");
        }
        var attachment = new Attachment(UUID.randomUUID(), candidateId, name, type.mediaType(), content.length, Hashes.sha256Hex(content));
        attachments.insert(attachment, content, actor, now());
        return attachment;
    }

    void link(UUID activityId, UUID attachmentId, String actor) {
        attachments.link(activityId, attachmentId, actor, now());
    }

    /** A file for someone who may see one of the activities it documents; for anyone else it does not exist. */
    public Download download(Actor viewer, UUID attachmentId) {
        Attachment attachment = attachments.find(attachmentId).orElseThrow(() -> new NotFoundException("Attachment"));
        List<UUID> documented = attachments.activitiesOf(attachmentId);
        boolean readable = false;
        for (UUID activityId : documented) {
            try {
                portfolio.viewable(viewer, activityId);
                readable = true;
                break;
            } catch (NotFoundException notThisOne) {
                // the next activity the file documents may be one she may read
            }
        }
        if (!readable) {
            throw new NotFoundException("Attachment");
        }
        return new Download(attachment, attachments.content(attachmentId));
    }

    /** The files of activities, by activity (one query). */
    public Map<UUID, List<Attachment>> filesOf(Collection<UUID> activityIds) {
        return attachments.ofActivities(activityIds);
    }

    /** The candidate or someone related to her comments on an activity. */
    @Transactional
    public ActivityComment comment(Actor author, UUID activityId, String body) {
        LearningActivity activity = portfolio.viewable(author, activityId);
        String actor = author.id();
        UUID authorId = author.personId();
        if (body == null || body.isBlank()) {
            throw new InvalidInputException("body", "comment.required");
        }
        if (body.length() > 4000) {
            throw new InvalidInputException("body", "form.tooLong", 4000);
        }
        var comment = new ActivityComment(UUID.randomUUID(), activityId, authorId, body.strip(), now());
        attachments.insertComment(comment, actor);
        events.publishEvent(new ActivityCommented(activityId, activity.candidateId(), actor));
        return comment;
    }

    public List<ActivityComment> comments(Actor viewer, UUID activityId) {
        portfolio.viewable(viewer, activityId);
        return attachments.commentsOf(activityId);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}

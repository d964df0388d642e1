package no.veiviser.portfolio.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.veiviser.identity.Person;
import no.veiviser.portfolio.ActivityComment;
import no.veiviser.portfolio.ActivityType;
import no.veiviser.portfolio.Attachment;
import no.veiviser.portfolio.LearningActivity;
import no.veiviser.portfolio.SignatureRequest;
import no.veiviser.shared.FormErrors;

/**
 * One activity with its sign-off history, files and comments; for its candidate also the forms to
 * add a file and to correct it once signed.
 */
public record ActivityPage(LearningActivity activity, boolean own, List<SignatureRequest> history,
                           List<Attachment> files, List<ActivityComment> comments, Map<UUID, Person> people,
                           ActivityForm correction, String reason, FormErrors errors, String notice,
                           List<ActivityType> types) {

    public String nameOf(UUID personId) {
        Person person = people.get(personId);
        return person == null ? "" : person.displayName();
    }

    public String id() {
        return activity.id().toString();
    }

    /** Size in whole kilobytes, at least 1, for the file list. */
    public static long kilobytes(Attachment file) {
        return Math.max(1, Math.round(file.sizeBytes() / 1024.0));
    }
}

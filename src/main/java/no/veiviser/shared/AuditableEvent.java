package no.veiviser.shared;

import java.util.Map;

/**
 * A domain event that the audit log records. Every module's events that change business data
 * implement it, so the audit module needs to know no domain module.
 *
 * <p>Details must never hold personal free text (such as guidance minutes): they are read by
 * administrators.
 */
public interface AuditableEvent {

    /** Who did it: the acting person's id, or {@link #SYSTEM} for the application itself. */
    String actor();

    /** What was done, as a stable dotted name, for example {@code person.registered}. */
    String action();

    /** The kind of thing changed, for example {@code person}. */
    String subjectType();

    /** The id of the thing changed. */
    String subjectId();

    /** Structured facts about the change, without personal free text. */
    Map<String, Object> details();

    /**
     * The organisation whose trail the event belongs to, when the event knows it better than the
     * signed-in person does (a sign-in, before anyone is signed in); null to use the acting person's.
     */
    default java.util.UUID organisationId() {
        return null;
    }

    String SYSTEM = "system";
}

package no.veiviser.organisation;

import java.util.UUID;
import no.veiviser.shared.AuditableEvent;

/** Something that happened to a learning arena, its sites or its goals, as a past-tense fact. */
public sealed interface ArenaEvent extends AuditableEvent
        permits ArenaCreated, ArenaDetailsChanged, ArenaArchived, ArenaSiteAdded, ArenaGoalOffered, ArenaCatalogOffered, ArenaGoalWithdrawn {

    UUID arenaId();

    @Override
    default String subjectType() {
        return "learning_arena";
    }

    @Override
    default String subjectId() {
        return arenaId().toString();
    }
}

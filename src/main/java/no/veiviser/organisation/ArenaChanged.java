package no.veiviser.organisation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import no.veiviser.shared.AuditableEvent;

/** An arena, its sites or its goals changed. */
public record ArenaChanged(String action, UUID arenaId, Map<String, Object> details, String actor)
        implements AuditableEvent {

    static ArenaChanged of(String action, UUID arenaId, String actor, String... keysAndValues) {
        Map<String, Object> details = new LinkedHashMap<>();
        for (int index = 0; index + 1 < keysAndValues.length; index += 2) {
            details.put(keysAndValues[index], keysAndValues[index + 1]);
        }
        return new ArenaChanged(action, arenaId, details, actor);
    }

    @Override
    public String subjectType() {
        return "learning_arena";
    }

    @Override
    public String subjectId() {
        return arenaId.toString();
    }
}

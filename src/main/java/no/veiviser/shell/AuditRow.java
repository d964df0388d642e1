package no.veiviser.shell;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import no.veiviser.audit.AuditEntry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An audit entry as an administrator reads it: who, what, about whom, and its details with people
 * named. Ids of things that are not people say nothing to her and are left out; the stored entry keeps
 * them all.
 *
 * @param actorName   the person who acted; null when Veiviser itself did
 * @param subjectName the person the entry is about; null when it is about something else
 * @param details     label key (under {@code audit.detail.}) and value, in the entry's order
 */
public record AuditRow(AuditEntry entry, String actorName, String subjectName, List<Map.Entry<String, String>> details) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** The people's ids an entry names: who acted, whom it is about, and any in its details. */
    static Set<UUID> personIds(AuditEntry entry) {
        Set<UUID> ids = new HashSet<>();
        addIfId(ids, entry.actor());
        addIfId(ids, entry.subjectId());
        details(entry).values().forEach(value -> addIfId(ids, value));
        return ids;
    }

    static AuditRow of(AuditEntry entry, Map<String, String> names) {
        List<Map.Entry<String, String>> shown = new ArrayList<>();
        details(entry).forEach((key, value) -> {
            if (!ID.matcher(value).matches()) {
                shown.add(Map.entry(key, value));
            } else if (names.containsKey(value)) {
                shown.add(Map.entry(key, names.get(value)));
            }
        });
        return new AuditRow(entry, names.get(entry.actor()), names.get(entry.subjectId()), shown);
    }

    private static Map<String, String> details(AuditEntry entry) {
        Map<String, String> details = new LinkedHashMap<>();
        if (entry.details() == null || entry.details().isBlank()) {
            return details;
        }
        JsonNode tree = JSON.readTree(entry.details());
        tree.properties().forEach(property -> details.put(property.getKey(),
                property.getValue().isString() ? property.getValue().asString() : property.getValue().toString()));
        return details;
    }

    private static void addIfId(Set<UUID> ids, String value) {
        if (value != null && ID.matcher(value).matches()) {
            ids.add(UUID.fromString(value));
        }
    }
}

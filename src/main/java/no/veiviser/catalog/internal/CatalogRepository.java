package no.veiviser.catalog.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.veiviser.catalog.CatalogCode;
import no.veiviser.catalog.CatalogVersion;
import no.veiviser.catalog.CompetenceType;
import no.veiviser.catalog.LearningGoal;
import no.veiviser.catalog.RecommendedActivity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
public class CatalogRepository {

    private static final String VERSION_COLUMNS = "id, catalog, number, valid_from, valid_to, source, in_use";
    private static final String GOAL_COLUMNS = "g.code, g.title, g.theme, g.description, g.competence_type, "
            + "g.activities::text as activities, g.source";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final java.util.Map<UUID, List<LearningGoal>> goalsOfVersion = new java.util.concurrent.ConcurrentHashMap<>();

    CatalogRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public List<CatalogVersion> versions(CatalogCode catalog) {
        return jdbc.sql("select " + VERSION_COLUMNS + " from goal_catalog_version where catalog = :catalog order by number desc")
                .param("catalog", catalog.name())
                .query(CatalogRepository::version)
                .list();
    }

    public Optional<CatalogVersion> latest(CatalogCode catalog) {
        return versions(catalog).stream().findFirst();
    }

    public Optional<CatalogVersion> version(UUID id) {
        return jdbc.sql("select " + VERSION_COLUMNS + " from goal_catalog_version where id = :id")
                .param("id", id)
                .query(CatalogRepository::version)
                .optional();
    }

    /**
     * The goals of the newest version of each catalog, in catalog order: one statement that names the
     * newest versions and carries the goals only of those not kept already.
     */
    public List<LearningGoal> latestGoals() {
        java.util.Map<UUID, List<LearningGoal>> newest = new java.util.LinkedHashMap<>();
        jdbc.sql("select v.id as version_id, " + GOAL_COLUMNS + """
                 from goal_catalog_version v
                 left join learning_goal g on g.catalog_version_id = v.id and v.id <> all(:kept)
                where v.number = (select max(number) from goal_catalog_version w where w.catalog = v.catalog)
                order by v.catalog, g.position
                """)
                .param("kept", goalsOfVersion.keySet().toArray(UUID[]::new))
                .query((rs, row) -> {
                    List<LearningGoal> goals = newest.computeIfAbsent(rs.getObject("version_id", UUID.class),
                            id -> new java.util.ArrayList<>());
                    if (rs.getString("code") != null) {
                        goals.add(goal(rs, row));
                    }
                    return goals;
                })
                .list();
        keep(newest);
        return newest.keySet().stream().flatMap(id -> goalsOfVersion.getOrDefault(id, List.of()).stream()).toList();
    }

    public List<LearningGoal> goals(UUID versionId) {
        return goals(List.of(versionId)).get(versionId);
    }

    /**
     * The goals of several versions, by version, each in its order. A version's goals are written with
     * the version and never changed (the application's role may not update them), so each version's
     * are read once and then kept: there are a few dozen versions, and every goals and readiness page
     * asks for them.
     */
    public java.util.Map<UUID, List<LearningGoal>> goals(java.util.Collection<UUID> versionIds) {
        List<UUID> unread = versionIds.stream().filter(id -> !goalsOfVersion.containsKey(id)).distinct().toList();
        if (!unread.isEmpty()) {
            keep(read(unread));
        }
        java.util.Map<UUID, List<LearningGoal>> goals = new java.util.LinkedHashMap<>();
        versionIds.forEach(id -> goals.put(id, goalsOfVersion.getOrDefault(id, List.of())));
        return goals;
    }

    /** Keeps what was read; a version read before its goals exist is read again. */
    private void keep(java.util.Map<UUID, List<LearningGoal>> read) {
        read.forEach((id, goals) -> {
            if (!goals.isEmpty()) {
                goalsOfVersion.putIfAbsent(id, List.copyOf(goals));
            }
        });
    }

    private java.util.Map<UUID, List<LearningGoal>> read(List<UUID> versionIds) {
        java.util.Map<UUID, List<LearningGoal>> goals = new java.util.HashMap<>();
        versionIds.forEach(id -> goals.put(id, new java.util.ArrayList<>()));
        jdbc.sql("select g.catalog_version_id, " + GOAL_COLUMNS
                        + " from learning_goal g where g.catalog_version_id = any(:ids) order by g.position")
                .param("ids", versionIds.toArray(UUID[]::new))
                .query((rs, row) -> goals.get(rs.getObject("catalog_version_id", UUID.class)).add(goal(rs, row)))
                .list();
        return goals;
    }

    public CatalogVersion insertVersion(CatalogCode catalog, LocalDate validFrom, LocalDate validTo, String source,
                                        List<LearningGoal> goals, String actor, OffsetDateTime now) {
        int number = jdbc.sql("select coalesce(max(number), 0) + 1 from goal_catalog_version where catalog = :catalog")
                .param("catalog", catalog.name()).query(Integer.class).single();
        CatalogVersion version = new CatalogVersion(UUID.randomUUID(), catalog, number, validFrom, validTo, source, false);
        jdbc.sql("""
                insert into goal_catalog_version (id, catalog, number, valid_from, valid_to, source,
                                                  created_at, created_by, changed_at, changed_by)
                values (:id, :catalog, :number, :validFrom, :validTo, :source, :now, :actor, :now, :actor)
                """)
                .param("id", version.id())
                .param("catalog", catalog.name())
                .param("number", number)
                .param("validFrom", validFrom)
                .param("validTo", validTo)
                .param("source", source)
                .param("now", now)
                .param("actor", actor)
                .update();
        for (int position = 0; position < goals.size(); position++) {
            insertGoal(version.id(), position, goals.get(position), actor, now);
        }
        return version;
    }

    private void insertGoal(UUID versionId, int position, LearningGoal goal, String actor, OffsetDateTime now) {
        jdbc.sql("""
                insert into learning_goal (id, catalog_version_id, position, code, title, theme, description, competence_type,
                                           activities, source, created_at, created_by, changed_at, changed_by)
                values (:id, :versionId, :position, :code, :title, :theme, :description, :type, cast(:activities as jsonb),
                        :source, :now, :actor, :now, :actor)
                """)
                .param("id", UUID.randomUUID())
                .param("versionId", versionId)
                .param("position", position)
                .param("code", goal.code())
                .param("title", goal.title())
                .param("theme", goal.theme())
                .param("description", goal.description())
                .param("type", goal.competenceType() == null ? null : goal.competenceType().name())
                .param("activities", json.writeValueAsString(goal.activities()))
                .param("source", goal.source())
                .param("now", now)
                .param("actor", actor)
                .update();
    }

    public void markInUse(UUID versionId, String actor, OffsetDateTime now) {
        jdbc.sql("""
                update goal_catalog_version set in_use = true, changed_at = :now, changed_by = :actor, version = version + 1
                 where id = :id and not in_use
                """)
                .param("id", versionId).param("now", now).param("actor", actor).update();
    }

    private LearningGoal goal(ResultSet rs, int row) throws SQLException {
        String type = rs.getString("competence_type");
        List<RecommendedActivity> activities = json.readValue(rs.getString("activities"),
                new TypeReference<List<RecommendedActivity>>() { });
        return new LearningGoal(rs.getString("code"), rs.getString("title"), rs.getString("theme"),
                rs.getString("description"), type == null ? null : CompetenceType.valueOf(type), activities,
                rs.getString("source"));
    }

    private static CatalogVersion version(ResultSet rs, int row) throws SQLException {
        return new CatalogVersion(rs.getObject("id", UUID.class), CatalogCode.valueOf(rs.getString("catalog")),
                rs.getInt("number"), rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
                rs.getString("source"),
                rs.getBoolean("in_use"));
    }

    static String[] codes(List<String> codes) {
        return codes.toArray(String[]::new);
    }

    static List<String> list(java.sql.Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}

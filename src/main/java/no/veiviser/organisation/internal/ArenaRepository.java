package no.veiviser.organisation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.veiviser.catalog.CatalogCode;
import no.veiviser.organisation.ArenaDetails;
import no.veiviser.organisation.ArenaGoal;
import no.veiviser.organisation.ArenaSite;
import no.veiviser.organisation.ArenaType;
import no.veiviser.organisation.LearningArena;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Learning arenas with their sites and goals. Archived arenas are kept but no longer listed. */
@Repository
public class ArenaRepository {

    public record ArenaCatalog(UUID arenaId, CatalogCode catalog) {
    }

    private static final String ARENA_COLUMNS = "id, organisation_id, name, arena_type, place, new_veileder_during_stay, "
            + "supervision_mode, description, version";

    private final JdbcClient jdbc;

    ArenaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(LearningArena arena, String actor, OffsetDateTime now) {
        jdbc.sql("""
                insert into learning_arena (id, organisation_id, name, arena_type, place, new_veileder_during_stay,
                                            supervision_mode, description, position,
                                            created_at, created_by, changed_at, changed_by)
                values (:id, :organisationId, :name, :type, :place, :newVeileder, :supervision, :description,
                        (select coalesce(max(position), 0) + 1 from learning_arena where organisation_id = :organisationId),
                        :now, :actor, :now, :actor)
                """)
                .param("id", arena.id())
                .param("organisationId", arena.organisationId())
                .param("name", arena.name())
                .param("type", arena.type().name())
                .param("place", arena.place())
                .param("newVeileder", arena.newVeilederDuringStay())
                .param("supervision", arena.supervisionMode())
                .param("description", arena.description())
                .param("now", now)
                .param("actor", actor)
                .update();
    }

    /** Changes an arena if nobody else changed it since {@code expectedVersion}. */
    public void update(UUID id, ArenaDetails details, int expectedVersion, String actor, OffsetDateTime now) {
        int updated = jdbc.sql("""
                update learning_arena set name = :name, arena_type = :type, place = :place,
                       new_veileder_during_stay = :newVeileder, supervision_mode = :supervision, description = :description,
                       changed_at = :now, changed_by = :actor, version = version + 1
                 where id = :id and version = :version and archived_at is null
                """)
                .param("id", id)
                .param("version", expectedVersion)
                .param("name", details.name())
                .param("type", details.type().name())
                .param("place", details.place())
                .param("newVeileder", details.newVeilederDuringStay())
                .param("supervision", details.supervisionMode())
                .param("description", details.description())
                .param("now", now)
                .param("actor", actor)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("Arena " + id + " changed since version " + expectedVersion);
        }
    }

    public void archive(UUID id, String actor, OffsetDateTime now) {
        jdbc.sql("""
                update learning_arena set archived_at = :now, changed_at = :now, changed_by = :actor, version = version + 1
                 where id = :id and archived_at is null
                """)
                .param("id", id).param("now", now).param("actor", actor).update();
    }

    /** An arena that is not archived. */
    public Optional<LearningArena> find(UUID id) {
        return jdbc.sql("select " + ARENA_COLUMNS + " from learning_arena where id = :id and archived_at is null")
                .param("id", id)
                .query(ArenaRepository::arena)
                .optional();
    }

    public boolean nameTaken(UUID organisationId, String name, UUID except) {
        return jdbc.sql("""
                select exists (select 1 from learning_arena where organisation_id = :organisationId
                                  and lower(name) = lower(:name) and archived_at is null
                                  and id <> coalesce(:except, '00000000-0000-0000-0000-000000000000'::uuid))
                """)
                .param("organisationId", organisationId).param("name", name).param("except", except)
                .query(Boolean.class).single();
    }

    public List<LearningArena> active(UUID organisationId) {
        return jdbc.sql("select " + ARENA_COLUMNS + """
                 from learning_arena where organisation_id = :organisationId and archived_at is null
                 order by position, name
                """)
                .param("organisationId", organisationId)
                .query(ArenaRepository::arena)
                .list();
    }

    public List<ArenaSite> sites(UUID organisationId) {
        return jdbc.sql("""
                select s.id, s.arena_id, s.name from arena_site s join learning_arena a on a.id = s.arena_id
                 where a.organisation_id = :organisationId and a.archived_at is null order by s.name
                """)
                .param("organisationId", organisationId)
                .query((rs, row) -> new ArenaSite(rs.getObject("id", UUID.class), rs.getObject("arena_id", UUID.class),
                        rs.getString("name")))
                .list();
    }

    public List<ArenaGoal> goals(UUID organisationId) {
        return jdbc.sql("""
                select g.id, g.arena_id, g.goal_code, g.activity_in_arena, g.other_activities
                  from arena_goal g join learning_arena a on a.id = g.arena_id
                 where a.organisation_id = :organisationId and a.archived_at is null
                 order by g.goal_code
                """)
                .param("organisationId", organisationId)
                .query((rs, row) -> new ArenaGoal(rs.getObject("id", UUID.class), rs.getObject("arena_id", UUID.class),
                        rs.getString("goal_code"), rs.getString("activity_in_arena"), rs.getString("other_activities")))
                .list();
    }

    public List<ArenaCatalog> catalogs(UUID organisationId) {
        return jdbc.sql("""
                select c.arena_id, c.catalog from arena_catalog c join learning_arena a on a.id = c.arena_id
                 where a.organisation_id = :organisationId and a.archived_at is null
                """)
                .param("organisationId", organisationId)
                .query((rs, row) -> new ArenaCatalog(rs.getObject("arena_id", UUID.class),
                        CatalogCode.valueOf(rs.getString("catalog"))))
                .list();
    }

    public void insertSite(ArenaSite site, String actor, OffsetDateTime now) {
        jdbc.sql("""
                insert into arena_site (id, arena_id, name, created_at, created_by, changed_at, changed_by)
                values (:id, :arenaId, :name, :now, :actor, :now, :actor)
                """)
                .param("id", site.id()).param("arenaId", site.arenaId()).param("name", site.name())
                .param("now", now).param("actor", actor).update();
    }

    public void insertGoal(ArenaGoal goal, String actor, OffsetDateTime now) {
        jdbc.sql("""
                insert into arena_goal (id, arena_id, goal_code, activity_in_arena, other_activities,
                                        created_at, created_by, changed_at, changed_by)
                values (:id, :arenaId, :code, :inArena, :elsewhere, :now, :actor, :now, :actor)
                """)
                .param("id", goal.id()).param("arenaId", goal.arenaId()).param("code", goal.goalCode())
                .param("inArena", goal.activityInArena()).param("elsewhere", goal.otherActivities())
                .param("now", now).param("actor", actor).update();
    }

    public boolean offersGoal(UUID arenaId, String goalCode) {
        return jdbc.sql("select exists (select 1 from arena_goal where arena_id = :arenaId and goal_code = :code)")
                .param("arenaId", arenaId).param("code", goalCode).query(Boolean.class).single();
    }

    public Optional<ArenaGoal> findGoal(UUID arenaGoalId) {
        return jdbc.sql("select id, arena_id, goal_code, activity_in_arena, other_activities from arena_goal where id = :id")
                .param("id", arenaGoalId)
                .query((rs, row) -> new ArenaGoal(rs.getObject("id", UUID.class), rs.getObject("arena_id", UUID.class),
                        rs.getString("goal_code"), rs.getString("activity_in_arena"), rs.getString("other_activities")))
                .optional();
    }

    public void deleteGoal(UUID arenaGoalId) {
        jdbc.sql("delete from arena_goal where id = :id").param("id", arenaGoalId).update();
    }

    public void insertCatalog(UUID arenaId, CatalogCode catalog, String actor, OffsetDateTime now) {
        jdbc.sql("""
                insert into arena_catalog (arena_id, catalog, created_at, created_by, changed_at, changed_by)
                values (:arenaId, :catalog, :now, :actor, :now, :actor) on conflict do nothing
                """)
                .param("arenaId", arenaId).param("catalog", catalog.name()).param("now", now).param("actor", actor)
                .update();
    }

    private static LearningArena arena(ResultSet rs, int row) throws SQLException {
        return new LearningArena(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
                rs.getString("name"), ArenaType.valueOf(rs.getString("arena_type")), rs.getString("place"),
                rs.getString("new_veileder_during_stay"), rs.getString("supervision_mode"), rs.getString("description"),
                rs.getInt("version"));
    }
}

package no.veiviser.catalog.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import no.veiviser.catalog.Course;
import no.veiviser.catalog.CourseKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class CourseRepository {

    private final JdbcClient jdbc;

    CourseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isEmpty() {
        return jdbc.sql("select not exists (select 1 from course)").query(Boolean.class).single();
    }

    public void insert(Course course, String actor, OffsetDateTime now) {
        jdbc.sql("""
                insert into course (id, code, name, kind, hours, goal_codes, source, created_at, created_by, changed_at, changed_by)
                values (:id, :code, :name, :kind, :hours, :goalCodes, :source, :now, :actor, :now, :actor)
                """)
                .param("id", course.id())
                .param("code", course.code())
                .param("name", course.name())
                .param("kind", course.kind().name())
                .param("hours", course.hours())
                .param("goalCodes", CatalogRepository.codes(course.goalCodes()))
                .param("source", course.source())
                .param("now", now)
                .param("actor", actor)
                .update();
    }

    /** All courses, basic courses first, then by name. */
    public List<Course> all() {
        return jdbc.sql("""
                select id, code, name, kind, hours, goal_codes, source from course
                 order by array_position(array['BASIC','ACUTE_MEDICINE','CLINICAL_TOPIC','COMMON_COMPETENCE','OTHER'], kind), name
                """)
                .query((rs, row) -> new Course(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
                        CourseKind.valueOf(rs.getString("kind")), rs.getObject("hours", BigDecimal.class),
                        CatalogRepository.list(rs.getArray("goal_codes")), rs.getString("source")))
                .list();
    }
}

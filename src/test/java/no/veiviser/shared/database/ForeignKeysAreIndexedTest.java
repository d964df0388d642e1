package no.veiviser.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.veiviser.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every foreign key leads an index, so that reading a thing's children (the signature requests of an
 * activity, the events of an assessment, the members of a group) never scans the whole child table.
 * At national size the activity list's latest signature request per activity scanned 7.4 million rows
 * because {@code signature_request.activity_id} had no index.
 */
@IntegrationTest
class ForeignKeysAreIndexedTest {

    /** Columns that only record who did something: nothing reads by them, and no row is ever deleted. */
    private static final List<String> WHO_DID_IT = List.of("activity_comment(author_id)",
            "catalog_transition(decided_by)", "goal_assessment_event(on_behalf_of)", "guidance_session(finalised_by)",
            "guidance_text(written_by)", "service_record(decided_by)");

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyForeignKeyButWhoDidItIsTheStartOfAnIndex() {
        List<String> unindexed = jdbc.sql("""
                select c.conrelid::regclass || '(' || string_agg(a.attname, ', ' order by k.ordinality) || ')'
                  from pg_constraint c
                  cross join lateral unnest(c.conkey) with ordinality as k(attnum, ordinality)
                  join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum
                 where c.contype = 'f' and c.connamespace = 'public'::regnamespace
                   and not exists (
                       select 1 from pg_index i
                        where i.indrelid = c.conrelid and i.indpred is null
                          and (i.indkey::int2[])[0:array_length(c.conkey, 1) - 1] @> c.conkey
                          and (i.indkey::int2[])[0:array_length(c.conkey, 1) - 1] <@ c.conkey)
                 group by c.conrelid, c.conname
                 order by 1
                """).query(String.class).list();

        assertThat(unindexed).containsExactlyElementsOf(WHO_DID_IT);
    }
}

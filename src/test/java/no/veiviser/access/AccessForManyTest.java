package no.veiviser.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.veiviser.FreshCandidates;
import no.veiviser.IntegrationTest;
import no.veiviser.identity.Actor;
import no.veiviser.programme.Audience;
import no.veiviser.programme.CandidateAccess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The access policy asked for many candidates at once (a veileder's *Mine kandidater*) decides as it
 * does for one: the same candidates for every audience and every kind of reader, and every granted
 * read of someone else is logged.
 */
@IntegrationTest
class AccessForManyTest {

    @Autowired
    CandidateAccess access;

    @Autowired
    FreshCandidates fresh;

    @Autowired
    JdbcClient jdbc;

    @Test
    void manyAtOnceGrantsExactlyWhatOneAtATimeGrants() {
        FreshCandidates.FreshCandidate alis = fresh.alis();
        List<UUID> candidates = List.of(alis.id(), fresh.person("emma.vik"), fresh.person("sindre.holm"),
                fresh.person("nora.eide"), fresh.person("aisha.rahman"));
        List<Actor> readers = List.of(fresh.actor("kari.nordby"), fresh.actor("maria.solheim"), fresh.actor("jon.bakke"),
                fresh.actor("tone.haugland"), fresh.actor("eirik.strand"), fresh.actor("emma.vik"), Actor.system());

        for (Actor reader : readers) {
            for (Audience audience : Audience.values()) {
                Set<UUID> oneAtATime = candidates.stream().filter(candidate -> access.allows(reader, candidate, audience))
                        .collect(Collectors.toSet());
                assertThat(access.allowedEach(reader, candidates, audience)).as(reader.id() + " " + audience)
                        .isEqualTo(oneAtATime);
            }
        }
        Actor kari = fresh.actor("kari.nordby");
        assertThat(access.requireEach(kari, candidates, Audience.READ_SERVICE)).containsKey(alis.id());
        assertThat(jdbc.sql("select count(*) from access_log where subject_id = :alis and reader_id = :kari"
                        + " and part = 'READ_SERVICE'").param("alis", alis.id()).param("kari", kari.personId())
                .query(Long.class).single()).isEqualTo(1);
    }
}

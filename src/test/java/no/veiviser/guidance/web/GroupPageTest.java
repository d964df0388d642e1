package no.veiviser.guidance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.veiviser.identity.Person;
import no.veiviser.shared.Paged;
import org.junit.jupiter.api.Test;

/** A department head of a large municipality finds a new member by name instead of in a list of thousands. */
class GroupPageTest {

    @Test
    void sheSearchesWhenMoreCandidatesMatchThanCanBeOffered() {
        assertThat(page(new Paged<>(List.of(), 1, 50, 2_000), null).findsMemberByName()).isTrue();
        assertThat(page(new Paged<>(List.of(), 1, 50, 0), null).findsMemberByName()).isFalse();
        assertThat(page(new Paged<>(List.of(), 1, 50, 0), "nord").findsMemberByName())
                .as("after a search that found nobody, the search stays").isTrue();
        assertThat(page(new Paged<>(List.of(), 1, 50, 0), " ").findsMemberByName()).isFalse();
    }

    private static GroupPage page(Paged<Person> candidates, String search) {
        return new GroupPage(null, java.util.Map.of(), true, false, List.of(), candidates, search);
    }
}

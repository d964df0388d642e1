package no.veiviser.web;

import static org.assertj.core.api.Assertions.assertThat;

import no.veiviser.FreshCandidates;
import no.veiviser.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The readiness and service pages are read by relationship, not role: a supervisor who is not related
 * to the candidate, and even one who is, gets the same 404 as for an id that does not exist.
 */
@IntegrationTest
class ReadinessPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    FreshCandidates fresh;

    @Test
    void onlyThoseWhoMayReadHerRecordSeeHerPages() throws Exception {
        String emma = fresh.person("emma.vik").toString();
        for (String path : new String[] {"/candidates/" + emma + "/readiness", "/candidates/" + emma + "/service"}) {
            assertThat(as("sofie.dahl").get(path).statusCode()).as("unrelated supervisor " + path).isEqualTo(404);
            assertThat(as("ida.hovland").get(path).statusCode()).as("her own supervisor " + path).isEqualTo(404);
            assertThat(as("nora.eide").get(path).statusCode()).as("another candidate " + path).isEqualTo(404);
            assertThat(as("maria.solheim").get(path).statusCode()).as("her veileder " + path).isEqualTo(200);
            assertThat(as("tone.haugland").get(path).statusCode()).as("her approver " + path).isEqualTo(200);
            assertThat(as("eirik.strand").get(path).statusCode()).as("her department head " + path).isEqualTo(200);
        }
    }

    @Test
    void theVeilederReadsButOnlyTheDepartmentHeadDecidesAndOnlyTheCandidateReports() throws Exception {
        String nora = fresh.person("nora.eide").toString();
        String veileder = as("kari.nordby").get("/candidates/" + nora + "/service").body();
        assertThat(veileder).contains("Venter på bekreftelse").doesNotContain(">Bekreft<").doesNotContain("Registrer perioden");
        String head = as("eirik.strand").get("/candidates/" + nora + "/service").body();
        assertThat(head).contains(">Bekreft<").contains("Begrunnelse for avvisning").doesNotContain("Registrer perioden");
        assertThat(as("eirik.strand").get("/candidates").body()).contains("1 til bekreftelse")
                .contains("1 registrering av tjeneste fra Nora Eide venter på bekreftelse");
        String own = as("nora.eide").get("/service").body();
        assertThat(own).contains("Registrer perioden").contains(">Trekk tilbake<").doesNotContain(">Bekreft<");
    }

    private SignedInHttpClient as(String username) throws Exception {
        return new SignedInHttpClient(port).signIn(username, "demo");
    }
}

package no.veiviser.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import jakarta.servlet.RequestDispatcher;
import no.veiviser.FreshCandidates;
import no.veiviser.IntegrationTest;
import no.veiviser.TestActors;
import no.veiviser.portfolio.ActivityType;
import no.veiviser.portfolio.NewActivity;
import no.veiviser.portfolio.Portfolio;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Friendly Norwegian error pages with the stable code, through the real servlet container. */
@IntegrationTest
class ErrorPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    FreshCandidates fresh;

    @Autowired
    Portfolio portfolio;

    @Test
    void anUnexpectedErrorIsAFriendly500WithoutDetails() throws Exception {
        mvc.perform(get("/error").accept(MediaType.TEXT_HTML)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret detail")))
                .andExpect(status().isInternalServerError())
                .andExpect(content().string(containsString("Noe gikk galt")))
                .andExpect(content().string(containsString("Ingenting er lagret fra handlingen.")))
                .andExpect(content().string(containsString("Feilkode VV-1000 (HTTP 500)")))
                .andExpect(content().string(not(containsString("secret detail"))));
    }

    @Test
    void anUnexpectedApiErrorIsAProblemWithoutDetails() throws Exception {
        mvc.perform(get("/error").accept(MediaType.APPLICATION_JSON)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/me")
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret detail")))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.code").value("VV-1000"))
                .andExpect(content().string(not(containsString("secret detail"))));
    }

    @Test
    void anUnknownPageIsAFriendly404() throws Exception {
        HttpResponse<String> response = new SignedInHttpClient(port).signIn("nora.eide", "demo").get("/no-such-page");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body())
                .contains("<html lang=\"nb\"")
                .contains("Siden finnes ikke")
                .contains("Feilkode VV-1001 (HTTP 404)")
                .contains("Gå til startsiden")
                .doesNotContain("Exception")
                .doesNotContain("Whitelabel");
    }

    @Test
    void aForbiddenPageIsAFriendly403() throws Exception {
        HttpResponse<String> response = new SignedInHttpClient(port).signIn("nora.eide", "demo").get("/admin/audit");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Ingen tilgang").contains("Feilkode VV-1002 (HTTP 403)");
    }

    /** A file over the limit got Tomcat's raw 413 page in English; it gets Veiviser's page in the person's language. */
    @Test
    void anOversizeUploadIsVeivisersOwnPageInThePersonsLanguage() throws Exception {
        FreshCandidates.FreshCandidate alis = fresh.alis();
        java.util.UUID activity = portfolio.record(TestActors.person(alis.id()), new NewActivity(ActivityType.OTHER,
                "Notat", java.time.LocalDate.of(2026, 10, 5), null, null, null, null, java.util.List.of("ALM-001"))).id();
        SignedInHttpClient browser = new SignedInHttpClient(port).signIn(alis.username(), FreshCandidates.PASSWORD);
        byte[] tooLarge = new byte[9 * 1024 * 1024];

        HttpResponse<String> norwegian = browser.upload("/activities/" + activity, "/activities/" + activity + "/attachments",
                "stor.pdf", tooLarge);
        assertThat(norwegian.statusCode()).isEqualTo(413);
        assertThat(norwegian.body()).contains("<html lang=\"nb\"").contains("Filen er for stor")
                .contains("Feilkode VV-1008 (HTTP 413)").doesNotContain("Apache Tomcat");

        browser.get("/?lang=en");
        HttpResponse<String> english = browser.upload("/activities/" + activity, "/activities/" + activity + "/attachments",
                "stor.pdf", tooLarge);
        assertThat(english.statusCode()).isEqualTo(413);
        assertThat(english.body()).contains("<html lang=\"en\"").doesNotContain("Filen er for stor")
                .doesNotContain("Apache Tomcat");
    }

    @Test
    void theErrorPageKeepsTheLayoutAndNavigation() throws Exception {
        HttpResponse<String> response = new SignedInHttpClient(port).signIn("nora.eide", "demo").get("/no-such-page");
        assertThat(response.body()).contains("Hopp til hovedinnhold").contains("Innlogget som Nora Eide")
                .contains("<main id=\"main\"");
    }
}

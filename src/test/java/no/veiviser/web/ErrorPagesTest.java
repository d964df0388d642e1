package no.veiviser.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import jakarta.servlet.RequestDispatcher;
import no.veiviser.IntegrationTest;
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

    @Test
    void theErrorPageKeepsTheLayoutAndNavigation() throws Exception {
        HttpResponse<String> response = new SignedInHttpClient(port).signIn("nora.eide", "demo").get("/no-such-page");
        assertThat(response.body()).contains("Hopp til hovedinnhold").contains("Innlogget som Nora Eide")
                .contains("<main id=\"main\"");
    }
}

package no.veiviser.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import no.veiviser.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The JSON API: HTTP Basic for local accounts, no session, no CSRF, problem details with stable codes. */
@IntegrationTest
class ApiTest {

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    @Test
    void aLocalAccountCallsTheApiWithHttpBasic() throws Exception {
        mvc.perform(get("/api/v1/me").with(httpBasic("emma.vik", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Emma Vik"))
                .andExpect(jsonPath("$.roles[0]").value("CANDIDATE"))
                .andExpect(header().doesNotExist("Set-Cookie"));
    }

    @Test
    void anUnauthenticatedCallGetsProblemDetails() throws Exception {
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("WWW-Authenticate", "Basic realm=\"Veiviser\""))
                .andExpect(jsonPath("$.code").value("VV-1003"))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.title").value("Ikke innlogget"));
    }

    @Test
    void aWrongPasswordIsUnauthorized() throws Exception {
        mvc.perform(get("/api/v1/me").with(httpBasic("emma.vik", "wrong")).with(request -> {
                    request.setRemoteAddr("10.2.0.1");
                    return request;
                }))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("VV-1003"));
    }

    @Test
    void anUnknownAddressIsNotFoundWithItsCode() throws Exception {
        HttpResponse<String> response = call("GET", "/api/v1/no-such-thing", "emma.vik:demo", null);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"code\":\"VV-1001\"").contains("\"instance\":\"/api/v1/no-such-thing\"")
                .contains("\"title\":\"Siden finnes ikke\"");
    }

    @Test
    void stateChangingCallsNeedNoCsrfToken() throws Exception {
        // A JSON POST without a CSRF token reaches the API and is refused for its method, not as a forgery;
        // a POST that does not say it is JSON is refused before it reaches anything (ApiWriteGuardTest).
        HttpResponse<String> response = call("POST", "/api/v1/me", "emma.vik:demo", null);
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.body()).contains("\"code\":\"VV-1006\"");
    }

    @Test
    void problemTitlesFollowTheChosenLanguage() throws Exception {
        HttpResponse<String> response = call("GET", "/api/v1/no-such-thing", "emma.vik:demo", "veiviser-lang=en");
        assertThat(response.body()).contains("\"title\":\"Page not found\"");
    }

    @Test
    void aBrowserOnAnApiAddressGetsProblemDetailsToo() throws Exception {
        HttpResponse<String> response = call("GET", "/api/v1/no-such-thing", "emma.vik:demo", null, "text/html");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"code\":\"VV-1001\"");
    }

    private HttpResponse<String> call(String method, String path, String credentials, String cookie) throws Exception {
        return call(method, path, credentials, cookie, "application/json");
    }

    private HttpResponse<String> call(String method, String path, String credentials, String cookie, String accept)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .header("Accept", accept)
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

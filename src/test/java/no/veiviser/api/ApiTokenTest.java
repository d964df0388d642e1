package no.veiviser.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.veiviser.FreshCandidates;
import no.veiviser.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Personal API tokens end to end: made on her page (shown once, kept only as a hash), used as
 * {@code Authorization: Bearer vv_…} over real HTTP; a read-only token cannot write; a revoked, expired
 * or unknown one is refused; and checking one costs far less than HTTP Basic's bcrypt.
 */
@IntegrationTest
class ApiTokenTest {

    private static final Logger log = LoggerFactory.getLogger(ApiTokenTest.class);
    private static final Pattern TOKEN = Pattern.compile("vv_[A-Za-z0-9_-]{43}");

    @LocalServerPort
    int port;

    @Autowired
    FreshCandidates fresh;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private FreshCandidates.FreshCandidate alis;
    private MockHttpSession session;

    @BeforeEach
    void signedIn() throws Exception {
        alis = fresh.alis();
        session = (MockHttpSession) mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login")
                .user(alis.username()).password(FreshCandidates.PASSWORD)).andReturn().getRequest().getSession(false);
    }

    @Test
    void aTokenIsShownOnceKeptAsAHashAndWorksAsItsOwner() throws Exception {
        String token = make("Rapportverktøy", "READ_WRITE");
        assertThat(jdbc.sql("select count(*) from api_token where token_hash = ? or name = ?").params(token, token)
                .query(Long.class).single()).as("the token is not stored").isZero();
        assertThat(page("/account/api-tokens")).contains("Rapportverktøy").doesNotContain(token);

        assertThat(call("GET", "/api/v1/me", token, null).body()).contains(alis.id().toString());
        assertThat(call("POST", "/api/v1/activities", token, """
                {"type":"OTHER","description":"Med nøkkel","performedOn":"2026-11-02","goalCodes":["ALM-001"]}""")
                .statusCode()).isEqualTo(201);
        assertThat(page("/account/api-tokens")).doesNotContain("Aldri brukt");
    }

    @Test
    void aReadOnlyTokenReadsButDoesNotWrite() throws Exception {
        String token = make("Lesetilgang", "READ");
        assertThat(call("GET", "/api/v1/me", token, null).statusCode()).isEqualTo(200);
        HttpResponse<String> write = call("POST", "/api/v1/activities", token, """
                {"type":"OTHER","description":"Skal ikke lagres","performedOn":"2026-11-02","goalCodes":["ALM-001"]}""");
        assertThat(write.statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from learning_activity where candidate_id = ?").param(alis.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void aRevokedExpiredOrUnknownTokenIsRefused() throws Exception {
        String revoked = make("Tilbaketrukket", "READ");
        String id = jdbc.sql("select id::text from api_token where person_id = ? and name = 'Tilbaketrukket'")
                .param(alis.id()).query(String.class).single();
        mvc.perform(post("/account/api-tokens/" + id + "/revoke").session(session).with(csrf()));
        assertThat(call("GET", "/api/v1/me", revoked, null).statusCode()).isEqualTo(401);

        String expired = make("Utløpt", "READ");
        jdbc.sql("update api_token set expires_at = now() - interval '1 minute' where person_id = ? and name = 'Utløpt'")
                .param(alis.id()).update();
        assertThat(call("GET", "/api/v1/me", expired, null).statusCode()).isEqualTo(401);

        assertThat(call("GET", "/api/v1/me", "vv_" + "A".repeat(43), null).statusCode()).isEqualTo(401);
    }

    @Test
    void someoneElsesTokenCannotBeRevoked() throws Exception {
        make("Hennes", "READ");
        String id = jdbc.sql("select id::text from api_token where person_id = ? and name = 'Hennes'")
                .param(alis.id()).query(String.class).single();
        FreshCandidates.FreshCandidate other = fresh.alis();
        MockHttpSession otherSession = (MockHttpSession) mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login")
                .user(other.username()).password(FreshCandidates.PASSWORD)).andReturn().getRequest().getSession(false);
        assertThat(mvc.perform(post("/account/api-tokens/" + id + "/revoke").session(otherSession).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(jdbc.sql("select revoked_at is null from api_token where id = ?::uuid").param(id)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void aTokenCostsFarLessThanAPassword() throws Exception {
        String token = make("Måling", "READ");
        call("GET", "/api/v1/me", token, null);
        long tokenStart = System.nanoTime();
        for (int i = 0; i < 50; i++) {
            assertThat(call("GET", "/api/v1/me", token, null).statusCode()).isEqualTo(200);
        }
        double tokenMs = (System.nanoTime() - tokenStart) / 50e6;
        ApiCaller basic = new ApiCaller(port, alis.username(), FreshCandidates.PASSWORD);
        long basicStart = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            assertThat(basic.get("/api/v1/me").status()).isEqualTo(200);
        }
        double basicMs = (System.nanoTime() - basicStart) / 10e6;
        log.info("GET /api/v1/me one at a time: {} ms with a token, {} ms with HTTP Basic", String.format("%.1f", tokenMs),
                String.format("%.1f", basicMs));
        assertThat(tokenMs).as("a token avoids the bcrypt of every Basic call").isLessThan(basicMs);
    }

    private String make(String name, String scope) throws Exception {
        String answer = mvc.perform(post("/account/api-tokens").session(session).with(csrf())
                        .param("name", name).param("scope", scope).param("validityDays", "90"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher token = TOKEN.matcher(answer);
        assertThat(token.find()).as("the token is shown once").isTrue();
        return token.group();
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).session(session)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private HttpResponse<String> call(String method, String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        if (json != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

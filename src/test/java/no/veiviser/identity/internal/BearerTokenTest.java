package no.veiviser.identity.internal;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** With a token issuer configured, machine clients call the API with bearer tokens. */
@SpringBootTest
@AutoConfigureMockMvc
class BearerTokenTest {

    private static final RSAKey ISSUER_KEY = generate();
    private static final RSAKey OTHER_KEY = generate();

    @DynamicPropertySource
    static void trustTheIssuerKey(DynamicPropertyRegistry registry) throws Exception {
        Path publicKey = Files.createTempFile("issuer", ".pem");
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(ISSUER_KEY.toPublicKey().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        Files.writeString(publicKey, pem);
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + publicKey);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void emmaHasAHelseIdSubject() {
        jdbc.sql("update account set external_subject = 'pseudonym-emma' where username = 'emma.vik'").update();
    }

    @Test
    void aTokenForAKnownSubjectActsAsThatPerson() throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token("pseudonym-emma", ISSUER_KEY)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Emma Vik"))
                .andExpect(jsonPath("$.roles[0]").value("CANDIDATE"));
    }

    @Test
    void aTokenForAnUnknownSubjectIsRefused() throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token("pseudonym-nobody", ISSUER_KEY)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("VV-1003"));
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefused() throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token("pseudonym-emma", OTHER_KEY)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("VV-1003"));
    }

    private static String token(String subject, RSAKey key) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(subject)
                .issuer("https://helseid-sts.test.nhn.no")
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(300)))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID("test").generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

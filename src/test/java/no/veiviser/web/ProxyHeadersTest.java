package no.veiviser.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import no.veiviser.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Over real HTTP through Tomcat: a request that the trusted proxy (loopback) reports as HTTPS gets HSTS
 * and a Secure session cookie, a plain one gets neither, and no redirect echoes the Host header.
 */
@IntegrationTest
class ProxyHeadersTest {

    @LocalServerPort
    int port;

    @Test
    void aRequestTheProxyReportsAsHttpsGetsHstsAndASecureCookie() throws IOException {
        String answer = raw("GET /login HTTP/1.1\r\nHost: veiviser.kommune.no\r\nX-Forwarded-Proto: https\r\n"
                + "Connection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 200");
        assertThat(answer).containsPattern("(?i)strict-transport-security: max-age=31536000 ; includeSubDomains");
        assertThat(answer).containsPattern("(?i)set-cookie: VEIVISER_SESSION=[^\r\n]*; Secure");
    }

    @Test
    void aPlainRequestGetsNeither() throws IOException {
        String answer = raw("GET /login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 200");
        assertThat(answer).doesNotContainPattern("(?i)strict-transport-security");
        assertThat(answer).doesNotContainPattern("(?i)set-cookie: [^\r\n]*; Secure");
    }

    @Test
    void aRedirectDoesNotEchoTheHostHeader() throws IOException {
        String answer = raw("GET /candidates HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 302");
        assertThat(answer).containsPattern("(?i)location: /login");
        assertThat(answer).doesNotContain("evil.example");
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return answer.substring(0, Math.min(answer.length(), answer.indexOf("\r\n\r\n") + 2));
        }
    }
}

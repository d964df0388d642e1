package no.veiviser.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import no.veiviser.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Page weight over real HTTP (Tomcat compresses, MockMvc does not). Every page linked its CSS and
 * JavaScript by plain names that were sent {@code no-store}, so a browser downloaded 246,714 bytes
 * again on every page. Now they are linked by content-hashed names, cached for a year, and sent
 * compressed; pages are compressed too.
 */
@IntegrationTest
class StaticAssetsTest {

    /** Issue 15: CSS and JavaScript at most 60 KB compressed on a first visit. */
    private static final int MOST_COMPRESSED_ASSET_BYTES = 60 * 1024;
    private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:css|js|webjars)/[^\"]+)\"");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void assetsAreVersionedCachedForAYearAndSentCompressed() throws Exception {
        HttpResponse<byte[]> login = get("/login");
        assertThat(login.headers().firstValue("Content-Encoding")).as("the page is compressed").hasValue("gzip");
        List<String> assets = assets(gunzip(login.body()));
        assertThat(assets).hasSize(5).allSatisfy(path -> assertThat(path).matches(".*-[0-9a-f]{32}\\.(css|js)"));

        long compressed = 0;
        for (String path : assets) {
            HttpResponse<byte[]> asset = get(path);
            assertThat(asset.statusCode()).as(path).isEqualTo(200);
            assertThat(asset.headers().firstValue("Cache-Control")).as(path).hasValueSatisfying(cache ->
                    assertThat(cache).contains("max-age=31536000").doesNotContain("no-store").doesNotContain("no-cache"));
            if (asset.body().length > 1024) {
                assertThat(asset.headers().firstValue("Content-Encoding")).as(path + ", over 1 KB").hasValue("gzip");
            }
            compressed += asset.body().length;
        }
        assertThat(compressed).as("CSS and JavaScript on a first visit, compressed").isLessThanOrEqualTo(MOST_COMPRESSED_ASSET_BYTES);
    }

    @Test
    void theStylesheetLinksItsFontsByVersionedNames() throws Exception {
        String css = assets(gunzip(get("/login").body())).stream().filter(path -> path.contains("/css/veiviser-"))
                .findFirst().orElseThrow();
        String body = gunzip(get(css).body());
        assertThat(body).containsPattern("/fonts/inter-latin-wght-normal-[0-9a-f]{32}\\.woff2");
    }

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Encoding", "gzip").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static List<String> assets(String html) {
        List<String> paths = new ArrayList<>();
        Matcher matcher = ASSET.matcher(html);
        while (matcher.find()) {
            paths.add(matcher.group(1));
        }
        return paths;
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

package no.veiviser.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import no.veiviser.durability.ChildVeiviser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application with its demo starts on any day. On a Sunday the 15th it did not: a guidance
 * group's monthly meeting on the 15th moved to the Monday, which lay in the future, so recording it
 * was refused and the start failed. Started here as {@code java -jar} starts it, with the machine's
 * clock moved by libfaketime (Debian: {@code apt-get install faketime}); skipped where that is
 * missing, except on CI.
 */
class DemoOnAnyDayTest {

    /** Where Debian's package puts the library, whatever the machine's architecture. */
    private static final Path FAKETIME = Path.of("/usr/lib", System.getProperty("os.arch").equals("aarch64")
            ? "aarch64-linux-gnu" : "x86_64-linux-gnu", "faketime", "libfaketime.so.1");

    @TempDir
    Path folder;

    @Test
    void theDemoLoadsOnASundayTheFifteenth() throws Exception {
        boolean available = Files.isReadable(FAKETIME);
        if (!available && System.getenv("CI") != null) {
            throw new IllegalStateException("CI must run this test, but " + FAKETIME + " is missing");
        }
        assumeTrue(available, "Skipped: no " + FAKETIME + " (apt-get install faketime)");
        LocalDate sunday = LocalDate.of(2027, 8, 15);
        assertThat(sunday.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);

        ChildVeiviser veiviser = ChildVeiviser.startOn(sunday, FAKETIME, folder.resolve("postgres"),
                folder.resolve("veiviser.log"));
        try {
            HttpResponse<String> login = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(veiviser.uri("/login")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(login.headers().firstValue("Date")).as("the application's clock was moved")
                    .hasValueSatisfying(date -> assertThat(date).contains("Sun, 15 Aug 2027"));
            assertThat(login.body()).as("the demo's people are listed on the sign-in page").contains("sindre.holm");
        } finally {
            veiviser.stop();
        }
    }
}

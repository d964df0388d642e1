package no.veiviser.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.veiviser.FreshCandidates;
import no.veiviser.IntegrationTest;
import no.veiviser.web.EveryPageTest;
import no.veiviser.web.PageCrawler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The canary: a unique string is written into a session's preparations and minutes, and then every
 * page each other person reaches, every session and candidate URL and JSON endpoint, every table
 * but the one that holds the text, and the application's log are searched for it. It may appear only
 * where the candidate and the session's veileder read the session — and it does appear there, so the
 * search would find a leak.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class GuidanceCanaryTest {

    private static final Path ACCESS = Path.of("docs/access.md");
    private static final Pattern API_GET = Pattern.compile("^\\| GET \\| `(/api/v1/[^`]*)` \\|");

    @Autowired
    MockMvc mvc;

    @Autowired
    FreshCandidates fresh;

    @Autowired
    GuidanceSessions guidance;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theTextOfASessionAppearsNowhereButForItsTwoPeople(CapturedOutput output) throws Exception {
        String canary = "KANARI-" + UUID.randomUUID();
        FreshCandidates.FreshCandidate alis = fresh.alis();
        var veileder = fresh.actor("kari.nordby");
        GuidanceSession held = guidance.plan(veileder, new NewSession(alis.id(), LocalDate.of(2026, 11, 17),
                LocalTime.of(13, 0), LocalTime.of(14, 30), SessionMode.IN_PERSON, "Legekontoret"));
        guidance.write(alis.actor(), held.id(), TextKind.CANDIDATE_PREPARATION, canary + " forberedelse", -1);
        guidance.write(veileder, held.id(), TextKind.VEILEDER_PREPARATION, canary + " veileders", -1);
        guidance.write(alis.actor(), held.id(), TextKind.MINUTES, canary + " referat", -1);
        guidance.linkGoals(alis.actor(), held.id(), List.of("ALM-001"));
        guidance.finalise(veileder, held.id());
        GuidanceSession planned = guidance.plan(alis.actor(), new NewSession(null, LocalDate.of(2026, 12, 15),
                LocalTime.of(13, 0), LocalTime.of(14, 0), SessionMode.VIDEO, null));
        guidance.write(alis.actor(), planned.id(), TextKind.CANDIDATE_PREPARATION, canary + " neste gang", -1);

        Map<String, String> readers = new LinkedHashMap<>();
        EveryPageTest.PEOPLE.forEach(username -> readers.put(username, "demo"));
        readers.put("maria.solheim", "demo");
        readers.put("sofie.dahl", "demo");
        readers.put(fresh.departmentHeadOf(alis), FreshCandidates.PASSWORD);
        readers.put(fresh.administratorOf(alis), FreshCandidates.PASSWORD);
        readers.remove("kari.nordby");

        List<String> leaks = new ArrayList<>();
        int looked = 0;
        for (Map.Entry<String, String> reader : readers.entrySet()) {
            MockHttpSession session = signIn(reader.getKey(), reader.getValue());
            Set<String> paths = new LinkedHashSet<>(PageCrawler.reachable(path -> fetched(get(path).session(session))));
            paths.addAll(candidatePages(alis.id(), held.id(), planned.id()));
            for (String path : paths) {
                looked++;
                if (body(get(path).session(session)).contains(canary)) {
                    leaks.add(reader.getKey() + " " + path);
                }
            }
            for (String path : apiPaths(alis.id(), held.id())) {
                looked++;
                if (body(get(path).with(httpBasic(reader.getKey(), reader.getValue()))).contains(canary)) {
                    leaks.add(reader.getKey() + " " + path);
                }
            }
        }
        assertThat(leaks).as("pages and JSON that showed the text to someone else").isEmpty();
        assertThat(looked).as("pages and endpoints searched").isGreaterThan(300);

        assertThat(tablesHolding(canary)).as("tables and columns holding the text").containsExactly("guidance_text.body");
        assertThat(output.getAll()).as("the application's log").doesNotContain(canary);

        MockHttpSession candidate = signIn(alis.username(), FreshCandidates.PASSWORD);
        MockHttpSession kari = signIn("kari.nordby", "demo");
        for (MockHttpSession party : List.of(candidate, kari)) {
            assertThat(body(get("/guidance/sessions/" + held.id()).session(party)))
                    .as("the two permitted views do show it, so a leak would be found").contains(canary + " referat");
        }
        assertThat(body(get("/api/v1/guidance-sessions/" + held.id()).with(httpBasic("kari.nordby", "demo"))))
                .contains(canary);
    }

    /** Every page about this candidate and her sessions that anyone might try, linked or not. */
    private static List<String> candidatePages(UUID candidate, UUID held, UUID planned) {
        List<String> paths = new ArrayList<>();
        for (String path : List.of("/candidates/%s", "/candidates/%s/portfolio", "/candidates/%s/readiness",
                "/candidates/%s/service", "/candidates/%s/guidance", "/candidates/%s/catalogs")) {
            paths.add(path.formatted(candidate));
        }
        for (UUID session : List.of(held, planned)) {
            paths.add("/guidance/sessions/" + session);
            paths.add("/guidance/sessions/" + session + "/calendar.ics");
        }
        paths.addAll(List.of("/guidance", "/admin/audit", "/admin/outbox", "/candidates/access-log", "/access-log",
                "/plan", "/plan.pdf"));
        return paths;
    }

    /** Every JSON GET of docs/access.md, with the candidate's or the session's id where it asks for one. */
    private static List<String> apiPaths(UUID candidate, UUID session) throws Exception {
        List<String> paths = new ArrayList<>();
        for (String line : Files.readAllLines(ACCESS)) {
            Matcher row = API_GET.matcher(line);
            if (!row.find()) {
                continue;
            }
            String path = row.group(1).contains("/guidance-sessions/") ? row.group(1).replace("{id}", session.toString())
                    : row.group(1).replace("/candidates/{id}", "/candidates/" + candidate);
            if (!path.contains("{")) {
                paths.add(path);
            }
        }
        assertThat(paths).contains("/api/v1/guidance-sessions/" + session, "/api/v1/candidates/" + candidate
                + "/guidance-sessions");
        return paths;
    }

    /** Every text-like column of every table that holds the string. */
    private List<String> tablesHolding(String canary) {
        List<String> found = new ArrayList<>();
        List<String[]> columns = jdbc.sql("""
                select table_name, column_name from information_schema.columns
                 where table_schema = 'public' and data_type in ('text', 'character varying', 'jsonb', 'json', 'ARRAY')
                """).query((rs, row) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        for (String[] column : columns) {
            Long hits = jdbc.sql("select count(*) from \"%s\" where \"%s\"::text like ?".formatted(column[0], column[1]))
                    .param("%" + canary + "%").query(Long.class).single();
            if (hits > 0) {
                found.add(column[0] + "." + column[1]);
            }
        }
        assertThat(columns).as("columns searched").hasSizeGreaterThan(50);
        return found;
    }

    private PageCrawler.Fetched fetched(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        return new PageCrawler.Fetched(response.getStatus(), response.getContentType(),
                response.getContentAsString(StandardCharsets.UTF_8));
    }

    private String body(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpSession signIn(String username, String password) throws Exception {
        return (MockHttpSession) mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login").user(username)
                .password(password)).andReturn().getRequest().getSession(false);
    }
}

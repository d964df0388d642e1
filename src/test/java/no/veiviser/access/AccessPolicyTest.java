package no.veiviser.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.veiviser.FreshCandidates;
import no.veiviser.FreshCandidates.FreshCandidate;
import no.veiviser.IntegrationTest;
import no.veiviser.TestActors;
import no.veiviser.approval.GoalApprovals;
import no.veiviser.portfolio.ActivityDocumentation;
import no.veiviser.portfolio.ActivityType;
import no.veiviser.portfolio.NewActivity;
import no.veiviser.portfolio.Portfolio;
import no.veiviser.programme.AccessBasis;
import no.veiviser.programme.Audience;
import no.veiviser.programme.NewServiceRecord;
import no.veiviser.programme.ServiceCategory;
import no.veiviser.programme.ServiceRecords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * {@code docs/access.md} is the access policy as people read it. This test holds it to the code: its
 * audience table to {@link Audience}, its route table to every request mapping of the application
 * (a route added without being classified fails here), and, for every GET route with an id in the
 * path, drives the route as each kind of person and checks that exactly those the table names get an
 * answer and everyone else 404.
 */
@IntegrationTest
class AccessPolicyTest {

    private static final Path DOC = Path.of("docs/access.md");
    private static final Pattern ROW = Pattern.compile("^\\| (GET|POST|PUT|DELETE) \\| `([^`]+)` \\| (.+?) \\|$");
    private static final Pattern AUDIENCE_ROW = Pattern.compile("^\\| `([A-Z_]+)` \\| ([A-Z_, ]+) \\| (yes|no) \\|");
    private static final byte[] PDF = no.veiviser.TestFiles.pdf();

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    FreshCandidates fresh;

    @Autowired
    Portfolio portfolio;

    @Autowired
    ActivityDocumentation documentation;

    @Autowired
    GoalApprovals approvals;

    @Autowired
    ServiceRecords serviceRecords;

    @Autowired
    no.veiviser.guidance.GuidanceSessions guidance;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    no.veiviser.identity.ApiTokens apiTokens;

    @Autowired
    no.veiviser.programme.Relationships relationships;

    @Test
    void theAudienceTableIsTheCode() throws IOException {
        Map<String, String> documented = new LinkedHashMap<>();
        for (String line : Files.readAllLines(DOC)) {
            Matcher row = AUDIENCE_ROW.matcher(line);
            if (row.find()) {
                documented.put(row.group(1), row.group(2).trim() + " | " + row.group(3));
            }
        }
        Map<String, String> code = new LinkedHashMap<>();
        for (Audience audience : Audience.values()) {
            code.put(audience.name(), audience.allowed().stream().map(Enum::name).collect(Collectors.joining(", "))
                    + " | " + (audience.logged() ? "yes" : "no"));
        }
        assertThat(documented).isEqualTo(code);
    }

    @Test
    void everyRouteIsClassifiedAndEveryClassifiedRouteExists() throws IOException {
        assertThat(documentedRoutes().keySet()).isEqualTo(mappedRoutes());
    }

    @Test
    void eachKindOfPersonReachesExactlyWhatTheTableAllows() throws Exception {
        Fixture fixture = fixture();
        Map<String, String> routes = documentedRoutes();
        List<String> wrong = new ArrayList<>();
        int driven = 0;
        for (Map.Entry<String, String> route : routes.entrySet()) {
            String path = route.getKey().substring("GET ".length());
            if (!route.getKey().startsWith("GET ") || !path.contains("{")) {
                continue;
            }
            Set<AccessBasis> allowed = allowedBases(route.getValue());
            if (allowed == null) {
                continue;
            }
            String concrete = fixture.concrete(path);
            assertThat(concrete).as("an id for " + path).doesNotContain("{");
            for (Persona persona : fixture.personas) {
                int status = mvc.perform(persona.get(concrete)).andReturn().getResponse().getStatus();
                boolean expected = persona.basis != null && allowed.contains(persona.basis);
                boolean answered = status >= 200 && status < 300;
                if (answered != expected || (!expected && status != 404)) {
                    wrong.add(route.getKey() + " as " + persona.name + ": " + status);
                }
                driven++;
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(driven).as("routes × people driven").isGreaterThan(100);
    }

    @Test
    void nobodyOutsideTheTableWritesThroughARouteWithAnId() throws Exception {
        Fixture fixture = fixture();
        UUID someone = fresh.person("sofie.dahl");
        long auditRows = auditRows();
        List<String> wrong = new ArrayList<>();
        int driven = 0;
        for (Map.Entry<String, String> route : documentedRoutes().entrySet()) {
            String method = route.getKey().substring(0, route.getKey().indexOf(' '));
            String path = route.getKey().substring(method.length() + 1);
            Set<AccessBasis> allowed = allowedBases(route.getValue());
            if (method.equals("GET") || !path.contains("{") || allowed == null) {
                continue;
            }
            String concrete = fixture.concrete(path);
            assertThat(concrete).as("ids for " + path).doesNotContain("{");
            for (Persona persona : fixture.personas) {
                if (persona.basis != null && allowed.contains(persona.basis)) {
                    continue;
                }
                int status = mvc.perform(persona.write(method, concrete, someone)).andReturn().getResponse().getStatus();
                if (status != 404) {
                    wrong.add(route.getKey() + " as " + persona.name + ": " + status);
                }
                driven++;
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(auditRows()).as("nothing was changed").isEqualTo(auditRows);
        assertThat(driven).as("routes × people driven").isGreaterThan(200);
    }

    private long auditRows() {
        return jdbc.queryForObject("select count(*) from audit_event", Long.class);
    }

    /** The bases an audience cell allows, or null for routes the matrix does not drive (roles, public). */
    private static Set<AccessBasis> allowedBases(String who) {
        if (who.startsWith("object: her own") || who.startsWith("object: herself")) {
            return EnumSet.of(AccessBasis.SELF);
        }
        if (!who.matches("[A-Z_]+( or [A-Z_]+)*")) {
            return null;
        }
        Set<AccessBasis> allowed = EnumSet.noneOf(AccessBasis.class);
        Arrays.stream(who.split(" or ")).map(Audience::valueOf).forEach(audience -> allowed.addAll(audience.allowed()));
        return allowed;
    }

    private static Map<String, String> documentedRoutes() throws IOException {
        Map<String, String> routes = new LinkedHashMap<>();
        for (String line : Files.readAllLines(DOC)) {
            Matcher row = ROW.matcher(line);
            if (row.find()) {
                routes.put(row.group(1) + " " + row.group(2), row.group(3).trim());
            }
        }
        return routes;
    }

    private Set<String> mappedRoutes() {
        Set<String> routes = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (!method.getBeanType().getPackageName().startsWith("no.veiviser")) {
                return;
            }
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods().isEmpty()
                    ? Set.of(RequestMethod.GET) : info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                methods.forEach(httpMethod -> routes.add(httpMethod.name() + " " + pattern));
            }
        });
        return routes;
    }

    private Fixture fixture() throws Exception {
        FreshCandidate alis = fresh.alis();
        UUID activity = portfolio.record(TestActors.person(alis.id()), new NewActivity(ActivityType.PRACTICE_VISIT,
                "Praksisbesøk", LocalDate.of(2026, 10, 5), null, null, null, null, List.of("ALM-042"))).id();
        UUID attachment = documentation.attach(TestActors.person(alis.id()), activity, "rapport.pdf", PDF).id();
        UUID request = portfolio.requestSignature(TestActors.person(alis.id()), activity, fresh.person("jon.bakke")).id();
        UUID assessment = approvals.submit(TestActors.person(alis.id()), "ALM-001", null).id();
        UUID record = serviceRecords.report(alis.actor(), NewServiceRecord.period(LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 9, 30), ServiceCategory.OPEN_PRACTICE, BigDecimal.valueOf(100), false, null, null)).id();
        FreshCandidate elsewhere = fresh.alis();

        List<Persona> personas = new ArrayList<>();
        personas.add(persona("the candidate herself", alis.username(), FreshCandidates.PASSWORD, AccessBasis.SELF));
        personas.add(persona("her veileder", "kari.nordby", "demo", AccessBasis.VEILEDER));
        personas.add(persona("her supervisor, asked to sign", "jon.bakke", "demo", AccessBasis.SUPERVISOR));
        personas.add(persona("her approver", "tone.haugland", "demo", AccessBasis.APPROVER));
        personas.add(persona("her deputy, department head elsewhere", "eirik.strand", "demo",
                AccessBasis.DEPUTY_APPROVER));
        personas.add(persona("her department head", fresh.departmentHeadOf(alis), FreshCandidates.PASSWORD,
                AccessBasis.DEPARTMENT_HEAD));
        personas.add(persona("a supervisor of others", "sofie.dahl", "demo", null));
        personas.add(persona("a veileder of others", "anders.lie", "demo", null));
        personas.add(persona("another candidate", "nora.eide", "demo", null));
        personas.add(persona("an administrator elsewhere", "admin", "demo", null));
        personas.add(persona("a department head elsewhere", fresh.departmentHeadOf(elsewhere), FreshCandidates.PASSWORD,
                null));
        personas.add(persona("her own organisation's administrator", fresh.administratorOf(alis),
                FreshCandidates.PASSWORD, null));
        UUID token = apiTokens.issue(alis.actor(), "Matrisen", no.veiviser.identity.ApiTokenScope.READ, 30).id();
        UUID relationship = relationships.ofCandidates(List.of(alis.id())).get(0).id();
        UUID session = guidance.plan(alis.actor(), new no.veiviser.guidance.NewSession(null, LocalDate.of(2026, 10, 5),
                java.time.LocalTime.of(10, 0), java.time.LocalTime.of(11, 0), no.veiviser.guidance.SessionMode.IN_PERSON,
                null)).id();
        Map<String, UUID> ids = Map.of("candidate", alis.id(), "activity", activity, "attachment", attachment,
                "assessment", assessment, "request", request, "record", record, "token", token,
                "relationship", relationship, "session", session);
        return new Fixture(personas, ids);
    }

    private Persona persona(String name, String username, String password, AccessBasis basis) throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login")
                .user(username).password(password)).andReturn().getRequest().getSession(false);
        return new Persona(name, username, password, basis, session);
    }

    private record Persona(String name, String username, String password, AccessBasis basis, MockHttpSession session) {

        /**
         * A POST, PUT or DELETE as this person with every field a form or API of Veiviser asks for filled
         * in, so that what answers is the access policy, not a missing parameter.
         */
        org.springframework.test.web.servlet.RequestBuilder write(String method, String path, UUID someone) {
            if (path.startsWith("/api/") && path.endsWith("/attachments")) {
                return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(path)
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "rapport.pdf", "application/pdf",
                                PDF))
                        .header("X-Requested-With", "test").with(httpBasic(username, password));
            }
            var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                    .request(org.springframework.http.HttpMethod.valueOf(method), path);
            if (path.startsWith("/api/")) {
                return request.with(httpBasic(username, password)).contentType("application/json").content(
                        "{\"personId\":\"" + someone + "\",\"signerId\":\"" + someone + "\",\"kind\":\"SUPERVISOR\","
                                + "\"validFrom\":\"2026-10-01\",\"from\":\"2026-10-01\",\"to\":\"2026-10-31\","
                                + "\"category\":\"OPEN_PRACTICE\",\"positionPercent\":100,\"type\":\""
                                + (path.endsWith("/absences") ? "SICK_LEAVE" : "PRACTICE_VISIT") + "\","
                                + "\"comment\":\"x\",\"reason\":\"x\",\"text\":\"x\",\"givenName\":\"A\","
                                + "\"familyName\":\"B\",\"email\":\"matrix@example.no\",\"description\":\"x\","
                                + "\"performedOn\":\"2026-10-01\",\"goalCodes\":[\"ALM-042\"]}");
            }
            return request.session(session).with(csrf()).param("decision", "reject").param("comment", "x")
                    .param("reason", "x").param("body", "x").param("kind", "SUPERVISOR")
                    .param("personId", someone.toString()).param("signerId", someone.toString())
                    .param("validFrom", "2026-10-01").param("givenName", "A").param("familyName", "B")
                    .param("email", "matrix@example.no").param("type", "PRACTICE_VISIT").param("description", "x")
                    .param("performedOn", "2026-10-01").param("goalCodes", "ALM-042");
        }

        /** A GET as this person: the browser session for pages, HTTP Basic for the API. */
        MockHttpServletRequestBuilder get(String path) {
            MockHttpServletRequestBuilder request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                    .get(path);
            return path.startsWith("/api/") ? request.with(httpBasic(username, password)) : request.session(session);
        }
    }

    private record Fixture(List<Persona> personas, Map<String, UUID> ids) {

        /** The path with its ids filled in by what the path names. */
        String concrete(String path) {
            String kind = path.contains("/candidates/") ? "candidate"
                    : path.contains("/assessments/") || path.startsWith("/approvals/")
                            || path.startsWith("/recommendations/") ? "assessment"
                    : path.contains("/attachments/{id}") ? "attachment" : path.contains("/activities/") ? "activity"
                    : path.contains("/signature-requests/") ? "request"
                    : path.contains("/service-records/") ? "record"
                    : path.contains("/api-tokens/") ? "token"
                    : path.contains("/guidance-sessions/") ? "session" : null;
            String concrete = kind == null ? path : path.replace("{id}", ids.get(kind).toString());
            return concrete.replace("{requestId}", ids.get("request").toString())
                    .replace("{recordId}", ids.get("record").toString())
                    .replace("{relationshipId}", ids.get("relationship").toString())
                    .replace("{sessionId}", ids.get("session").toString()).replace("{kind}", "MINUTES");
        }
    }
}

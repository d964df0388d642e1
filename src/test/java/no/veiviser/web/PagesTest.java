package no.veiviser.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import no.veiviser.FreshCandidates;
import no.veiviser.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.mock.web.MockHttpSession;

/** Start pages per role, pages still to come, friendly error pages and the language switch. */
@IntegrationTest
class PagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    FreshCandidates fresh;

    @Test
    void aCandidateSeesHerProgrammeOnTheStartPage() throws Exception {
        MockHttpSession session = signIn("ole.brekke");
        mvc.perform(get("/").session(session))
                .andExpect(content().string(containsString("Velkommen, Ole Brekke")))
                .andExpect(content().string(containsString("ALIS (allmennmedisin)")))
                .andExpect(content().string(containsString("Konvertert fra gammel ordning")))
                .andExpect(content().string(containsString("(konvertert 1. januar 2021)")))
                .andExpect(content().string(containsString("Din spesialisering")));
    }

    @Test
    void aPartTimeCandidateSeesHerPositionShare() throws Exception {
        mvc.perform(get("/").session(signIn("emma.vik")))
                .andExpect(content().string(containsString("80 %")));
    }

    @Test
    void aPersonWithTwoRolesGetsASectionForEach() throws Exception {
        mvc.perform(get("/").session(signIn("kari.nordby")))
                .andExpect(content().string(containsString("Som veileder")))
                .andExpect(content().string(containsString("Som supervisør")));
    }

    @Test
    void aCapabilityStillToComeSaysSo() throws Exception {
        mvc.perform(get("/funding").session(signIn("eirik.strand")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tilskudd")))
                .andExpect(content().string(containsString("under arbeid")));
    }

    @Test
    void administrationIsForAdministratorsOnlyAndTheAuditTrailForHerOwnOrganisation() throws Exception {
        mvc.perform(get("/admin/audit").session(signIn("nora.eide")))
                .andExpect(status().isForbidden());
        MockHttpSession admin = signIn("admin");
        mvc.perform(post("/admin/organisation/approval-settings").param("veilederJustificationRequired", "false")
                        .session(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/organisation"));
        mvc.perform(get("/admin/audit").session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Krav om skriftlig begrunnelse fra veileder endret")))
                .andExpect(content().string(containsString("Ingrid Solberg")));

        FreshCandidates.FreshCandidate elsewhere = fresh.alis();
        MvcResult otherAdmin = mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login")
                        .user(fresh.administratorOf(elsewhere)).password(FreshCandidates.PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn();
        mvc.perform(get("/admin/audit").session((MockHttpSession) otherAdmin.getRequest().getSession(false)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Krav om skriftlig begrunnelse fra veileder endret"))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Ingrid Solberg"))));
    }

    /**
     * The audit log was for developers: raw ids and JSON. An administrator filters it by event and day,
     * and reads names and labelled details, never an id.
     */
    @Test
    void theAuditLogIsFilteredByEventAndDayAndNamesPeople() throws Exception {
        MockHttpSession admin = signIn("admin");
        mvc.perform(post("/admin/organisation/approval-settings").param("veilederJustificationRequired", "false")
                .session(admin).with(csrf()));
        String today = java.time.LocalDate.now(no.veiviser.shared.TimeConfiguration.OSLO).toString();
        String filtered = mvc.perform(get("/admin/audit").param("action", "organisation.veilederJustification")
                        .param("from", today).param("to", today).session(admin))
                .andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String table = filtered.substring(filtered.indexOf("<tbody>"), filtered.indexOf("</tbody>"));
        org.assertj.core.api.Assertions.assertThat(table).contains("Krav om skriftlig begrunnelse fra veileder endret")
                .contains("Ingrid Solberg").contains("Organisasjonen")
                .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
                .doesNotContain("{\"");
        org.assertj.core.api.Assertions.assertThat(filtered).contains("<option value=\"organisation.veilederJustification\" selected>");
        String yesterday = mvc.perform(get("/admin/audit").param("action", "organisation.veilederJustification")
                        .param("to", java.time.LocalDate.parse(today).minusDays(1).toString()).session(admin))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(yesterday.substring(yesterday.indexOf("<tbody>"), yesterday.indexOf("</tbody>")))
                .doesNotContain("Krav om skriftlig begrunnelse");
    }

    /** A page is rendered into bytes first and sent in one piece, so its length is known and a failure sends nothing. */
    @Test
    void aPageIsSentWholeWithItsLength() throws Exception {
        var response = mvc.perform(get("/goals").session(signIn("sindre.holm"))).andReturn().getResponse();

        byte[] body = response.getContentAsByteArray();
        org.assertj.core.api.Assertions.assertThat(response.getContentLength()).isEqualTo(body.length).isPositive();
        org.assertj.core.api.Assertions.assertThat(response.getContentType()).isEqualTo("text/html;charset=UTF-8");
        org.assertj.core.api.Assertions.assertThat(new String(body, java.nio.charset.StandardCharsets.UTF_8))
                .contains("<title>Læringsmål – Veiviser</title>");
    }

    @Test
    void englishCanBeChosenAndIsRemembered() throws Exception {
        MockHttpSession session = signIn("sindre.holm");
        MvcResult english = mvc.perform(get("/").session(session).param("lang", "en"))
                .andExpect(content().string(containsString("Welcome, Sindre Holm")))
                .andExpect(content().string(containsString("lang=\"en\"")))
                .andReturn();
        mvc.perform(get("/goals").session(session).cookie(english.getResponse().getCookies()))
                .andExpect(content().string(containsString("Learning goals")));
        mvc.perform(get("/").session(session).param("lang", "xx"))
                .andExpect(content().string(containsString("Velkommen")));
    }

    @Test
    void theNationalCatalogsAreForTheCatalogRoleNotForEveryAdministrator() throws Exception {
        mvc.perform(get("/admin/catalogs").session(signIn("admin"))).andExpect(status().isOk());
        MvcResult otherAdmin = mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login")
                        .user(fresh.administratorOf(fresh.alis())).password(FreshCandidates.PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn();
        MockHttpSession session = (MockHttpSession) otherAdmin.getRequest().getSession(false);
        mvc.perform(get("/admin/catalogs").session(session)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/catalogs/import").session(session).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/").session(session))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("href=\"/admin/catalogs\""))));
    }

    private MockHttpSession signIn(String username) throws Exception {
        MvcResult result = mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login").user(username).password("demo"))
                .andExpect(redirectedUrl("/"))
                .andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }
}

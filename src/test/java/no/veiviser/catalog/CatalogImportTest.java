package no.veiviser.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import no.veiviser.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Import goes through a preview and applies all or nothing; a malformed file changes nothing. */
@IntegrationTest
class CatalogImportTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    GoalCatalogs catalogs;

    @Autowired
    JdbcClient jdbc;

    private MockHttpSession admin;

    @BeforeEach
    void signInAsAdministrator() throws Exception {
        admin = (MockHttpSession) mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login").user("admin").password("demo"))
                .andReturn().getRequest().getSession(false);
    }

    @Test
    void aFileWithADuplicateCodeAMissingTitleAndABadCodeGetsThreePreciseMessagesAndChangesNothing() throws Exception {
        int versionsBefore = catalogs.versions(CatalogCode.ALM).size();
        int importsBefore = pendingImports();
        String file = """
                kode,tittel,tema
                ALM-001,Første mål,21.1 Allmennmedisinsk profesjonalitet
                ALM-001,Samme kode igjen,
                ALM-002,,
                ALM-3,Tredje mål,
                """;
        String page = upload("ALM", "2027-01-01", "feil.csv", file)
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("Filen feil.csv ble ikke importert. Den har 3 feil, og ingenting er endret.");
        assertThat(problemRows(page)).containsExactly(
                "3 | A (kode) | Koden ALM-001 står allerede i rad 2. Hver kode kan bare stå én gang.",
                "4 | B (tittel) | Tittelen mangler. Skriv tittelen, eller UKJENT hvis den ikke er kjent ennå.",
                "5 | A (kode) | Koden «ALM-3» har feil form for katalogen ALM; skriv den som for eksempel ALM-001.");
        assertThat(catalogs.versions(CatalogCode.ALM)).hasSize(versionsBefore);
        assertThat(pendingImports()).isEqualTo(importsBefore);
    }

    @Test
    void theInventedLevelColumnIsRefusedWithTheReasonTheRegulationGives() throws Exception {
        String page = upload("ALM", "2027-01-01", "nivå.csv", "kode,tittel,kompetansenivå\nALM-001,Første mål,3\n")
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(problemRows(page)).containsExactly("1 | C (kompetansenivå) | Kolonnen «kompetansenivå» brukes ikke "
                + "lenger: forskriften angir nivået i ordlyden (for eksempel «Selvstendig kunne»), ikke som tall. Fjern kolonnen.");
    }

    @Test
    void aFileThatIsNeitherCsvNorXlsxIsRefused() throws Exception {
        String page = upload("ALM", "2027-01-01", "katalog.pdf", "%PDF-1.7")
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Filen må være CSV (.csv) eller Excel (.xlsx).");
    }

    @Test
    void aValidFileShowsTheDifferencesAndIsAppliedOnlyWhenConfirmed() throws Exception {
        String first = """
                kode;tittel;kompetansetype;læringsaktiviteter
                SAM-001;Samfunnsmedisinsk arbeid;KUNNSKAP;SIGNERT_VEILEDER: Faglig samtale
                SAM-002;Helseberedskap;FERDIGHET;
                SAM-003;UKJENT;;
                """;
        UUID firstImport = previewId(upload("SAM", "2026-01-01", "sam.csv", first));
        confirm(firstImport);
        CatalogVersion version1 = catalogs.latest(CatalogCode.SAM).orElseThrow();
        assertThat(catalogs.goals(version1.id())).extracting(LearningGoal::code).containsExactly("SAM-001", "SAM-002", "SAM-003");
        assertThat(catalogs.goals(version1.id()).get(0).activities())
                .containsExactly(new RecommendedActivity(DocumentationForm.SIGNED_BY_VEILEDER, "Faglig samtale"));

        String second = """
                kode,tittel,kompetansetype,læringsaktiviteter
                SAM-001,Samfunnsmedisinsk arbeid i kommunen,KUNNSKAP,SIGNERT_VEILEDER: Faglig samtale
                SAM-003,UKJENT,,
                SAM-004,Smittevern,KUNNSKAP_OG_FERDIGHET,
                """;
        MvcResult uploaded = upload("SAM", "2026-06-01", "sam2.csv", second).andExpect(status().is3xxRedirection()).andReturn();
        UUID secondImport = previewId(uploaded);
        String preview = mvc.perform(get("/admin/catalogs/imports/" + secondImport).session(admin))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(preview).contains("1 nye læringsmål", "1 endrede læringsmål", "1 læringsmål fjernes", "1 uendrede læringsmål")
                .contains("<del>Samfunnsmedisinsk arbeid</del>").contains("<ins>Samfunnsmedisinsk arbeid i kommunen</ins>")
                .contains("SAM-004").contains("SAM-002");
        assertThat(catalogs.latest(CatalogCode.SAM).orElseThrow().id()).as("nothing applied before confirming")
                .isEqualTo(version1.id());

        confirm(secondImport);
        CatalogVersion version2 = catalogs.latest(CatalogCode.SAM).orElseThrow();
        assertThat(version2.number()).isEqualTo(version1.number() + 1);
        assertThat(catalogs.goals(version2.id())).extracting(LearningGoal::code).containsExactly("SAM-001", "SAM-003", "SAM-004");
        assertThat(catalogs.goals(version1.id())).as("the old version is untouched")
                .extracting(LearningGoal::title).containsExactly("Samfunnsmedisinsk arbeid", "Helseberedskap", null);
    }

    @Test
    void exportThenImportChangesNothingInCsvOrExcel() throws Exception {
        for (String format : List.of("csv", "xlsx")) {
            CatalogVersion before = catalogs.latest(CatalogCode.ALM).orElseThrow();
            byte[] exported = mvc.perform(get("/admin/catalogs/ALM/export." + format).session(admin))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            UUID importId = previewId(upload("ALM", before.validFrom().toString(), "alm." + format, exported));
            String preview = mvc.perform(get("/admin/catalogs/imports/" + importId).session(admin))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(preview).as(format).contains("0 nye læringsmål", "0 endrede læringsmål", "0 læringsmål fjernes",
                    "88 uendrede læringsmål");
            confirm(importId);
            assertThat(catalogs.latest(CatalogCode.ALM).orElseThrow()).as(format).isEqualTo(before);
            assertThat(catalogs.goals(before.id())).as(format).allSatisfy(goal -> assertThat(goal.hasTitle()).isTrue());
        }
    }

    @Test
    void aPreviewOvertakenByANewerVersionCannotBeApplied() throws Exception {
        String file = "kode,tittel\nKLK-001,Første\n";
        UUID stale = previewId(upload("KLK", "2026-01-01", "del1.csv", file));
        UUID fresh = previewId(upload("KLK", "2026-01-01", "del1-b.csv", file));
        confirm(fresh);
        int versions = catalogs.versions(CatalogCode.KLK).size();
        mvc.perform(post("/admin/catalogs/imports/" + stale + "/apply").session(admin).with(csrf()))
                .andExpect(status().isConflict());
        assertThat(catalogs.versions(CatalogCode.KLK)).hasSize(versions);
    }

    @Test
    void anUploadAndADiscardAreInTheAuditTrail() throws Exception {
        UUID importId = previewId(upload("KLK", "2026-01-01", "del1-audit.csv", "kode,tittel\nKLK-001,Første\n"));
        mvc.perform(post("/admin/catalogs/imports/" + importId + "/discard").session(admin).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select action from audit_event where subject_type = 'catalog_import' and subject_id = ? order by seq")
                .param(importId.toString()).query(String.class).list())
                .containsExactly("catalog.import.uploaded", "catalog.import.discarded");
    }

    @Test
    void onlyAdministratorsImport() throws Exception {
        MockHttpSession candidate = (MockHttpSession) mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login")
                .user("nora.eide").password("demo")).andReturn().getRequest().getSession(false);
        mvc.perform(multipart("/admin/catalogs/import").file(new MockMultipartFile("file", "x.csv", "text/csv", new byte[1]))
                        .param("catalog", "ALM").param("validFrom", "2027-01-01").session(candidate).with(csrf()))
                .andExpect(status().isForbidden());
    }

    private org.springframework.test.web.servlet.ResultActions upload(String catalog, String validFrom, String name,
                                                                     String content) throws Exception {
        return upload(catalog, validFrom, name, content.getBytes(StandardCharsets.UTF_8));
    }

    private org.springframework.test.web.servlet.ResultActions upload(String catalog, String validFrom, String name,
                                                                     byte[] content) throws Exception {
        return mvc.perform(multipart("/admin/catalogs/import")
                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .param("catalog", catalog).param("validFrom", validFrom).session(admin).with(csrf()));
    }

    private UUID previewId(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return previewId(result.andExpect(status().is3xxRedirection()).andReturn());
    }

    private static UUID previewId(MvcResult result) {
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/admin/catalogs/imports/");
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    private void confirm(UUID importId) throws Exception {
        mvc.perform(post("/admin/catalogs/imports/" + importId + "/apply").session(admin).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    private int pendingImports() {
        return jdbc.sql("select count(*) from catalog_import").query(Integer.class).single();
    }

    /** The problem table as "row | column | message" lines. */
    private static List<String> problemRows(String page) {
        return java.util.Arrays.stream(page.split("<tr class=\"vv-problem\">")).skip(1)
                .map(row -> java.util.Arrays.stream(row.split("</tr>")[0].split("<td>")).skip(1)
                        .map(cell -> cell.split("</td>")[0].trim()).reduce((a, b) -> a + " | " + b).orElse(""))
                .toList();
    }
}

package no.veiviser.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import no.veiviser.IntegrationTest;
import no.veiviser.catalog.CatalogCode;
import no.veiviser.catalog.CatalogVersion;
import no.veiviser.catalog.GoalCatalogs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An ALIS is assigned the current ALM and FKM versions, which are then in use and never change. */
@IntegrationTest
class EnrolmentCatalogsTest {

    @Autowired
    Enrolments enrolments;

    @Autowired
    GoalCatalogs catalogs;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAlisHasTheNewestAlmAndFkmAssignedAndTheyAreInUse() {
        UUID nora = jdbc.sql("select person_id from account where username = 'nora.eide'").query(UUID.class).single();
        Enrolment enrolment = enrolments.of(nora).get(0);
        assertThat(enrolments.assignedCatalogs(enrolment.id()))
                .extracting(CatalogVersion::catalog).containsExactlyInAnyOrder(CatalogCode.ALM, CatalogCode.FKM);
        assertThat(enrolments.assignedCatalogs(enrolment.id())).allSatisfy(version ->
                assertThat(catalogs.version(version.id()).inUse()).isTrue());
    }

    @Test
    void theProgrammesUseTheirCatalogs() {
        assertThat(Enrolments.catalogsOf(ProgrammeType.ALIS)).containsExactly(CatalogCode.ALM, CatalogCode.FKM);
        assertThat(Enrolments.catalogsOf(ProgrammeType.SAMLIS)).containsExactly(CatalogCode.SAM, CatalogCode.FKM);
        assertThat(Enrolments.catalogsOf(ProgrammeType.LIS1)).containsExactly(CatalogCode.KLK, CatalogCode.FKMK);
    }
}

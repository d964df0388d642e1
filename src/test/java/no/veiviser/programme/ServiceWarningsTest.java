package no.veiviser.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import no.veiviser.FreshCandidates;
import no.veiviser.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Before confirming, the department head is warned of what is implausible for the candidate: a
 * category her programme does not count (LIS1 in the municipality for an ALIS), a period decades ahead.
 */
@IntegrationTest
class ServiceWarningsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    FreshCandidates fresh;

    @Autowired
    ServiceRecords records;

    @Test
    void theDepartmentHeadSeesWhatToCheckBeforeConfirming() throws Exception {
        FreshCandidates.FreshCandidate alis = fresh.alis();
        records.report(alis.actor(), NewServiceRecord.period(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30),
                ServiceCategory.MUNICIPAL_LIS1, BigDecimal.valueOf(50), false, null, null));
        records.report(alis.actor(), NewServiceRecord.period(LocalDate.of(2046, 9, 1), LocalDate.of(2046, 9, 30),
                ServiceCategory.OPEN_PRACTICE, BigDecimal.valueOf(50), false, null, null));
        records.report(alis.actor(), NewServiceRecord.period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31),
                ServiceCategory.OPEN_PRACTICE, BigDecimal.valueOf(100), false, null, null));

        String head = page(fresh.departmentHeadOf(alis), FreshCandidates.PASSWORD, "/candidates/" + alis.id() + "/service");
        assertThat(head).contains("Se over før du bekrefter: «LIS1 i kommunen» teller ikke i utdanningsløpet ALIS (allmennmedisin).")
                .contains("Se over før du bekrefter: perioden begynner 1. september 2046, mer enn et år fram i tid.");
        assertThat(head.split("Se over før du bekrefter", -1)).as("two warnings, none for the plausible period").hasSize(3);
        assertThat(page(alis.username(), FreshCandidates.PASSWORD, "/service")).doesNotContain("Se over før du bekrefter");
    }

    private String page(String username, String password, String path) throws Exception {
        var session = (org.springframework.mock.web.MockHttpSession) mvc.perform(SecurityMockMvcRequestBuilders
                .formLogin("/login").user(username).password(password)).andReturn().getRequest().getSession(false);
        return mvc.perform(get(path).session(session)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}

package no.veiviser.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** LIS1 start in the municipality on 1 March and 1 September (the two intakes a year). */
class DemoMunicipalityTest {

    @Test
    void theCurrentIntakeIsTheLatestFirstOfMarchOrSeptember() {
        assertThat(DemoMunicipality.currentLis1Intake(LocalDate.of(2026, 11, 22))).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(DemoMunicipality.currentLis1Intake(LocalDate.of(2026, 9, 1))).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(DemoMunicipality.currentLis1Intake(LocalDate.of(2026, 8, 31))).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(DemoMunicipality.currentLis1Intake(LocalDate.of(2026, 3, 1))).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(DemoMunicipality.currentLis1Intake(LocalDate.of(2026, 2, 28))).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(DemoMunicipality.currentLis1Intake(LocalDate.of(2026, 1, 1))).isEqualTo(LocalDate.of(2025, 9, 1));
    }
}

package no.veiviser.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The demo municipality is never loaded into a configured (production) database. */
class DemoModeTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(DemoConfiguration.class);

    @Test
    void noDemoWithAConfiguredDatabase() {
        runner.withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example.invalid:5432/veiviser")
                .run(context -> assertThat(context).doesNotHaveBean(DemoAccounts.class)
                        .doesNotHaveBean(DemoMunicipality.class));
    }

    @Test
    void noDemoWhenSwitchedOff() {
        runner.withPropertyValues("veiviser.demo.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(DemoMunicipality.class));
    }
}

package no.veiviser.demo;

import java.time.Clock;
import no.veiviser.approval.GoalApprovals;
import no.veiviser.guidance.GroupDiplomas;
import no.veiviser.guidance.GuidanceGroups;
import no.veiviser.guidance.GuidanceSessions;
import no.veiviser.identity.People;
import no.veiviser.organisation.LearningArenas;
import no.veiviser.organisation.Organisations;
import no.veiviser.portfolio.CourseCertificates;
import no.veiviser.portfolio.Portfolio;
import no.veiviser.programme.Enrolments;
import no.veiviser.programme.Relationships;
import no.veiviser.programme.ServiceRecords;
import no.veiviser.shared.database.NoDatabaseConfigured;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * Demo mode: only on the embedded database (never with a configured one), and unless switched off
 * with {@code veiviser.demo.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatabaseConfigured.class)
@ConditionalOnBooleanProperty(name = "veiviser.demo.enabled", matchIfMissing = true)
class DemoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DemoConfiguration.class);

    @Bean
    DemoMunicipality demoMunicipality(Organisations organisations, LearningArenas arenas, People people,
                                      Enrolments enrolments, Relationships relationships, ServiceRecords serviceRecords,
                                      Portfolio portfolio, GoalApprovals approvals, GuidanceSessions guidance, GuidanceGroups groups,
                                      CourseCertificates certificates, GroupDiplomas diplomas, Clock clock) {
        return new DemoMunicipality(organisations, arenas, people, enrolments, relationships,
                new DemoServiceRecords(serviceRecords), new DemoPortfolio(portfolio, approvals),
                new DemoGuidance(guidance, groups, enrolments),
                new DemoCompletion(portfolio, certificates, approvals, enrolments, groups, diplomas), clock);
    }

    @Bean
    DemoAccounts demoAccounts(Organisations organisations, People people) {
        return new DemoAccounts(organisations, people);
    }

    /** After the bundled catalogs, whose goals the demo arenas offer. */
    @Bean
    @Order(10)
    ApplicationRunner loadDemoMunicipality(DemoMunicipality demo) {
        return arguments -> {
            if (demo.isLoaded()) {
                return;
            }
            demo.load();
            log.info("Loaded the demo municipality {}; every demo login has the password '{}'",
                    DemoMunicipality.NAME, DemoCast.PASSWORD);
        };
    }
}

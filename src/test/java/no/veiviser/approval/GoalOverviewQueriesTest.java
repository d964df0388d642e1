package no.veiviser.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import no.veiviser.identity.NewPerson;
import no.veiviser.identity.People;
import no.veiviser.identity.Profession;
import no.veiviser.organisation.Organisations;
import no.veiviser.portfolio.ActivityType;
import no.veiviser.portfolio.NewActivity;
import no.veiviser.portfolio.Portfolio;
import no.veiviser.programme.Enrolment;
import no.veiviser.programme.Enrolments;
import no.veiviser.programme.ProgrammeType;
import no.veiviser.programme.Scheme;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The candidate's goal overview takes the same small number of queries however much she has done. */
@SpringBootTest
class GoalOverviewQueriesTest {

    static final AtomicInteger STATEMENTS = new AtomicInteger();

    /** Counts every statement prepared through the application's data source. */
    @TestConfiguration
    static class CountingDataSource {

        @Bean
        static BeanPostProcessor countStatements() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource ? counting(dataSource) : bean;
                }
            };
        }

        static DataSource counting(DataSource target) {
            return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                    (proxy, method, arguments) -> {
                        Object result = invoke(target, method, arguments);
                        return result instanceof Connection connection ? countingConnection(connection) : result;
                    });
        }

        static Connection countingConnection(Connection target) {
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, arguments) -> {
                        if (method.getName().equals("prepareStatement") || method.getName().equals("createStatement")) {
                            STATEMENTS.incrementAndGet();
                        }
                        return invoke(target, method, arguments);
                    });
        }

        private static Object invoke(Object target, java.lang.reflect.Method method, Object[] arguments) throws Throwable {
            try {
                return method.invoke(target, arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }

    @Autowired
    GoalOverviews overviews;

    @Autowired
    GoalApprovals approvals;

    @Autowired
    Portfolio portfolio;

    @Autowired
    Enrolments enrolments;

    @Autowired
    People people;

    @Autowired
    Organisations organisations;

    @Test
    void theNumberOfQueriesDoesNotGrowWithGoalsActivitiesOrAssessments() {
        UUID candidate = people.register(new NewPerson("Telle", "Spørringer", null, Profession.PHYSICIAN, null), "system").id();
        enrolments.enrol(new Enrolment(UUID.randomUUID(), candidate, organisations.findByName("Drammen kommune").orElseThrow().id(),
                ProgrammeType.ALIS, Scheme.NEW, LocalDate.of(2026, 9, 1), null, null, BigDecimal.valueOf(100), null, null), "system");

        int empty = queriesFor(candidate);

        for (int index = 1; index <= 20; index++) {
            String goal = String.format("ALM-%03d", index);
            portfolio.record(candidate, new NewActivity(ActivityType.OTHER, "Aktivitet " + index, LocalDate.of(2026, 10, index),
                    null, null, null, null, List.of(goal)), "system");
            approvals.submit(candidate, goal, null, "system");
        }
        approvals.of(candidate).stream().limit(5).forEach(assessment ->
                approvals.recall(candidate, assessment.id(), "system"));
        int full = queriesFor(candidate);

        assertThat(overviews.of(candidate)).extracting(progress -> progress.total()).containsExactlyInAnyOrder(88, 8);
        assertThat(full).isEqualTo(empty);
        assertThat(full).isLessThanOrEqualTo(10);
    }

    private int queriesFor(UUID candidate) {
        STATEMENTS.set(0);
        overviews.of(candidate);
        return STATEMENTS.get();
    }
}
